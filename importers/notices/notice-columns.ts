// Which CSV column holds which field of a takedown record: hotlines export under their own
// headers, so the user maps them (matched case-insensitively). Checked with zod at the boundary.
import { z } from 'zod';

export const NOTICE_FIELDS = ['url', 'reportedAt', 'noticeAt', 'removedAt', 'lastOnlineAt', 'id', 'case'] as const;
export type NoticeField = (typeof NOTICE_FIELDS)[number];

const header = z.string().trim().min(1);

export const noticeColumnsSchema = z.object({
  url: header.default('url'),
  reportedAt: header.default('reported_at'),
  /** When the notice went to the party; without it the clock starts at the report. */
  noticeAt: header.optional(),
  removedAt: header.optional(),
  lastOnlineAt: header.optional(),
  /** The hotline's own record id; without it one is derived from URL and report time. */
  id: header.optional(),
  /** A case name: the URL joins that case. */
  case: header.optional(),
}).strict();

export type NoticeColumns = z.infer<typeof noticeColumnsSchema>;

/** Fields that are optional in the mapping are looked for under their default header names. */
const OPTIONAL_DEFAULTS: Partial<Record<NoticeField, string>> = { noticeAt: 'notice_at', removedAt: 'removed_at', lastOnlineAt: 'last_online_at', id: 'id', case: 'case' };

/** `url=Reported URL` pairs (the CLI's --column option) into a mapping; an unknown field is refused by name. */
export function parseColumnPairs(pairs: string[]): NoticeColumns {
  const raw: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new Error(`--column ${JSON.stringify(p)}: write field=header, fields: ${NOTICE_FIELDS.join(', ')}`);
    const field = p.slice(0, eq).trim();
    if (!(NOTICE_FIELDS as readonly string[]).includes(field)) throw new Error(`--column ${JSON.stringify(p)}: unknown field "${field}", fields: ${NOTICE_FIELDS.join(', ')}`);
    raw[field] = p.slice(eq + 1);
  }
  return noticeColumnsSchema.parse(raw);
}

/** Column index of each mapped field in the header row; a mapped field missing from it is an error naming both. */
export function columnIndexes(headerRow: string[], columns: NoticeColumns): Partial<Record<NoticeField, number>> {
  const norm = headerRow.map((h) => h.trim().toLowerCase());
  const out: Partial<Record<NoticeField, number>> = {};
  for (const field of NOTICE_FIELDS) {
    const explicit = columns[field];
    const name = explicit ?? OPTIONAL_DEFAULTS[field];
    if (name === undefined) continue;
    const i = norm.indexOf(name.toLowerCase());
    if (i >= 0) out[field] = i;
    else if (explicit !== undefined) throw new Error(`CSV has no column "${explicit}" for ${field} (columns: ${headerRow.join(', ')})`);
  }
  return out;
}
