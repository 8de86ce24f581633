// Writes observations: nodes (each linked to its evidence), then relationships, then ends the stale
// facts in scope, in one transaction, so a killed job leaves either all of an answer's facts or none.
// Every row carries the evidence id, time and source of its own answer, so one transaction can
// hold many small answers (the lines of a URL list) at the cost of one round of statements.
import type { ManagedTransaction } from 'neo4j-driver';
import { toCypherParams, type GraphDb } from '../../server/db/driver.ts';
import { toEvidenceRow } from './evidence.ts';
import type { NodeFact, NodeRef, Observation, RawEvidence, RelFact, Scope } from './importer.ts';
import { endStaleCypher, mergeNodesCypher, mergeRelsCypher, SAVE_EVIDENCE } from './upsert-cypher.ts';

export async function saveEvidence(db: GraphDb, raw: RawEvidence, savedAt: Date = new Date()): Promise<string> {
  const row = toEvidenceRow(raw);
  const rows = await db.write<{ id: string }>(SAVE_EVIDENCE, { rows: [row], savedAt: savedAt.toISOString() });
  return rows[0]!.id;
}

/** Which answer a fact comes from: stamped on every row written for it. */
export interface UpsertContext {
  evidenceId: string;
  source: string;
  observedAt: Date;
}

interface RowContext {
  evidenceId: string;
  source: string;
  observedAt: string;
}

const rowContext = (ctx: UpsertContext): RowContext => ({ evidenceId: ctx.evidenceId, source: ctx.source, observedAt: ctx.observedAt.toISOString() });

export async function upsertObservation(db: GraphDb, obs: Observation, ctx: UpsertContext): Promise<{ ended: number }> {
  return inWriteTransaction(db, (tx) => writeObservations(tx, [{ obs, ctx }]));
}

/**
 * One answer in one transaction: its evidence, then its observations. A killed job or a database
 * error leaves all of the answer or none of it.
 */
export async function saveEvidenceWithFacts(db: GraphDb, raw: RawEvidence, opts: { observations: Observation[]; savedAt: Date }): Promise<{ evidenceId: string; ended: number }> {
  const [r] = await saveManyEvidenceWithFacts(db, [{ raw, observations: opts.observations }], opts.savedAt);
  return r!;
}

/**
 * Many answers in one transaction (each still its own evidence node): for many small answers,
 * such as the lines of a URL list, where a transaction per answer costs more than the answer.
 */
export async function saveManyEvidenceWithFacts(db: GraphDb, items: { raw: RawEvidence; observations: Observation[] }[], savedAt: Date): Promise<{ evidenceId: string; ended: number }[]> {
  if (items.length === 0) return [];
  const rows = items.map((i) => toEvidenceRow(i.raw));
  return inWriteTransaction(db, async (tx) => {
    await tx.run(SAVE_EVIDENCE, { rows, savedAt: savedAt.toISOString() });
    const writes = items.flatMap((it, i) => it.observations.map((obs) => ({ obs, ctx: { evidenceId: rows[i]!.id, source: it.raw.source, observedAt: it.raw.observedAt } })));
    const endedPer = await writeObservations(tx, writes);
    return rows.map((row) => ({ evidenceId: row.id, ended: endedPer.byEvidence.get(row.id) ?? 0 }));
  });
}

export async function inWriteTransaction<T>(db: GraphDb, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Writes observations inside the caller's transaction: one statement per node label, edge shape and scope shape. */
export async function writeObservations(tx: ManagedTransaction, items: { obs: Observation; ctx: UpsertContext }[], opts: { linkEvidence?: boolean } = {}): Promise<{ ended: number; byEvidence: Map<string, number> }> {
  const nodes: (NodeFact & RowContext)[] = [];
  const rels: (RelFact & RowContext)[] = [];
  const scopes: (Scope & RowContext)[] = [];
  for (const { obs, ctx } of items) {
    const c = rowContext(ctx);
    for (const f of obs.facts) {
      if (f.kind === 'node') nodes.push({ ...f, ...c });
      else rels.push({ ...f, ...c });
    }
    for (const s of obs.scope) scopes.push({ ...s, ...c });
  }
  await writeNodes(tx, nodes, opts);
  await writeRels(tx, rels);
  return endStale(tx, scopes);
}

/** One observation inside the caller's transaction (kept for the single-answer callers). */
export async function writeObservation(tx: ManagedTransaction, obs: Observation, ctx: UpsertContext, opts: { linkEvidence?: boolean } = {}): Promise<{ ended: number }> {
  return writeObservations(tx, [{ obs, ctx }], opts);
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

const ctxOf = (r: RowContext) => ({ evidenceId: r.evidenceId, source: r.source, observedAt: r.observedAt });

async function writeNodes(tx: ManagedTransaction, nodes: (NodeFact & RowContext)[], opts: { linkEvidence?: boolean }): Promise<void> {
  for (const group of groupBy(nodes, (n) => `${n.label}|${keyNames(n)}`).values()) {
    const first = group[0]!;
    const rows = group.map((n) => ({ key: n.key, props: n.props ?? {}, ...ctxOf(n) }));
    await tx.run(mergeNodesCypher(first.label, keyNames(first), opts), toCypherParams({ rows }));
  }
}

async function writeRels(tx: ManagedTransaction, rels: (RelFact & RowContext)[]): Promise<void> {
  const shapeOf = (r: RelFact) => `${r.type}|${r.from.label}|${keyNames(r.from)}|${r.to.label}|${keyNames(r.to)}|${Object.keys(r.key ?? {}).sort()}`;
  for (const group of groupBy(rels, shapeOf).values()) {
    const r0 = group[0]!;
    const cypher = mergeRelsCypher({
      type: r0.type, fromLabel: r0.from.label, fromKeys: keyNames(r0.from), toLabel: r0.to.label, toKeys: keyNames(r0.to), relKeys: Object.keys(r0.key ?? {}).sort(),
    });
    const rows = group.map((r) => ({ from: r.from.key, to: r.to.key, key: r.key ?? {}, props: r.props ?? {}, ...ctxOf(r) }));
    await tx.run(cypher, toCypherParams({ rows }));
  }
}

async function endStale(tx: ManagedTransaction, scopes: (Scope & RowContext)[]): Promise<{ ended: number; byEvidence: Map<string, number> }> {
  let ended = 0;
  const byEvidence = new Map<string, number>();
  // Grouped per evidence too, so the count of ended facts can be told per answer.
  for (const group of groupBy(scopes, (s) => `${s.rel}|${s.from.label}|${keyNames(s.from)}|${s.evidenceId}`).values()) {
    const s0 = group[0]!;
    const res = await tx.run(
      endStaleCypher({ fromLabel: s0.from.label, fromKeys: keyNames(s0.from), type: s0.rel }),
      toCypherParams({ scopes: group.map((s) => ({ from: s.from.key, where: s.where ?? {}, ...ctxOf(s) })) }),
    );
    const n = Number(res.records[0]?.get('ended') ?? 0);
    ended += n;
    byEvidence.set(s0.evidenceId, (byEvidence.get(s0.evidenceId) ?? 0) + n);
  }
  return { ended, byEvidence };
}
