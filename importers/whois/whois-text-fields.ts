// Domain WHOIS text as fields, whatever the registry's layout. Registries write one field per line
// in a handful of ways (RFC 3912 fixes none):
//   "Registrar: MarkMonitor, Inc."             key/value (RAA-2013 gTLDs, most ccTLDs)
//   "registrar..........: Gandi SAS"          dotted keys (.fi, .kz)
//   "p. [Name Server]      ns1.google.com"    JPRS brackets, optional item letter (.jp)
//   "Registrar\tGandi SAS"                     tab-separated (.ch SWITCH)
// and group them under headings: a key without value ("Registrar:", "Domain nameservers:") or a
// bare heading line ("Nameservers", "Name servers") followed by indented or plain lines (.nl, .uk,
// .it, .dk, .ch, .hk, .pl, .gg). Each field keeps the heading it sits under (`section`) and the
// plain lines that follow it (`block`), so the parser can ask "the Name under Registrar".
export interface WhoisField {
  key: string;
  value: string;
  block: string[];
  indent: number;
  section: string;
  line: number;
}

const COMMENT = /^\s*(%|#|>>>|--\s*$|\*)/;
const SEPARATOR = /^\s*[-=_*]{3,}\s*$/;
const JPRS = /^\s*(?:[a-z]\.\s*)?\[([^\]\s][^\]]*)\]\s*(.*)$/;
const KEY_VALUE = /^\s*([\p{L}][\p{L}\p{N} /()_.'&-]*?)\s*\.*\s*:(?!\/\/)\s*(.*)$/u;
const TABBED = /^\s*([A-Za-z][A-Za-z ]*[A-Za-z])\t+(.+)$/;
// A bare line that opens a section: a few words, no digits, dots, '@' or closing punctuation.
const BARE_HEADING = /^[A-Za-z][A-Za-z /()&-]{2,48}$/;

function keyValueOf(raw: string): { key: string; value: string } | undefined {
  const m = JPRS.exec(raw) ?? KEY_VALUE.exec(raw) ?? TABBED.exec(raw);
  if (!m) return undefined;
  const key = m[1]!.replace(/\.+$/, '').trim().toLowerCase();
  // "Holder English Name (It should be the same as …)" and other sentences before a colon stay keys;
  // a key is never longer than a short phrase, so a sentence with a colon in it is text.
  if (key.split(/\s+/).length > 8) return undefined;
  return { key, value: m[2]!.trim() };
}

/** The answer as fields, in order; comments, banners and separators dropped. */
export function readWhoisFields(text: string): WhoisField[] {
  const fields: WhoisField[] = [];
  let heading: WhoisField | undefined;
  let last: WhoisField | undefined;
  let blank = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!.replace(/\s+$/, '');
    if (raw.trim() === '') {
      blank = true;
      continue;
    }
    if (COMMENT.test(raw) || SEPARATOR.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    const kv = keyValueOf(raw);
    if (kv !== undefined) {
      const f: WhoisField = { ...kv, block: [], indent, section: kv.value === '' ? kv.key : (heading?.key ?? ''), line: i + 1 };
      fields.push(f);
      if (kv.value === '') heading = f;
      last = f;
      blank = false;
      continue;
    }
    const textLine = raw.trim();
    // "REGISTRAR:" then "Some Registrar Ltd" (.pl): the first plain line under a fresh heading is its content.
    const freshHeading = last !== undefined && last === heading && last.block.length === 0 && !blank;
    if (BARE_HEADING.test(textLine) && !freshHeading && (last === undefined || blank || indent <= (heading?.indent ?? 0))) {
      const f: WhoisField = { key: textLine.toLowerCase(), value: '', block: [], indent, section: textLine.toLowerCase(), line: i + 1 };
      fields.push(f);
      heading = f;
      last = f;
      blank = false;
      continue;
    }
    // A plain line continues the field above it, unless a blank line closed that field: a field
    // with a value ends at a blank line, a heading once its block has begun.
    if (last !== undefined && !(blank && (last.block.length > 0 || last.value !== ''))) last.block.push(textLine);
    else last = undefined; // free text (a notice) between fields: what follows it continues nothing
    blank = false;
  }
  return fields;
}
