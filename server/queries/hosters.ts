// The hoster report's reads of notices and orders: the takedown records of a period (with the
// history before it, for re-uploads) and the orders and demands addressed to parties.
import { InputError } from '../input-error.ts';
import type { GraphDb } from '../db/driver.ts';
import { ORDER_WAS_LATE } from '../orders/order-late.ts';

/** A report refuses to guess: a period with more rows than this is an error, not a silent cut. */
export const REPORT_ROW_LIMIT = 2_000_000;

// Takedown notices reported in [since, to), with the URL's host, domain and cases. One record of
// packed rows: 30,000 records cost the driver three times the query (measured 2.4 s against 0.8 s).
const NOTICES = `
MATCH (n:Notice)-[:REPORTS]->(u:Url)
WHERE n.reportedAt >= datetime($since) AND n.reportedAt < datetime($to)
WITH n, u LIMIT $limit
CALL (u) { MATCH (u)-[:ON_HOST]->(h) OPTIONAL MATCH (h)-[:IN_DOMAIN]->(d:Domain) RETURN coalesce(h.name, h.address) AS host, h:IpAddress AS isIp, d.name AS domain LIMIT 1 }
CALL (u) { OPTIONAL MATCH (u)-[:IN_CASE]->(c:Case) RETURN collect(c.id) AS cases }
RETURN collect([n.id, u.url, host, isIp, domain, cases, n.reportedAt.epochMillis, n.noticeAt.epochMillis, n.removedAt.epochMillis, n.lastOnlineAt.epochMillis]) AS rows`;

// Orders and demands drafted in the period, by the party they went to, with how they ended.
const ORDERS = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE o.createdAt >= datetime($from) AND o.createdAt < datetime($to)
RETURN p.key AS partyKey, o.instrument AS instrument, o.status AS status,
       ${ORDER_WAS_LATE} AS wasLate
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
  if (rows.length >= REPORT_ROW_LIMIT) throw new InputError('from', `the report would read more than ${REPORT_ROW_LIMIT} ${what}: choose a shorter period`);
  return rows;
}

type PackedNotice = [string, string, string | null, boolean | null, string | null, string[], number, number, number | null, number | null];

export async function findNotices(db: GraphDb, p: { since: Date; to: Date }): Promise<NoticeRow[]> {
  const [r] = await db.read<{ rows: PackedNotice[] }>(NOTICES, { since: p.since.toISOString(), to: p.to.toISOString(), limit: REPORT_ROW_LIMIT });
  const rows = (r?.rows ?? []).map(([id, url, host, isIp, domain, cases, reportedAt, noticeAt, removedAt, lastOnlineAt]) => ({ id, url, host, isIp: isIp ?? false, domain, cases, reportedAt, noticeAt, removedAt, lastOnlineAt }));
  return checked(rows.sort((a, b) => a.reportedAt - b.reportedAt || a.id.localeCompare(b.id)), 'notices');
}

export async function findOrders(db: GraphDb, p: { from: Date; to: Date }): Promise<OrderRow[]> {
  return checked(await db.read<OrderRow>(ORDERS, { from: p.from.toISOString(), to: p.to.toISOString(), limit: REPORT_ROW_LIMIT }), 'orders');
}
