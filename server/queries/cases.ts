// Cases as the investigator lists them: newest first, with how many URLs each holds, how many are
// resolved, and its orders. The per-case figures are read for a whole page of cases at once (the
// GraphQL loaders batch them), so a page of 50 cases costs the same few statements as a page of 2.
import type { GraphDb } from '../db/driver.ts';
import { caseVisible } from './need-to-know.ts';

export interface CaseRow {
  id: string;
  name: string;
  createdAt: string | null;
  createdBy: string | null;
  /** The reader is a member: only then are its URLs, figures and orders given (need-to-know). */
  isMember: boolean;
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

const CASE_COLUMNS = `c.id AS id, c.name AS name, toString(c.firstSeen) AS createdAt, c.createdBy AS createdBy, ${caseVisible('c')} AS isMember`;

// A page of the cases the user is a member of (all cases for an administrator, $all), newest
// first (the first sighting of the case, then its id, so pages are stable).
const CASES_PAGE = `
MATCH (c:Case) WHERE $all OR ${caseVisible('c')}
RETURN ${CASE_COLUMNS}
ORDER BY c.firstSeen DESC, c.id SKIP $offset LIMIT $limit`;

// One case by its name.
const CASE_BY_NAME = `MATCH (c:Case {id: $id}) RETURN ${CASE_COLUMNS} LIMIT $limit`;

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

/** `all`: every case (administrators see that a case exists), else only the user's. */
export function listCases(db: GraphDb, reader: { user: string; all: boolean }, page: { offset: number; limit: number }): Promise<CaseRow[]> {
  return db.read<CaseRow>(CASES_PAGE, { ...reader, ...page });
}

export async function findCase(db: GraphDb, user: string, name: string): Promise<CaseRow | undefined> {
  const [row] = await db.read<CaseRow>(CASE_BY_NAME, { user, id: caseIdOf(name), limit: 1 });
  return row;
}

export function caseFigures(db: GraphDb, ids: readonly string[]): Promise<CaseFigures[]> {
  return db.read<CaseFigures>(CASE_FIGURES, { ids, limit: ids.length });
}

export function caseUrls(db: GraphDb, id: string, page: { offset: number; limit: number }): Promise<CaseUrlRow[]> {
  return db.read<CaseUrlRow>(CASE_URLS_PAGE, { id, ...page });
}
