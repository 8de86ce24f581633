// Who is on a case (need-to-know): a case made over the API becomes its maker's, who is its first
// member; the maker or an administrator adds and removes members. These are user decisions, not
// observed facts, so they are written here and not by the importers' upsert.
import type { GraphDb } from '../db/driver.ts';

export interface CaseMember {
  caseId: string;
  username: string;
  addedAt: string;
  addedBy: string;
}

// Makes the case when it does not exist yet, with the user as its creator and first member;
// says whether it was made and whether the user is a member now.
const CLAIM_CASE = `
MERGE (c:Case {id: $id})
ON CREATE SET c.name = $name, c.createdBy = $user, c.createdAt = datetime($at), c.firstSeen = datetime($at), c.lastSeen = datetime($at), c.claimed = true
WITH c, coalesce(c.claimed, false) AS made
REMOVE c.claimed
WITH c, made
MATCH (u:User {username: $user})
FOREACH (_ IN CASE WHEN made THEN [1] ELSE [] END | MERGE (u)-[m:MEMBER_OF]->(c) ON CREATE SET m.addedAt = datetime($at), m.addedBy = $user)
RETURN made, exists { (u)-[:MEMBER_OF]->(c) } AS member`;

// Adds an account (not disabled) to a case; nothing when it is a member already.
const ADD_MEMBER = `
MATCH (c:Case {id: $id}), (u:User {username: $username}) WHERE u.disabledAt IS NULL
MERGE (u)-[m:MEMBER_OF]->(c) ON CREATE SET m.addedAt = datetime($at), m.addedBy = $by
RETURN u.username AS username`;

// Takes an account off a case.
const REMOVE_MEMBER = `
MATCH (:User {username: $username})-[m:MEMBER_OF]->(:Case {id: $id})
DELETE m
RETURN count(*) AS removed`;

// The members of each of these cases, by name.
const MEMBERS_OF_CASES = `
UNWIND $ids AS id
MATCH (u:User)-[m:MEMBER_OF]->(:Case {id: id})
RETURN id AS caseId, u.username AS username, toString(m.addedAt) AS addedAt, m.addedBy AS addedBy
ORDER BY caseId, username LIMIT $limit`;

// Cases a notice import made (no members, and every URL in it put there by this run): its importer's.
const CLAIM_IMPORTED_CASES = `
MATCH (c:Case) WHERE c.createdBy IS NULL AND NOT exists { (c)<-[:MEMBER_OF]-(:User) }
  AND exists { MATCH (:Url)-[r:IN_CASE]->(c) WHERE r.firstEvidenceId = $evidenceId }
  AND NOT exists { MATCH (:Url)-[r:IN_CASE]->(c) WHERE r.firstEvidenceId <> $evidenceId }
MATCH (u:User {username: $user})
SET c.createdBy = $user
MERGE (u)-[m:MEMBER_OF]->(c) ON CREATE SET m.addedAt = datetime($at), m.addedBy = $user
RETURN c.id AS id LIMIT $limit`;

export async function claimCase(db: GraphDb, c: { id: string; name: string }, by: { user: string; at: Date }): Promise<{ made: boolean; member: boolean }> {
  const [row] = await db.write<{ made: boolean; member: boolean }>(CLAIM_CASE, { id: c.id, name: c.name, user: by.user, at: by.at.toISOString() });
  return row ?? { made: false, member: false };
}

/** True when the account exists, is enabled and is a member now. */
export async function addCaseMember(db: GraphDb, caseId: string, m: { username: string; by: string; at: Date }): Promise<boolean> {
  return (await db.write(ADD_MEMBER, { id: caseId, username: m.username, by: m.by, at: m.at.toISOString() })).length > 0;
}

export async function removeCaseMember(db: GraphDb, caseId: string, username: string): Promise<boolean> {
  const [row] = await db.write<{ removed: number }>(REMOVE_MEMBER, { id: caseId, username });
  return Number(row?.removed ?? 0) > 0;
}

export function membersOfCases(db: GraphDb, ids: readonly string[]): Promise<CaseMember[]> {
  return db.read<CaseMember>(MEMBERS_OF_CASES, { ids, limit: 10_000 });
}

export async function claimImportedCases(db: GraphDb, evidenceId: string, by: { user: string; at: Date }): Promise<string[]> {
  return (await db.write<{ id: string }>(CLAIM_IMPORTED_CASES, { evidenceId, user: by.user, at: by.at.toISOString(), limit: 10_000 })).map((r) => r.id);
}
