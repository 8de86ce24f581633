// Recording a complaint procedure, review proceeding or specific measure on an order, and its
// decision: what the yearly report counts under Article 21(1)(b), (d) and (e).
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../../db/driver.ts';
import { InputError } from '../../input-error.ts';
import { CREATE_PROCEEDING, DECIDE_PROCEEDING, PROCEEDING_BY_ID, PROCEEDINGS_OF_ORDER } from '../../queries/proceedings.ts';
import { OrderError } from '../order-status.ts';
import type { ProceedingKind } from './proceeding-terms.ts';

export interface ProceedingView {
  id: string;
  orderId: string;
  kind: ProceedingKind;
  startedAt: string;
  by: string;
  decision: string | null;
  decidedAt: string | null;
  note: string | null;
  /** The provider a specific measure concerns, when named. */
  partyKey: string | null;
}

export interface NewProceeding {
  orderId: string;
  kind: ProceedingKind;
  startedAt: Date;
  decision?: string | undefined;
  decidedAt?: Date | undefined;
  note?: string | undefined;
  partyKey?: string | undefined;
}

const text = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

/** A decision needs its time, and a time its decision; neither comes before the start. */
function checkDecision(startedAt: Date, decision: string | null, decidedAt: Date | undefined): void {
  if (decision !== null && decidedAt === undefined) throw new InputError('decidedAt', 'a decision needs the time it was taken');
  if (decision === null && decidedAt !== undefined) throw new InputError('decision', 'a decision time needs the decision, in words');
  if (decidedAt !== undefined && decidedAt.getTime() < startedAt.getTime()) throw new InputError('decidedAt', `the decision (${decidedAt.toISOString()}) cannot come before the proceeding started (${startedAt.toISOString()})`);
}

export async function recordProceeding(db: GraphDb, p: NewProceeding, by: string): Promise<ProceedingView> {
  const decision = text(p.decision);
  checkDecision(p.startedAt, decision, p.decidedAt);
  const id = `proc-${randomUUID()}`;
  const [made] = await db.write<{ id: string }>(CREATE_PROCEEDING, {
    orderId: p.orderId, id, kind: p.kind, startedAt: p.startedAt.toISOString(), by, note: text(p.note), decision,
    decidedAt: p.decidedAt?.toISOString() ?? null, partyKey: text(p.partyKey),
  });
  if (made === undefined) throw new OrderError('NOT_FOUND', `no order ${p.orderId}`);
  return (await getProceeding(db, p.orderId, id))!;
}

/** The decision of a pending proceeding (or a corrected one), when it comes. */
export async function decideProceeding(db: GraphDb, ref: { orderId: string; id: string }, d: { decision: string; decidedAt: Date }): Promise<ProceedingView> {
  const cur = await getProceeding(db, ref.orderId, ref.id);
  if (cur === undefined) throw new OrderError('NOT_FOUND', `order ${ref.orderId} has no proceeding ${ref.id}`);
  const decision = text(d.decision);
  if (decision === null) throw new InputError('decision', 'say what was decided, in words');
  checkDecision(new Date(cur.startedAt), decision, d.decidedAt);
  await db.write(DECIDE_PROCEEDING, { ...ref, decision, decidedAt: d.decidedAt.toISOString() });
  return (await getProceeding(db, ref.orderId, ref.id))!;
}

export async function getProceeding(db: GraphDb, orderId: string, id: string): Promise<ProceedingView | undefined> {
  const [p] = await db.read<ProceedingView>(PROCEEDING_BY_ID, { orderId, id, limit: 1 });
  return p;
}

export function proceedingsOf(db: GraphDb, orderId: string): Promise<ProceedingView[]> {
  return db.read<ProceedingView>(PROCEEDINGS_OF_ORDER, { orderId, limit: 1000 });
}
