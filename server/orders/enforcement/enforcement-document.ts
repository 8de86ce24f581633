// The enforcement file as a document to download or attach: JSON, text or PDF, each named and
// typed, with the SHA-256 of the JSON it was made from (stated inside the text and the PDF too).
import type { GraphDb } from '../../db/driver.ts';
import { renderPackPdf } from '../../packs/pack-pdf.ts';
import type { RuleTable } from '../../rules/rule-table.ts';
import { buildEnforcementFile, enforcementBytes, enforcementSha256, type EnforcementFile } from './enforcement-file.ts';
import { renderEnforcementHtml, renderEnforcementText } from './enforcement-render.ts';

export const ENFORCEMENT_FORMATS = ['json', 'txt', 'pdf'] as const;
export type EnforcementFormat = (typeof ENFORCEMENT_FORMATS)[number];

const TYPES: Record<EnforcementFormat, string> = { json: 'application/json; charset=utf-8', txt: 'text/plain; charset=utf-8', pdf: 'application/pdf' };

export interface EnforcementDocument {
  file: EnforcementFile;
  format: EnforcementFormat;
  filename: string;
  mediaType: string;
  bytes: Buffer;
  /** SHA-256 of the JSON form (the one the text and the PDF state). */
  jsonSha256: string;
}

/** A file name from a party key ("RIPE:ORG-SHD1-RIPE" → enforcement-file-RIPE-ORG-SHD1-RIPE.pdf). */
export const enforcementFilename = (key: string, format: EnforcementFormat) => `enforcement-file-${key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80)}.${format}`;

export async function renderEnforcementDocument(
  deps: { db: GraphDb; rules: RuleTable },
  q: { partyKey: string; user: string | null; now: Date },
  format: EnforcementFormat,
): Promise<EnforcementDocument | undefined> {
  const file = await buildEnforcementFile(deps.db, deps.rules, q);
  if (file === undefined) return undefined;
  const json = enforcementBytes(file);
  const sha = enforcementSha256(json);
  // Chromium stamps its render time into the PDF: the file's own newest moment stands in for it.
  const bytes = format === 'json' ? json : format === 'txt' ? Buffer.from(renderEnforcementText(file, sha), 'utf8') : await renderPackPdf(renderEnforcementHtml(file, sha), file.asOf ?? '2000-01-01T00:00:00Z');
  return { file, format, filename: enforcementFilename(q.partyKey, format), mediaType: TYPES[format], bytes, jsonSha256: sha };
}
