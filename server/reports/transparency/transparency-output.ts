// The report as a terminal table, CSV (one row per figure: year, section, figure, words, count) and
// JSON: the CLI prints them, the page offers the same CSV and JSON for download.
import { csvText } from '../../csv/csv-writer.ts';
import type { TransparencyReport } from './transparency-report.ts';
import { reportLines, sectionLines, sectionSentences } from './transparency-words.ts';

export const TRANSPARENCY_FORMATS = ['table', 'csv', 'json'] as const;
export type TransparencyFormat = (typeof TRANSPARENCY_FORMATS)[number];

export function transparencyCsv(r: TransparencyReport): string {
  return csvText([['year', 'section', 'figure', 'words', 'count'], ...reportLines(r).map((l) => [r.year, l.section, l.figure, l.words, l.count ?? ''])]);
}

export function transparencyJson(r: TransparencyReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

export function transparencyTable(r: TransparencyReport): string {
  const out = [`Transparency report ${r.year} (orders sent ${r.from} – ${r.to}, counted ${r.asOf})`, `${r.urlsAssessed} URLs added to a case in the year (assessed), whatever their material.`];
  for (const s of r.sections) {
    out.push('', s.title, ...sectionSentences(s).map((x) => `  ${x}`), '');
    for (const l of sectionLines(s)) out.push(`  ${String(l.count ?? '–').padStart(7)}  ${l.words}  [${l.figure}]`);
  }
  return out.join('\n');
}

export function transparencyText(r: TransparencyReport, format: TransparencyFormat): string {
  return format === 'json' ? transparencyJson(r) : format === 'csv' ? transparencyCsv(r) : `${transparencyTable(r)}\n`;
}
