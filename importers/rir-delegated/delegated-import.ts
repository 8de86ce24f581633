// `hostchain import delegated <file>`: one RIR's delegated-extended statistics as one run.
import type { GraphDb } from '../../server/db/driver.ts';
import { peekFirst } from '../bulk/peek-first.ts';
import { readRirDelegated } from '../bulk/rir-delegated.ts';
import { runBulkImport, type BulkItem, type BulkRunResult } from '../core/bulk-run.ts';
import { delegationFacts, isDelegated, registryOfStats } from './delegation-facts.ts';

export async function importRirDelegated(opts: { db: GraphDb; file: string; now?: () => Date; onProgress?: (p: { records: number; problems: number }) => void }): Promise<BulkRunResult & { dataset: string; skippedUndelegated: number }> {
  let registry = 'RIR';
  let skippedUndelegated = 0;
  // The header names the registry (and the data's date) before any record.
  const { head, all } = await peekFirst(readRirDelegated(opts.file));
  if (head?.kind === 'header') registry = registryOfStats(head.registry);
  async function* bulkItems(): AsyncGenerator<BulkItem> {
    for await (const it of all) {
      if (it.kind === 'problem') yield { kind: 'problem', position: `line ${it.line}`, reason: it.reason };
      else if (it.kind === 'header') {
        if (it.endDate !== undefined) yield { kind: 'data-date', date: it.endDate };
      } else if (it.kind === 'delegation') {
        if (isDelegated(it)) yield { kind: 'facts', observation: delegationFacts(it) };
        else skippedUndelegated += 1;
      }
    }
  }
  const dataset = `${registry}:delegated`;
  const r = await runBulkImport({ db: opts.db, source: 'rir-delegated', dataset, file: opts.file, endTypes: [], now: opts.now, onProgress: opts.onProgress }, bulkItems());
  return { ...r, dataset, skippedUndelegated };
}
