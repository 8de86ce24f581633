// `hostchain import rpsl <dump>`: a registry's bulk dump (RIPE split files or the whole database,
// APNIC, AFRINIC, LACNIC, ARIN bulk text, IRR dumps) into the graph as one run, then the steps
// that need the whole dump: the WITHIN hierarchy of its blocks and the abuse-c links.
import type { GraphDb } from '../../server/db/driver.ts';
import { readRpslRecords } from '../bulk/rpsl-records.ts';
import { runBulkImport, type BulkItem, type BulkRunResult } from '../core/bulk-run.ts';
import { rangeOf } from '../core/ip-key.ts';
import { linkAbuseContacts } from './abuse-links.ts';
import { BlockCollector } from './block-hierarchy.ts';
import { datasetOf, rpslRecordFacts } from './rpsl-record-facts.ts';
import { writeBlockHierarchy } from './write-hierarchy.ts';

export interface RpslImportResult extends BulkRunResult {
  dataset: string;
  blocks: number;
  withinEdges: number;
  withinEnded: number;
  abuseLinks: number;
}

export async function importRpslDump(opts: { db: GraphDb; file: string; registry?: string | undefined; now?: () => Date; batchSize?: number; onProgress?: (p: { records: number; problems: number }) => void }): Promise<RpslImportResult> {
  const blocks = new BlockCollector();
  async function* items(): AsyncGenerator<BulkItem> {
    for await (const rec of readRpslRecords(opts.file, { registry: opts.registry })) {
      if (rec.kind === 'problem') {
        yield { kind: 'problem', position: `line ${rec.line}`, reason: rec.reason };
        continue;
      }
      if (rec.kind === 'netblock') {
        const r = rangeOf(rec.start, rec.end);
        blocks.add(rec.registry, r.rangeStart, r.rangeEnd);
      }
      yield { kind: 'facts', observation: rpslRecordFacts(rec), dataset: datasetOf(rec) };
    }
  }
  const dataset = opts.registry ?? 'registry dump';
  let within = { edges: 0, ended: 0 };
  let abuseLinks = 0;
  // Inside the run, before it is marked done: a run killed while writing the hierarchy is taken up again, not skipped as imported.
  const beforeFinish = async (run: { evidenceId: string; observedAt: Date }) => {
    within = await writeBlockHierarchy(opts.db, blocks, run);
    abuseLinks = await linkAbuseContacts(opts.db, { ...run, dataset: `${dataset}:abuse-c` });
  };
  const run = await runBulkImport({ db: opts.db, source: 'ripe-db', dataset, file: opts.file, endTypes: ['HELD_BY', 'ORIGINATED_BY'], now: opts.now, batchSize: opts.batchSize, onProgress: opts.onProgress, beforeFinish }, items());
  return { ...run, dataset, blocks: blocks.count, withinEdges: within.edges, withinEnded: within.ended, abuseLinks };
}

