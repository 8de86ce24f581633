// The hoster report's reads of notices and orders: the takedown records of a period (with the
// history before it, for re-uploads) and the orders and demands addressed to parties.
import type { GraphDb } from '../db/driver.ts';

/** A report refuses to guess: a period with more rows than this is an error, not a silent cut. */
export const REPORT_ROW_LIMIT = 2_000_000;

// Takedown notices reported before the period's end and not before the history start, with the URL's host, domain and cases.
const NOTICES = `
MATCH (n:Notice)-[:REPORTS]->(u:Url)
WHERE n.reportedAt >= datetime($since) AND n.reportedAt < datetime($to)
OPTIONAL MATCH (u)-[:ON_HOST]->(h)
OPTIONAL MATCH (h)-[:IN_DOMAIN]->(d:Domain)
WITH n, u, head(collect(DISTINCT {host: coalesce(h.name, h.address), isIp: h:IpAddress, domain: d.name})) AS host
OPTIONAL MATCH (u)-[:IN_CASE]->(c:Case)
RETURN n.id AS id, u.url AS url, host.host AS host, coalesce(host.isIp, false) AS isIp, host.domain AS domain, collect(c.id) AS cases,
       n.reportedAt.epochMillis AS reportedAt, n.noticeAt.epochMillis AS noticeAt, n.removedAt.epochMillis AS removedAt, n.lastOnlineAt.epochMillis AS lastOnlineAt
ORDER BY reportedAt, id LIMIT $limit`;

// Orders and demands drafted in the period, by the party they went to, with how they ended.
const ORDERS = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE o.createdAt >= datetime($from) AND o.createdAt < datetime($to)
RETURN p.key AS partyKey, o.instrument AS instrument, o.status AS status,
       EXISTS { (o)-[:HAS_EVENT]->(:OrderEvent {status: 'late'}) } AS wasLate
LIMIT $limit`;

export interface NoticeRow {
  id: string;
  url: string;
  host: string | null;
  isIp: boolean;
  domain: string | null;
  cases: string[];
  reportedAt: number;
  noticeAt: number;
  removedAt: number | null;
  lastOnlineAt: number | null;
}

export interface OrderRow {
  partyKey: string;
  instrument: string;
  status: string;
  wasLate: boolean;
}

function checked<T>(rows: T[], what: string): T[] {
  if (rows.length >= REPORT_ROW_LIMIT) throw new Error(`the report would read more than ${REPORT_ROW_LIMIT} ${what}: choose a shorter period`);
  return rows;
}

export async function findNotices(db: GraphDb, p: { since: Date; to: Date }): Promise<NoticeRow[]> {
  return checked(await db.read<NoticeRow>(NOTICES, { since: p.since.toISOString(), to: p.to.toISOString(), limit: REPORT_ROW_LIMIT }), 'notices');
}

export async function findOrders(db: GraphDb, p: { from: Date; to: Date }): Promise<OrderRow[]> {
  return checked(await db.read<OrderRow>(ORDERS, { from: p.from.toISOString(), to: p.to.toISOString(), limit: REPORT_ROW_LIMIT }), 'orders');
}
