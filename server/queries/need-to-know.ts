// Need-to-know: which case-bound nodes (URLs, cases, orders, notices, and the evidence that names
// them) a user may read. A URL belongs to its cases: it is readable by a member of any of them,
// and by everyone when it is in no case (resolved from the command line without --case). Orders
// follow their case, else their URLs; notices follow the URL they report. Registry and routing
// facts (host names, addresses, blocks, organisations, ASes) are shared. The predicates are Cypher
// fragments so that every read filters in the statement itself, with the user's name as $user.
import type { GraphDb } from '../db/driver.ts';

/** The user is a member of case `c`. */
export const caseVisible = (c: string) => `exists { (${c})<-[:MEMBER_OF]-(:User {username: $user}) }`;

/** URL `u` is in no case, or in one the user is a member of. */
export const urlVisible = (u: string) =>
  `(NOT exists { (${u})-[:IN_CASE]->(:Case) } OR exists { (${u})-[:IN_CASE]->(:Case)<-[:MEMBER_OF]-(:User {username: $user}) })`;

/** Order `o`: a member of its case, or (drafted without a case) every URL it covers readable. */
export const orderVisible = (o: string) =>
  `(CASE WHEN ${o}.caseId IS NOT NULL THEN exists { MATCH (:User {username: $user})-[:MEMBER_OF]->(oc:Case) WHERE oc.id = ${o}.caseId }
   ELSE NOT exists { MATCH (${o})-[:COVERS]->(ou:Url) WHERE NOT ${urlVisible('ou')} } END)`;

/** Notice `n`: the URL it reports is readable. */
export const noticeVisible = (n: string) => `NOT exists { MATCH (${n})-[:REPORTS]->(nu:Url) WHERE NOT ${urlVisible('nu')} }`;

/** Node `m` of any label: shared unless it is a URL, case, order or notice the user may not read. */
export const nodeVisible = (m: string) =>
  `(CASE WHEN ${m}:Url THEN ${urlVisible(m)} WHEN ${m}:Case THEN ${caseVisible(m)} WHEN ${m}:Order THEN ${orderVisible(m)} WHEN ${m}:Notice THEN ${noticeVisible(m)} ELSE true END)`;

// Which of these URLs (normalised keys) the user may not read.
const URLS_HIDDEN = `UNWIND $urls AS url MATCH (u:Url {url: url}) WHERE NOT ${urlVisible('u')} RETURN u.url AS key LIMIT $limit`;

// Which of these orders the user may not read.
const ORDERS_HIDDEN = `UNWIND $ids AS id MATCH (o:Order {id: id}) WHERE NOT ${orderVisible('o')} RETURN o.id AS key LIMIT $limit`;

// Which of these notices the user may not read.
const NOTICES_HIDDEN = `UNWIND $ids AS id MATCH (n:Notice {id: id}) WHERE NOT ${noticeVisible('n')} RETURN n.id AS key LIMIT $limit`;

// Which of these stored answers name something the user may not read: the intake line of a URL
// (ABOUT the URL and its case), a notice export (its whole file lists the URLs of every case in it),
// or an order sent by e-mail (the message names the order's URLs and carries its pack).
const EVIDENCE_HIDDEN = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
WHERE exists { MATCH (e)-[:ABOUT]->(x) WHERE (x:Url OR x:Case OR x:Notice) AND NOT ${nodeVisible('x')} }
   OR (e.source = 'notices' AND exists { MATCH (:Notice)-[r:REPORTS]->(x:Url) WHERE (r.evidenceId = e.id OR r.firstEvidenceId = e.id) AND NOT ${urlVisible('x')} })
   OR (e.source = 'smtp' AND exists { MATCH (o:Order)-[:SEND_ATTEMPT]->(e) WHERE NOT ${orderVisible('o')} })
RETURN e.id AS key LIMIT $limit`;

// Whether a case exists, and whether the user is a member of it.
const CASE_ACCESS = `OPTIONAL MATCH (c:Case {id: $id}) RETURN c IS NOT NULL AS exists, c IS NOT NULL AND ${caseVisible('c')} AS member, c.createdBy AS createdBy LIMIT $limit`;

export interface CaseAccess {
  exists: boolean;
  member: boolean;
  createdBy: string | null;
}

const keysOf = async (db: GraphDb, cypher: string, params: Record<string, unknown>, size: number) =>
  size === 0 ? [] : (await db.read<{ key: string }>(cypher, { ...params, limit: size })).map((r) => r.key);

export const hiddenUrls = (db: GraphDb, user: string, urls: readonly string[]) => keysOf(db, URLS_HIDDEN, { user, urls }, urls.length);
export const hiddenOrders = (db: GraphDb, user: string, ids: readonly string[]) => keysOf(db, ORDERS_HIDDEN, { user, ids }, ids.length);
export const hiddenNotices = (db: GraphDb, user: string, ids: readonly string[]) => keysOf(db, NOTICES_HIDDEN, { user, ids }, ids.length);
export const hiddenEvidence = (db: GraphDb, user: string, ids: readonly string[]) => keysOf(db, EVIDENCE_HIDDEN, { user, ids }, ids.length);

export async function caseAccess(db: GraphDb, user: string, caseId: string): Promise<CaseAccess> {
  const [row] = await db.read<CaseAccess>(CASE_ACCESS, { user, id: caseId, limit: 1 });
  return row ?? { exists: false, member: false, createdBy: null };
}
