// RPSL objects (RFC 2622) as the RIRs write them, in WHOIS answers and bulk dumps alike:
// `attribute: value` lines, objects split by blank lines, continuation lines starting with space,
// tab or `+` (RIPE RpslObjectBuilder), `#` end-of-line comments, `%` server-message lines.
// Works line by line so a multi-gigabyte dump streams through with bounded memory.

export interface RpslAttribute {
  /** Lower-case attribute name. */
  name: string;
  /** Value without padding and `#` comment; continuation lines joined with "\n". */
  value: string;
  line: number;
}

export interface RpslObject {
  /** The first attribute's name: inetnum, inet6num, organisation, role, aut-num, route, … */
  className: string;
  /** The first attribute's value: the primary key. */
  key: string;
  attributes: RpslAttribute[];
  line: number;
}

export interface RpslProblem {
  line: number;
  reason: string;
  /** The first line of the object that was skipped because of it. */
  objectLine: number;
}

export type RpslItem = { kind: 'object'; object: RpslObject } | { kind: 'problem'; problem: RpslProblem } | { kind: 'message'; line: number; text: string };

const ATTRIBUTE = /^([A-Za-z0-9][A-Za-z0-9_-]*):(.*)$/;

function stripComment(v: string): string {
  const i = v.indexOf('#');
  return (i === -1 ? v : v.slice(0, i)).trim();
}

/** Incremental parser: feed lines, receive items. */
export class RpslParser {
  private attrs: RpslAttribute[] = [];
  private start = 0;
  private broken: RpslProblem | undefined;

  *push(text: string, line: number): Generator<RpslItem> {
    const l = text.replace(/\r$/, '');
    if (l.trim() === '') {
      yield* this.flush();
      return;
    }
    if (l.startsWith('%')) {
      yield* this.flush();
      yield { kind: 'message', line, text: l.slice(1).trim() };
      return;
    }
    if (l.startsWith('#')) return;
    if (/^[ \t+]/.test(l)) {
      this.continueValue(l, line);
      return;
    }
    const m = ATTRIBUTE.exec(l);
    if (this.attrs.length === 0 && this.broken === undefined) this.start = line;
    if (!m) {
      this.broken ??= { line, reason: `not an "attribute: value" line: ${l.slice(0, 60)}`, objectLine: this.start };
      return;
    }
    this.attrs.push({ name: m[1]!.toLowerCase(), value: stripComment(m[2]!), line });
  }

  *end(): Generator<RpslItem> {
    yield* this.flush();
  }

  private continueValue(l: string, line: number): void {
    const last = this.attrs[this.attrs.length - 1];
    if (last === undefined) {
      if (this.broken === undefined) this.start = line;
      this.broken ??= { line, reason: 'continuation line outside an object', objectLine: this.start };
      return;
    }
    const more = l.startsWith('+') ? '' : stripComment(l);
    last.value = last.value === '' ? more : `${last.value}\n${more}`;
  }

  private *flush(): Generator<RpslItem> {
    const attrs = this.attrs;
    const broken = this.broken;
    this.attrs = [];
    this.broken = undefined;
    if (broken !== undefined) {
      yield { kind: 'problem', problem: broken };
      return;
    }
    const first = attrs[0];
    if (first === undefined) return;
    yield { kind: 'object', object: { className: first.name, key: first.value, attributes: attrs, line: this.start } };
  }
}

/** All items of a whole text (a WHOIS answer). */
export function parseRpslText(text: string): RpslItem[] {
  const parser = new RpslParser();
  const items: RpslItem[] = [];
  text.split('\n').forEach((l, i) => items.push(...parser.push(l, i + 1)));
  items.push(...parser.end());
  return items;
}

/** First value of an attribute, or undefined. */
export function attr(obj: RpslObject, name: string): string | undefined {
  return obj.attributes.find((a) => a.name === name)?.value;
}

/** Every value of a repeated attribute, in order. */
export function attrs(obj: RpslObject, name: string): string[] {
  return obj.attributes.filter((a) => a.name === name).map((a) => a.value);
}
