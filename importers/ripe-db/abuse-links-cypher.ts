// Linking abuse-c references to mailboxes after a dump run: a block or organisation names a role
// handle; the role (maybe from another split file, imported before or after) holds the mailbox.
// Both directions run after every run: what this run wrote that names a role, and what names a
// role this run wrote.
import { checkIdentifier } from '../core/upsert-cypher.ts';

const LINK = (match: string) => `
${match}
CALL (n, r) {
  MERGE (c:Contact {email: r.abuseMailbox})
  ON CREATE SET c.role = 'abuse', c.firstSeen = datetime($observedAt)
  SET c.lastSeen = datetime($observedAt), c.lastEvidenceId = $evidenceId
  MERGE (n)-[e:ABUSE_CONTACT {source: $source, open: true}]->(c)
  ON CREATE SET e.firstSeen = datetime($observedAt), e.firstEvidenceId = $evidenceId
  SET e.lastSeen = datetime($observedAt), e.evidenceId = $evidenceId, e.dataset = $dataset
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS linked`;

/** Nodes of `label` this run wrote that name a role with a mailbox. */
export function linkWrittenNodesCypher(label: string): string {
  return LINK(`MATCH (n:${checkIdentifier('label', label)}) WHERE n.lastEvidenceId = $evidenceId AND n.abuseKey IS NOT NULL
MATCH (r:Role {key: n.abuseKey}) WHERE r.abuseMailbox IS NOT NULL`);
}

/** Nodes of `label` (from any run) that name a role this run wrote. */
export function linkToWrittenRolesCypher(label: string): string {
  return LINK(`MATCH (r:Role) WHERE r.lastEvidenceId = $evidenceId AND r.abuseMailbox IS NOT NULL
MATCH (n:${checkIdentifier('label', label)} {abuseKey: r.key})`);
}
