// A checked template filled with an order's values, as text or as an HTML page (the PDF is that
// page printed). Both come from the same lines: a line starting `# ` is the title, `## ` a
// heading, `- ` an item of a list; any other line is text, and an empty line ends a paragraph.
// Values are the order's, its chain's (hostile WHOIS text) and the staff's: control characters
// are shown as escapes in both formats and everything is escaped in HTML, template text included,
// so a template cannot put markup or script on the page either.
import { visibleControl } from '../../visible-control.ts';
import type { DocumentValue, DocumentValues } from './document-fields.ts';
import type { TemplateNode } from './template-parse.ts';

type Style = 'h1' | 'h2' | 'item' | 'p' | 'blank';
interface OutLine {
  style: Style;
  text: string;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const shown = (v: string) => v.replace(/\r\n?/g, '\n').replace(CONTROL, visibleControl);

function lookup(scopes: DocumentValues[], name: string): DocumentValue | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) if (name in scopes[i]!) return scopes[i]![name];
  return undefined;
}

const isSet = (v: DocumentValue | undefined) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v === true);

function fill(nodes: TemplateNode[], scopes: DocumentValues[], out: OutLine[]): void {
  for (const node of nodes) {
    if (node.type === 'section') {
      const v = lookup(scopes, node.name);
      if (node.inverted) {
        if (!isSet(v)) fill(node.body, scopes, out);
      } else if (Array.isArray(v)) {
        for (const item of v) fill(node.body, [...scopes, item], out);
      } else if (isSet(v)) {
        fill(node.body, scopes, out);
      }
      continue;
    }
    const raw = node.parts.map((p) => ('text' in p ? p.text : valueText(lookup(scopes, p.name)))).join('');
    out.push(styled(raw, node.parts[0]));
  }
}

function valueText(v: DocumentValue | undefined): string {
  if (typeof v === 'string') return v.trim() === '' ? '–' : shown(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return '–';
}

/** The style is read from the template's own text, never from a value that starts a line. */
function styled(raw: string, first: { text: string } | { name: string } | undefined): OutLine {
  const lead = first !== undefined && 'text' in first ? first.text : '';
  if (raw.trim() === '') return { style: 'blank', text: '' };
  for (const [prefix, style] of [['# ', 'h1'], ['## ', 'h2'], ['- ', 'item']] as const) if (lead.startsWith(prefix)) return { style, text: raw.slice(prefix.length) };
  return { style: 'p', text: raw };
}

function linesOf(nodes: TemplateNode[], values: DocumentValues): OutLine[] {
  const out: OutLine[] = [];
  fill(nodes, [values], out);
  // Sections left out leave no holes: one empty line at most, none at either end.
  const kept = out.filter((l, i) => l.style !== 'blank' || (i > 0 && out[i - 1]!.style !== 'blank'));
  while (kept[0]?.style === 'blank') kept.shift();
  while (kept[kept.length - 1]?.style === 'blank') kept.pop();
  return kept;
}

export function renderText(nodes: TemplateNode[], values: DocumentValues): string {
  const text = linesOf(nodes, values).map((l) => {
    const width = Math.max(...l.text.split('\n').map((t) => [...t].length));
    if (l.style === 'h1') return `${l.text}\n${'='.repeat(width)}`;
    if (l.style === 'h2') return `${l.text}\n${'-'.repeat(width)}`;
    if (l.style === 'item') return `- ${l.text.replaceAll('\n', '\n  ')}`;
    return l.text;
  });
  return `${text.join('\n')}\n`;
}

const esc = (v: string) => v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!).replaceAll('\n', '<br>');

/** The page runs nothing and fetches nothing: its one style sheet is inline. */
export const DOCUMENT_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function renderHtml(nodes: TemplateNode[], values: DocumentValues, language: string): string {
  const lines = linesOf(nodes, values);
  const body: string[] = [];
  let open: 'ul' | 'p' | undefined;
  const close = () => {
    if (open !== undefined) body.push(open === 'ul' ? '</ul>' : '</p>');
    open = undefined;
  };
  for (const l of lines) {
    if (l.style === 'h1' || l.style === 'h2' || l.style === 'blank') {
      close();
      if (l.style !== 'blank') body.push(`<${l.style}>${esc(l.text)}</${l.style}>`);
    } else if (l.style === 'item') {
      if (open !== 'ul') {
        close();
        body.push('<ul>');
        open = 'ul';
      }
      body.push(`<li>${esc(l.text)}</li>`);
    } else {
      if (open === 'p') body.push('<br>');
      else {
        close();
        body.push('<p>');
        open = 'p';
      }
      body.push(esc(l.text));
    }
  }
  close();
  const title = lines.find((l) => l.style === 'h1')?.text ?? 'Order';
  return `<!doctype html>
<html lang="${esc(language)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${DOCUMENT_HTML_CSP}"><title>${esc(title)}</title>
<style>body{font:10.5pt/1.45 serif;margin:1.5em 2em}h1{font-size:15pt;margin:0 0 .6em}h2{font-size:11.5pt;margin:1.2em 0 .3em;border-bottom:1px solid #999}p{margin:.3em 0}ul{margin:.2em 0 .4em 1.2em;padding:0}li{margin:.1em 0;overflow-wrap:anywhere}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}
