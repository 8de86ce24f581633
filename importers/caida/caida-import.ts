// `hostchain import pfx2as|as-rel|as-org <file>`: CAIDA's RouteViews prefix-to-AS, AS
// relationships and AS-to-organisation files, each as one run. The data's date is in CAIDA's
// file names (routeviews-rv2-20261101-1200.pfx2as.gz, 20261101.as-rel2.txt.bz2 …).
import path from 'node:path';
import type { GraphDb } from '../../server/db/driver.ts';
import { readAsOrg } from '../bulk/caida-as-org.ts';
import { readAsRelationships } from '../bulk/caida-as-rel.ts';
import { readPrefix2As } from '../bulk/caida-prefix2as.ts';
import { runBulkImport, type BulkItem, type BulkRunResult } from '../core/bulk-run.ts';
import { asOrgFacts, prefixOriginFacts, relationshipFacts } from './caida-facts.ts';

type Progress = (p: { records: number; problems: number }) => void;
interface CaidaOptions {
  db: GraphDb;
  file: string;
  now?: () => Date;
  onProgress?: Progress;
}

/** YYYYMMDD in a CAIDA file name, as YYYY-MM-DD. */
export function dateInFileName(file: string): string | undefined {
  const m = /(?:^|[^0-9])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)/.exec(path.basename(file));
  return m === null ? undefined : `${m[1]}-${m[2]}-${m[3]}`;
}

async function* withDate(file: string, items: AsyncIterable<BulkItem>): AsyncGenerator<BulkItem> {
  const date = dateInFileName(file);
  if (date !== undefined) yield { kind: 'data-date', date };
  yield* items;
}

const problem = (p: { line: number; reason: string }): BulkItem => ({ kind: 'problem', position: `line ${p.line}`, reason: p.reason });

export async function importPrefix2As(opts: CaidaOptions): Promise<BulkRunResult & { dataset: string }> {
  async function* items(): AsyncGenerator<BulkItem> {
    for await (const r of readPrefix2As(opts.file)) yield r.kind === 'problem' ? problem(r) : { kind: 'facts', observation: prefixOriginFacts(r) };
  }
  const dataset = 'caida:prefix2as';
  return { ...(await runBulkImport({ db: opts.db, source: 'caida', dataset, file: opts.file, endTypes: ['ORIGINATED_BY'], now: opts.now, onProgress: opts.onProgress }, withDate(opts.file, items()))), dataset };
}

export async function importAsRelationships(opts: CaidaOptions): Promise<BulkRunResult & { dataset: string }> {
  async function* items(): AsyncGenerator<BulkItem> {
    for await (const r of readAsRelationships(opts.file)) {
      if (r.kind === 'problem') yield problem(r);
      else if (r.kind === 'transit' || r.kind === 'peering') yield { kind: 'facts', observation: relationshipFacts(r) };
    }
  }
  const dataset = 'caida:as-rel';
  return { ...(await runBulkImport({ db: opts.db, source: 'caida', dataset, file: opts.file, endTypes: ['BUYS_TRANSIT_FROM', 'PEERS_WITH'], now: opts.now, onProgress: opts.onProgress }, withDate(opts.file, items()))), dataset };
}

export async function importAsOrganizations(opts: CaidaOptions): Promise<BulkRunResult & { dataset: string }> {
  async function* items(): AsyncGenerator<BulkItem> {
    for await (const r of readAsOrg(opts.file)) yield r.kind === 'problem' ? problem(r) : { kind: 'facts', observation: asOrgFacts(r) };
  }
  const dataset = 'caida:as-org';
  return { ...(await runBulkImport({ db: opts.db, source: 'caida', dataset, file: opts.file, endTypes: ['HELD_BY'], now: opts.now, onProgress: opts.onProgress }, withDate(opts.file, items()))), dataset };
}
