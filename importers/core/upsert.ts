// Writes observations: nodes (each linked to its evidence), then relationships, then ends the stale
// facts in scope, in one transaction, so a killed job leaves either all of an answer's facts or none.
import type { ManagedTransaction } from 'neo4j-driver';
import { toCypherParams, type GraphDb } from '../../server/db/driver.ts';
import { toEvidenceRow } from './evidence.ts';
import type { NodeFact, NodeRef, Observation, RawEvidence, RelFact, Scope } from './importer.ts';
import { endStaleCypher, mergeNodesCypher, mergeRelsCypher, SAVE_EVIDENCE } from './upsert-cypher.ts';

export async function saveEvidence(db: GraphDb, raw: RawEvidence, savedAt: Date = new Date()): Promise<string> {
  const row = toEvidenceRow(raw);
  const rows = await db.write<{ id: string }>(SAVE_EVIDENCE, { row, savedAt: savedAt.toISOString() });
  return rows[0]!.id;
}

export interface UpsertContext {
  evidenceId: string;
  source: string;
  observedAt: Date;
}

export async function upsertObservation(db: GraphDb, obs: Observation, ctx: UpsertContext): Promise<{ ended: number }> {
  const params = { evidenceId: ctx.evidenceId, source: ctx.source, observedAt: ctx.observedAt.toISOString() };
  return inWriteTransaction(db, (tx) => writeObservation(tx, obs, params));
}

/**
 * One answer in one transaction: its evidence, then its observations. A killed job or a database
 * error leaves all of the answer or none of it, and one round of commits per answer instead of two.
 */
export async function saveEvidenceWithFacts(db: GraphDb, raw: RawEvidence, opts: { observations: Observation[]; savedAt: Date }): Promise<{ evidenceId: string; ended: number }> {
  const row = toEvidenceRow(raw);
  const params = { evidenceId: row.id, source: raw.source, observedAt: raw.observedAt.toISOString() };
  return inWriteTransaction(db, async (tx) => {
    await tx.run(SAVE_EVIDENCE, { row, savedAt: opts.savedAt.toISOString() });
    let ended = 0;
    for (const obs of opts.observations) ended += (await writeObservation(tx, obs, params)).ended;
    return { evidenceId: row.id, ended };
  });
}

async function inWriteTransaction<T>(db: GraphDb, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

async function writeObservation(tx: ManagedTransaction, obs: Observation, params: Record<string, string>): Promise<{ ended: number }> {
  await writeNodes(tx, obs.facts.filter((f): f is NodeFact => f.kind === 'node'), params);
  await writeRels(tx, obs.facts.filter((f): f is RelFact => f.kind === 'rel'), params);
  return { ended: await endStale(tx, obs.scope, params) };
}

const keyNames = (ref: NodeRef) => Object.keys(ref.key).sort();

function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = keyOf(it);
    const group = m.get(k);
    if (group === undefined) m.set(k, [it]);
    else group.push(it);
  }
  return m;
}

async function writeNodes(tx: ManagedTransaction, nodes: NodeFact[], params: Record<string, string>): Promise<void> {
  for (const group of groupBy(nodes, (n) => `${n.label}|${keyNames(n)}`).values()) {
    const first = group[0]!;
    const rows = group.map((n) => ({ key: n.key, props: n.props ?? {} }));
    await tx.run(mergeNodesCypher(first.label, keyNames(first)), toCypherParams({ ...params, rows }));
  }
}

async function writeRels(tx: ManagedTransaction, rels: RelFact[], params: Record<string, string>): Promise<void> {
  const shapeOf = (r: RelFact) => `${r.type}|${r.from.label}|${keyNames(r.from)}|${r.to.label}|${keyNames(r.to)}|${Object.keys(r.key ?? {}).sort()}`;
  for (const group of groupBy(rels, shapeOf).values()) {
    const r0 = group[0]!;
    const cypher = mergeRelsCypher({
      type: r0.type, fromLabel: r0.from.label, fromKeys: keyNames(r0.from), toLabel: r0.to.label, toKeys: keyNames(r0.to), relKeys: Object.keys(r0.key ?? {}).sort(),
    });
    const rows = group.map((r) => ({ from: r.from.key, to: r.to.key, key: r.key ?? {}, props: r.props ?? {} }));
    await tx.run(cypher, toCypherParams({ ...params, rows }));
  }
}

async function endStale(tx: ManagedTransaction, scopes: Scope[], params: Record<string, string>): Promise<number> {
  let ended = 0;
  for (const group of groupBy(scopes, (s) => `${s.rel}|${s.from.label}|${keyNames(s.from)}`).values()) {
    const s0 = group[0]!;
    const res = await tx.run(
      endStaleCypher({ fromLabel: s0.from.label, fromKeys: keyNames(s0.from), type: s0.rel }),
      toCypherParams({ ...params, scopes: group.map((s) => ({ from: s.from.key, where: s.where ?? {} })) }),
    );
    ended += Number(res.records[0]?.get('ended') ?? 0);
  }
  return ended;
}
