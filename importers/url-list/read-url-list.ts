// Reads URL lists as they arrive: one URL per line (with # comments), or a CSV with a named
// column. Each entry keeps its line number, so a bad entry is reported where the user can find it.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { normalizeUrl, type NormalizedUrl } from './normalize-url.ts';

export interface UrlListEntry {
  line: number;
  input: string;
}

export interface UrlListReport {
  urls: (NormalizedUrl & { line: number; input: string })[];
  errors: { line: number; input: string; reason: string }[];
  /** Lines that normalised to a URL already listed. */
  duplicates: number;
}

export async function* readTextLines(input: Readable): AsyncGenerator<UrlListEntry> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line += 1;
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text === '' || text.startsWith('#')) continue;
    yield { line, input: text };
  }
}

/** CSV with a header row; `column` is matched case-insensitively. Line numbers count the header. */
export async function* readCsvColumn(input: Readable, column: string): AsyncGenerator<UrlListEntry> {
  const parser = input.pipe(parseCsv({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let index: number | undefined;
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (index === undefined) {
      index = rec.record.findIndex((h) => h.trim().toLowerCase() === column.trim().toLowerCase());
      if (index === -1) throw new Error(`CSV has no column "${column}" (columns: ${rec.record.join(', ')})`);
      continue;
    }
    const value = (rec.record[index] ?? '').trim();
    if (value !== '') yield { line: rec.info.lines, input: value };
  }
}

export interface BadLine {
  line: number;
  input: string;
  reason: string;
}

export interface UrlListCounts {
  good: number;
  bad: number;
  /** Lines that normalised to a URL already listed. */
  duplicates: number;
}

/**
 * The good URLs of a list as they are read, each once, with their line; a bad line goes to `onBad`
 * with its reason. Only the normalised URLs seen so far are kept (to tell a repeat), not the lines.
 */
export async function* normalizedUrls(entries: AsyncIterable<UrlListEntry>, onBad: (b: BadLine) => void, counts: UrlListCounts = { good: 0, bad: 0, duplicates: 0 }): AsyncGenerator<NormalizedUrl & UrlListEntry> {
  const seen = new Set<string>();
  for await (const e of entries) {
    let n: NormalizedUrl;
    try {
      n = normalizeUrl(e.input);
    } catch (err) {
      counts.bad += 1;
      onBad({ line: e.line, input: e.input, reason: (err as Error).message });
      continue;
    }
    if (seen.has(n.url)) counts.duplicates += 1;
    else {
      seen.add(n.url);
      counts.good += 1;
      yield { ...n, line: e.line, input: e.input };
    }
  }
}

/** A whole list in memory: for lists that are small by nature (a pasted box, a test). */
export async function normalizeUrlList(entries: AsyncIterable<UrlListEntry>): Promise<UrlListReport> {
  const report: UrlListReport = { urls: [], errors: [], duplicates: 0 };
  const counts = { good: 0, bad: 0, duplicates: 0 };
  for await (const u of normalizedUrls(entries, (b) => report.errors.push(b), counts)) report.urls.push(u);
  report.duplicates = counts.duplicates;
  return report;
}
