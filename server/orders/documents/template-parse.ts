// The order document templates are text files legal staff edit (templates/README.md). A template
// is read line by line: `{{name}}` puts a value in the line, a line holding only `{{#name}}` …
// `{{/name}}` repeats what it encloses for each item of a list (or shows it when a value is set,
// a flag is on), `{{^name}}` … `{{/name}}` shows it when the value is empty or the flag off, and a
// line starting with `;;` is a note for the editors that the document leaves out. A name the
// document does not know, a section left open or closed twice is refused with the file and line:
// a misspelt placeholder must never print as an empty field on an order.
import { FIELDS, type FieldSpec, type FieldTable } from './document-fields.ts';

export type TemplateNode =
  | { type: 'line'; line: number; parts: ({ text: string } | { name: string })[] }
  | { type: 'section'; line: number; name: string; inverted: boolean; body: TemplateNode[] };

export class TemplateError extends Error {
  readonly code = 'TEMPLATE_INVALID';
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z][\w.]*)?\s*\}\}/g;
const SECTION_LINE = /^\s*\{\{\s*([#^/])\s*([A-Za-z][\w.]*)\s*\}\}\s*$/;

interface Open {
  name: string;
  inverted: boolean;
  line: number;
  body: TemplateNode[];
  /** The names a list section adds for its items. */
  scope: FieldTable;
}

/** Parses and checks a template against the fields a document knows; throws TemplateError. */
export function parseTemplate(text: string, file: string, fields: FieldTable = FIELDS): TemplateNode[] {
  const root: Open = { name: '', inverted: false, line: 0, body: [], scope: fields };
  const stack: Open[] = [root];
  const lookup = (name: string): FieldSpec | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.scope[name] !== undefined) return stack[i]!.scope[name];
    return undefined;
  };
  const known = () => [...new Set(stack.flatMap((s) => Object.keys(s.scope)))].sort().join(', ');
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.startsWith(';;')) return;
    const top = stack[stack.length - 1]!;
    const section = SECTION_LINE.exec(raw);
    if (section !== null) {
      const [, sigil, name] = section as unknown as [string, string, string];
      if (sigil === '/') {
        if (top === root) throw new TemplateError(file, n, `{{/${name}}} closes a section that is not open`);
        if (top.name !== name) throw new TemplateError(file, n, `{{/${name}}} closes {{#${top.name}}} opened on line ${top.line}`);
        stack.pop();
        stack[stack.length - 1]!.body.push({ type: 'section', line: top.line, name: top.name, inverted: top.inverted, body: top.body });
        return;
      }
      const spec = lookup(name);
      if (spec === undefined) throw new TemplateError(file, n, `unknown section {{${sigil}${name}}}; known here: ${known()}`);
      stack.push({ name, inverted: sigil === '^', line: n, body: [], scope: spec.kind === 'list' && sigil === '#' ? spec.item : {} });
      return;
    }
    top.body.push({ type: 'line', line: n, parts: lineParts(raw, n, file, lookup, known) });
  });
  const left = stack[stack.length - 1]!;
  if (left !== root) throw new TemplateError(file, left.line, `{{${left.inverted ? '^' : '#'}${left.name}}} is never closed (no {{/${left.name}}})`);
  return root.body;
}

function lineParts(raw: string, n: number, file: string, lookup: (name: string) => FieldSpec | undefined, known: () => string): ({ text: string } | { name: string })[] {
  const parts: ({ text: string } | { name: string })[] = [];
  const text = (t: string) => {
    if (t.includes('{{') || t.includes('}}')) throw new TemplateError(file, n, `"${t.trim()}" holds a {{ or }} that is not a placeholder (placeholders are {{name}}; names are letters, digits, _ and .)`);
    if (t !== '') parts.push({ text: t });
  };
  let at = 0;
  for (const m of raw.matchAll(TAG)) {
    const [whole, sigil, name] = m as unknown as [string, string, string | undefined];
    if (name === undefined) throw new TemplateError(file, n, `${whole} names no field`);
    if (sigil !== '') throw new TemplateError(file, n, `${whole} must stand alone on its line (sections open and close on lines of their own)`);
    const spec = lookup(name);
    if (spec === undefined) throw new TemplateError(file, n, `unknown placeholder {{${name}}}; known here: ${known()}`);
    if (spec.kind === 'list') throw new TemplateError(file, n, `{{${name}}} is a list: repeat it with {{#${name}}} … {{/${name}}} on lines of their own`);
    text(raw.slice(at, m.index));
    parts.push({ name });
    at = m.index + whole.length;
  }
  text(raw.slice(at));
  return parts;
}
