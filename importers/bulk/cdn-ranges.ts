// Published CDN / cloud ranges (DATA-FORMATS §7), shape told by the content: JSON lists (AWS,
// Google, Fastly, Azure: cdn-range-json.ts), RFC 8805 geofeed CSV (DigitalOcean:
// `prefix,country,region,city,postcode`) or plain text, one CIDR per line (Cloudflare). The
// text and CSV lists do not name their operator, so the `provider` option must.
import { parse as parseCsvLine } from 'csv-parse/sync';
import { canonicalCidr } from './cidr-text.ts';
import { jsonCdnRanges } from './cdn-range-json.ts';
import { readLines, readWholeText, type ReadLinesOptions } from './read-lines.ts';
import { errorText } from './bulk-values.ts';
import type { CdnRangeItem } from './cdn-range-types.ts';

export type { CdnListVersion, CdnRangeItem, CdnRangeProblem, CdnRangeRecord } from './cdn-range-types.ts';

export interface CdnRangeOptions extends ReadLinesOptions {
  /** Names the operator; required for text and CSV lists, overrides the name of a JSON shape. */
  provider?: string;
}

const isData = (t: string) => t !== '' && !t.startsWith('#');

async function firstDataLine(file: string, options: ReadLinesOptions): Promise<string | undefined> {
  for await (const { text } of readLines(file, options)) if (isData(text.trim())) return text.trim();
  return undefined;
}

function geofeedRange(text: string, line: number, provider: string): CdnRangeItem {
  try {
    const [fields] = parseCsvLine(text, { relax_column_count: true, trim: true }) as string[][];
    const [prefix, country, region, city] = (fields ?? []).map((f) => (f === '' ? undefined : f));
    return { kind: 'range', provider, cidr: canonicalCidr(prefix ?? ''), country: country?.toUpperCase(), region, city, line };
  } catch (e) {
    return { kind: 'problem', line, path: undefined, reason: `prefix: ${errorText(e)}` };
  }
}

function plainRange(text: string, line: number, provider: string): CdnRangeItem {
  try {
    return { kind: 'range', provider, cidr: canonicalCidr(text), line };
  } catch (e) {
    return { kind: 'problem', line, path: undefined, reason: `cidr: ${errorText(e)}` };
  }
}

export async function* readCdnRanges(file: string, options: CdnRangeOptions = {}): AsyncGenerator<CdnRangeItem> {
  const first = await firstDataLine(file, options);
  if (first === undefined) return;
  if (first.startsWith('{') || first.startsWith('[')) {
    yield* jsonCdnRanges(await readWholeText(file), options.provider);
    return;
  }
  const provider = options.provider;
  if (provider === undefined) throw new Error(`${file}: a text or CSV range list names no provider; pass the provider option`);
  const rangeOf = first.includes(',') ? geofeedRange : plainRange;
  yield { kind: 'list', provider, version: undefined, createdAt: undefined };
  for await (const { text, line } of readLines(file, options)) {
    if (isData(text.trim())) yield rangeOf(text.trim(), line, provider);
  }
}
