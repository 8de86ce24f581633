// CAIDA AS-to-Organization mapping, both spellings: the pipe-separated `as-org2info.txt`, whose
// two sections are each opened by a `# format:` line naming the fields (read by those names,
// since older files lack `opaque_id` and some copies write `# format: `), and the `.jsonl`
// variant with one typed object per line.
import { z } from 'zod';
import { readLines, type LineProblem, type ReadLinesOptions } from './read-lines.ts';
import { errorText, lineProblem } from './bulk-values.ts';

export interface AsOrgOrganization {
  kind: 'organization';
  orgId: string;
  name: string;
  country: string | undefined;
  /** YYYY-MM-DD when the file gives YYYYMMDD, else as written. */
  changed: string | undefined;
  /** The registry the record came from: ARIN, RIPE, JPNIC, … */
  source: string;
  line: number;
}

export interface AsOrgAsn {
  kind: 'asn';
  asn: number;
  name: string;
  orgId: string;
  /** The holder id of the RIR delegated-extended files: joins AS ↔ org ↔ blocks. */
  opaqueId: string | undefined;
  changed: string | undefined;
  source: string;
  line: number;
}

export type AsOrgItem = AsOrgOrganization | AsOrgAsn | LineProblem;

const FORMAT_LINE = /^#\s*format:\s*(.+)$/;
const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
const changedDate = (v: string | undefined) => blank(v)?.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

function asNumber(v: string | number | undefined, field: string): number {
  const n = Number(v);
  if (!/^\d{1,10}$/.test(String(v ?? '')) || n > 0xffffffff) throw new Error(`${field}: not an AS number: ${JSON.stringify(v)}`);
  return n;
}

function required(row: Record<string, string>, field: string): string {
  const v = blank(row[field]);
  if (v === undefined) throw new Error(`${field}: missing`);
  return v;
}

/** One data row of the text file, by the field names of the section it sits in. */
function textRecordOf(row: Record<string, string>, line: number): AsOrgOrganization | AsOrgAsn {
  const changed = changedDate(row.changed);
  const source = required(row, 'source');
  if ('aut' in row) {
    const name = blank(row.aut_name ?? row.name) ?? '';
    return { kind: 'asn', asn: asNumber(row.aut, 'aut'), name, orgId: required(row, 'org_id'), opaqueId: blank(row.opaque_id), changed, source, line };
  }
  return { kind: 'organization', orgId: required(row, 'org_id'), name: blank(row.org_name) ?? '', country: blank(row.country)?.toUpperCase(), changed, source, line };
}

const JSON_ORG = z.object({ type: z.literal('Organization'), organizationId: z.string().min(1), name: z.string().default(''), country: z.string().optional(), changed: z.string().optional(), source: z.string().min(1) });
const JSON_ASN = z.object({ type: z.literal('ASN'), asn: z.union([z.string(), z.number()]), name: z.string().default(''), organizationId: z.string().min(1), opaqueId: z.string().optional(), changed: z.string().optional(), source: z.string().min(1) });
const JSON_LINE = z.discriminatedUnion('type', [JSON_ORG, JSON_ASN]);

function jsonRecordOf(text: string, line: number): AsOrgOrganization | AsOrgAsn {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`json: ${errorText(e)}`);
  }
  const parsed = JSON_LINE.safeParse(value);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'type'}: ${i.message}`).join('; '));
  const r = parsed.data;
  const changed = changedDate(r.changed);
  if (r.type === 'Organization') return { kind: 'organization', orgId: r.organizationId, name: r.name, country: blank(r.country)?.toUpperCase(), changed, source: r.source, line };
  return { kind: 'asn', asn: asNumber(r.asn, 'asn'), name: r.name, orgId: r.organizationId, opaqueId: blank(r.opaqueId), changed, source: r.source, line };
}

export async function* readAsOrg(file: string, options: ReadLinesOptions = {}): AsyncGenerator<AsOrgItem> {
  let fields: string[] | undefined;
  for await (const { text, line } of readLines(file, options)) {
    const t = text.trim();
    const format = FORMAT_LINE.exec(t);
    if (format) fields = format[1]!.split('|').map((f) => f.trim());
    if (t === '' || t.startsWith('#')) continue;
    try {
      if (t.startsWith('{')) yield jsonRecordOf(t, line);
      else yield textRecordOf(rowOf(t, fields), line);
    } catch (e) {
      yield lineProblem(line, errorText(e));
    }
  }
}

function rowOf(text: string, fields: string[] | undefined): Record<string, string> {
  if (fields === undefined) throw new Error('line: data before any "# format:" line');
  const values = text.split('|');
  // Names are free text; a `|` inside one would shift every later field, so the row is refused.
  if (values.length !== fields.length) throw new Error(`line: ${values.length} fields, the "# format:" line names ${fields.length}`);
  return Object.fromEntries(fields.map((f, i) => [f, values[i]!]));
}
