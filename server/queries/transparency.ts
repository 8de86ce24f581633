// The reads of the yearly transparency figures (TCO Regulation Article 21(1), the EU's Article 23
// questions, the CSAM act's orders, information demands): every order sent in a period with what
// the figures count, the URLs behind them, the URLs assessed, the proceedings. Counting is done
// from these rows in server/reports/transparency/.
import type { GraphDb } from '../db/driver.ts';
import { ORDER_WAS_LATE } from '../orders/order-late.ts';

/** More orders than this in one year is beyond any authority's output: the report refuses rather than count a part. */
export const MAX_ORDERS_PER_PERIOD = 100_000;

// Every order or demand sent in [from, to), one row each: its section (instrument, material), the
// provider's answer and when the content was gone, its channel and addressee country, and the
// late-order notices to another member state's authority (AuthorityNotice, recorded by the
// follow-up work: read optionally, so that the count is 0 where none were recorded), and whether
// it was late as the project defines it once (order-late.ts).
const ORDERS_SENT = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE o.sentAt >= datetime($from) AND o.sentAt < datetime($to)
CALL (o) {
  OPTIONAL MATCH (o)-[c:COVERS]->(:Url)
  RETURN count(c) AS urls, count(c.removedAt) AS removedUrls, max(c.removedAt) AS lastRemovedAt
}
CALL (o) {
  OPTIONAL MATCH (o)-[:NOTIFIED]->(n:AuthorityNotice)
  WHERE n.kind = 'late-order'
  RETURN count(n) AS lateOrderNotices
}
RETURN o.id AS id, o.instrument AS instrument, o.material AS material, toString(o.sentAt) AS sentAt, toString(o.deadline) AS deadline,
       o.channel AS channel, o.outcome AS outcome, toString(o.outcomeAt) AS outcomeAt, o.contentForm AS contentForm, o.target AS target,
       o.authorityCountry AS authorityCountry, p.country AS addresseeCountry, urls, removedUrls, toString(lastRemovedAt) AS lastRemovedAt, lateOrderNotices,
       ${ORDER_WAS_LATE} AS wasLate
ORDER BY o.sentAt, o.id
LIMIT $limit`;

// The distinct URLs the orders sent in [from, to) cover, per instrument and material (a URL in two
// orders of a section counts once).
const URLS_ORDERED = `
MATCH (o:Order)-[:COVERS]->(u:Url)
WHERE o.sentAt >= datetime($from) AND o.sentAt < datetime($to)
RETURN o.instrument AS instrument, o.material AS material, count(DISTINCT u) AS urls
LIMIT $limit`;

// The distinct URLs added to a case in [from, to): what was put before the authority to assess,
// whatever it turned out to be. IN_CASE is a fact: first seen when the list or notice put it there.
const URLS_ASSESSED = `
MATCH (u:Url)-[r:IN_CASE]->(:Case)
WHERE coalesce(r.addedAt, r.firstSeen) >= datetime($from) AND coalesce(r.addedAt, r.firstSeen) < datetime($to)
RETURN count(DISTINCT u) AS urls
LIMIT $limit`;

// Proceedings on orders of any year that were started or decided in [from, to), per kind and the
// order's instrument and material.
const PROCEEDINGS = `
MATCH (o:Order)-[:HAS_PROCEEDING]->(g:Proceeding)
WITH o, g, g.startedAt >= datetime($from) AND g.startedAt < datetime($to) AS started,
     g.decidedAt IS NOT NULL AND g.decidedAt >= datetime($from) AND g.decidedAt < datetime($to) AS decided
WHERE started OR decided
RETURN o.instrument AS instrument, o.material AS material, g.kind AS kind,
       count(CASE WHEN started THEN 1 END) AS started, count(CASE WHEN decided THEN 1 END) AS decided
LIMIT $limit`;

export interface SentOrderRow {
  id: string;
  instrument: string;
  material: string | null;
  sentAt: string;
  deadline: string | null;
  channel: string | null;
  outcome: string | null;
  outcomeAt: string | null;
  contentForm: string | null;
  target: string | null;
  authorityCountry: string | null;
  addresseeCountry: string | null;
  urls: number;
  removedUrls: number;
  lastRemovedAt: string | null;
  lateOrderNotices: number;
  /** It entered the status late at some point (server/orders/order-late.ts). */
  wasLate: boolean;
}

export interface SectionCount {
  instrument: string;
  material: string | null;
}

export interface ProceedingCountRow extends SectionCount {
  kind: string;
  started: number;
  decided: number;
}

export interface Period {
  from: Date;
  to: Date;
}

const span = (p: Period) => ({ from: p.from.toISOString(), to: p.to.toISOString() });

export async function ordersSentIn(db: GraphDb, p: Period): Promise<SentOrderRow[]> {
  const rows = await db.read<SentOrderRow>(ORDERS_SENT, { ...span(p), limit: MAX_ORDERS_PER_PERIOD + 1 });
  if (rows.length > MAX_ORDERS_PER_PERIOD) throw new Error(`more than ${MAX_ORDERS_PER_PERIOD} orders were sent in the period: the report does not count a part of them`);
  return rows;
}

export function urlsOrderedIn(db: GraphDb, p: Period): Promise<(SectionCount & { urls: number })[]> {
  return db.read(URLS_ORDERED, { ...span(p), limit: 1000 });
}

export async function urlsAssessedIn(db: GraphDb, p: Period): Promise<number> {
  const [r] = await db.read<{ urls: number }>(URLS_ASSESSED, { ...span(p), limit: 1 });
  return r?.urls ?? 0;
}

export function proceedingsIn(db: GraphDb, p: Period): Promise<ProceedingCountRow[]> {
  return db.read<ProceedingCountRow>(PROCEEDINGS, { ...span(p), limit: 1000 });
}
