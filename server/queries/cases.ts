// Cases as the investigator lists them: newest first, with how many URLs each holds, how many are
// resolved, and its orders. The per-case figures are read for a whole page of cases at once (the
// GraphQL loaders batch them), so a page of 50 cases costs the same few statements as a page of 2.
import type { GraphDb } from '../db/driver.ts';

export interface CaseRow {
  id: string;
  name: string;
  createdAt: string | null;
}

export interface CaseFigures {
  id: string;
  urlCount: number;
  resolvedCount: number;
  orderIds: string[];
}

export interface CaseUrlRow {
  url: string;
  line: number | null;
  resolvedAt: string | null;
  resolveFailures: number | null;
  resolveFailureReasons: string[] | null;
}

// A page of cases, newest first (the first sighting of the case, then its id, so pages are stable).
const CASES_PAGE = `
MATCH (c:Case)
RETURN c.id AS id, c.name AS name, toString(c.firstSeen) AS createdAt
ORDER BY c.firstSeen DESC, c.id SKIP $offset LIMIT $limit`;

// One case by its name.
const CASE_BY_NAME = `MATCH (c:Case {id: $id}) RETURN c.id AS id, c.name AS name, toString(c.firstSeen) AS createdAt LIMIT $limit`;

// URL count, resolved count and order ids of each of these cases.
const CASE_FIGURES = `
UNWIND $ids AS id
MATCH (c:Case {id: id})
// A URL put in the case by a resolve and again by a notice import has two IN_CASE facts (one per source): count it once.
CALL (c) { OPTIONAL MATCH (u:Url)-[:IN_CASE]->(c) WITH DISTINCT u RETURN count(u) AS urlCount, count(u.resolvedAt) AS resolvedCount }
CALL (c) { OPTIONAL MATCH (o:Order {caseId: c.id}) WITH o ORDER BY o.createdAt RETURN collect(o.id) AS orderIds }
RETURN c.id AS id, urlCount, resolvedCount, orderIds LIMIT $limit`;

// A page of a case's URLs in input order (line, then URL); once each, whichever sources put it in the case.
const CASE_URLS_PAGE = `
MATCH (u:Url)-[r:IN_CASE]->(:Case {id: $id})
WITH u, min(r.line) AS line
RETURN u.url AS url, line, toString(u.resolvedAt) AS resolvedAt, u.resolveFailures AS resolveFailures, u.resolveFailureReasons AS resolveFailureReasons
ORDER BY line, u.url SKIP $offset LIMIT $limit`;

/** The case id of a case name, as the URL importer writes it. */
export const caseIdOf = (name: string) => `case:${name}`;

export function listCases(db: GraphDb, page: { offset: number; limit: number }): Promise<CaseRow[]> {
  return db.read<CaseRow>(CASES_PAGE, page);
}

export async function findCase(db: GraphDb, name: string): Promise<CaseRow | undefined> {
  const [row] = await db.read<CaseRow>(CASE_BY_NAME, { id: caseIdOf(name), limit: 1 });
  return row;
}

export function caseFigures(db: GraphDb, ids: readonly string[]): Promise<CaseFigures[]> {
  return db.read<CaseFigures>(CASE_FIGURES, { ids, limit: ids.length });
}

export function caseUrls(db: GraphDb, id: string, page: { offset: number; limit: number }): Promise<CaseUrlRow[]> {
  return db.read<CaseUrlRow>(CASE_URLS_PAGE, { id, ...page });
}
