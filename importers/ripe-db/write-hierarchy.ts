// Writes the WITHIN edges of a dump's blocks (block-hierarchy.ts) as facts of the run, in
// batches, then ends the WITHIN edges an earlier run of the same registry stated and this one
// did not (a block returned to the RIR, a sub-allocation moved).
import type { GraphDb } from '../../server/db/driver.ts';
import { runAutoCommit } from '../core/auto-commit.ts';
import { endDatasetCypher } from '../core/bulk-cypher.ts';
import type { Fact } from '../core/importer.ts';
import { inWriteTransaction, writeObservation } from '../core/upsert.ts';
import { netblockRef } from '../registry/network-facts.ts';
import type { BlockCollector } from './block-hierarchy.ts';

const BATCH = 5000;

export async function writeBlockHierarchy(db: GraphDb, blocks: BlockCollector, run: { evidenceId: string; observedAt: Date }): Promise<{ edges: number; ended: number }> {
  const ctx = { evidenceId: run.evidenceId, source: 'ripe-db', observedAt: run.observedAt };
  const registries = new Set<string>();
  let facts: Fact[] = [];
  let edges = 0;
  const flush = async () => {
    if (facts.length === 0) return;
    const batch = facts;
    facts = [];
    await inWriteTransaction(db, (tx) => writeObservation(tx, { facts: batch, scope: [] }, ctx, { linkEvidence: false }));
  };
  for (const p of blocks.parents()) {
    registries.add(p.registry);
    const key = (b: { start: string; end: string }) => `${p.registry} ${b.start}-${b.end}`;
    facts.push({ kind: 'rel', type: 'WITHIN', from: netblockRef(key(p.child)), to: netblockRef(key(p.parent)), props: { dataset: `${p.registry}:within` } });
    edges += 1;
    if (facts.length >= BATCH) await flush();
  }
  await flush();
  let ended = 0;
  for (const registry of registries) {
    const [r] = await runAutoCommit<{ ended: number }>(db, endDatasetCypher('WITHIN'), { ...ctx, observedAt: ctx.observedAt.toISOString(), dataset: `${registry}:within` });
    ended += Number(r?.ended ?? 0);
  }
  return { edges, ended };
}
