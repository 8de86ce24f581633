// The Cypher of orders and demands: drafting, status events, removals per URL, a party's record.
import { ORDER_WAS_LATE } from './order-late.ts';

// Addressed to the party's Organization, or to the block when its holder is unknown.
export const CREATE_ORDER = `
OPTIONAL MATCH (org:Organization {key: $addresseeKey})
OPTIONAL MATCH (blk:Netblock {key: $addresseeKey})
WITH coalesce(org, blk) AS party
WHERE party IS NOT NULL
CREATE (o:Order {id: $id, instrument: $instrument, status: 'drafted', material: $material, legalBasis: $legalBasis, deadlineHours: $deadlineHours,
                 caseId: $caseId, createdAt: datetime($at), createdBy: $by, suggestedRuleId: $suggestedRuleId, overrideReason: $overrideReason,
                 authorityCountry: $authorityCountry, tcoGrounds: $tcoGrounds, contentDescription: $contentDescription, confidential: $confidential})
CREATE (o)-[:ADDRESSED_TO]->(party)
CREATE (o)-[:HAS_EVENT]->(:OrderEvent {id: $eventId, seq: 1, status: 'drafted', at: datetime($at), by: $by, note: $note})
WITH o
UNWIND $urls AS url
MATCH (u:Url {url: url})
CREATE (o)-[:COVERS]->(u)
RETURN count(u) AS covered`;

// Open orders (drafted, sent, acknowledged or late; a re-upload after a closed order is a new order) to the same addressee with the same instrument that already cover
// one of these URLs: drafting again would duplicate them.
export const SAME_OPEN_ORDERS = `
MATCH (o:Order {instrument: $instrument})-[:ADDRESSED_TO]->(p {key: $addresseeKey})
WHERE o.status IN ['drafted', 'sent', 'acknowledged', 'late'] AND EXISTS { MATCH (o)-[:COVERS]->(u:Url) WHERE u.url IN $urls }
RETURN o.id AS id, toString(o.createdAt) AS createdAt, o.status AS status
ORDER BY o.createdAt
LIMIT $limit`;

export const ORDER_STATUS = `MATCH (o:Order {id: $id}) RETURN o.status AS status, o.deadlineHours AS deadlineHours, toString(o.deadline) AS deadline`;

export const CHANGE_STATUS = `
MATCH (o:Order {id: $id})
SET o.status = $status,
    o.sentAt = CASE WHEN $status = 'sent' THEN datetime($at) ELSE o.sentAt END,
    o.channel = CASE WHEN $status = 'sent' THEN $channel ELSE o.channel END,
    o.sentMessageEvidenceId = CASE WHEN $status = 'sent' THEN $messageEvidenceId ELSE o.sentMessageEvidenceId END,
    o.deadline = CASE WHEN $status = 'sent' AND o.deadlineHours IS NOT NULL THEN datetime($at) + duration({hours: o.deadlineHours}) ELSE o.deadline END
WITH o
// Events are numbered: two changes in the same second keep their order.
OPTIONAL MATCH (o)-[:HAS_EVENT]->(prev:OrderEvent)
WITH o, count(prev) AS n
CREATE (o)-[:HAS_EVENT]->(:OrderEvent {id: $eventId, seq: n + 1, status: $status, at: datetime($at), by: $by, note: $note})`;

// The provider's answer: outcome, when, the content's form and target. URLs not yet seen removed
// take the answer's time when the content is gone (removed, disabled or not established which).
export const RECORD_FEEDBACK = `
MATCH (o:Order {id: $id})
SET o.outcome = $outcome, o.outcomeAt = datetime($at), o.outcomeReason = $reason,
    o.contentForm = coalesce($contentForm, o.contentForm), o.target = coalesce($target, o.target)
WITH o
OPTIONAL MATCH (o)-[c:COVERS]->(:Url)
FOREACH (_ IN CASE WHEN $gone AND c IS NOT NULL AND c.removedAt IS NULL THEN [1] ELSE [] END | SET c.removedAt = datetime($at))
RETURN DISTINCT o.status AS status, toString(o.deadline) AS deadline`;

export const MARK_REMOVED = `
MATCH (o:Order {id: $id})-[c:COVERS]->(u:Url {url: $url})
SET c.removedAt = datetime($at)
WITH o
MATCH (o)-[c2:COVERS]->()
RETURN count(c2) AS covered, count(c2.removedAt) AS removed, toString(o.deadline) AS deadline, o.status AS status`;

// Orders by id, each with its addressee, URLs (removal times) and events in order: one statement
// for one order or for every order a page of cases lists (the GraphQL loader batches them).
export const ORDERS_BY_ID = `
UNWIND $ids AS id
MATCH (o:Order {id: id})-[:ADDRESSED_TO]->(p)
CALL (o) {
  OPTIONAL MATCH (o)-[c:COVERS]->(u:Url)
  WITH c, u ORDER BY u.url
  RETURN [x IN collect({url: u.url, removedAt: toString(c.removedAt)}) WHERE x.url IS NOT NULL] AS urls
}
CALL (o) {
  OPTIONAL MATCH (o)-[:HAS_EVENT]->(e:OrderEvent)
  WITH e ORDER BY e.seq
  RETURN [x IN collect({status: e.status, at: toString(e.at), by: e.by, note: e.note}) WHERE x.status IS NOT NULL] AS events
}
RETURN o.id AS id, o.instrument AS instrument, o.status AS status, o.material AS material, o.legalBasis AS legalBasis, o.deadlineHours AS deadlineHours,
       toString(o.deadline) AS deadline, toString(o.sentAt) AS sentAt, o.caseId AS caseId, toString(o.createdAt) AS createdAt, o.createdBy AS createdBy,
       o.suggestedRuleId AS suggestedRuleId, o.overrideReason AS overrideReason, o.authorityCountry AS authorityCountry,
       coalesce(o.tcoGrounds, []) AS tcoGrounds, o.contentDescription AS contentDescription, coalesce(o.confidential, false) AS confidential,
       o.channel AS channel, o.sentMessageEvidenceId AS sentMessageEvidenceId, o.outcome AS outcome, toString(o.outcomeAt) AS outcomeAt,
       o.outcomeReason AS outcomeReason, o.contentForm AS contentForm, o.target AS target,
       p.key AS addresseeKey, coalesce(p.name, p.key) AS addresseeName, p.country AS addresseeCountry, urls, events
LIMIT $limit`;

// Orders received, how they ended, and re-uploads (a URL removed under one of its orders that
// came back: reported again by a later notice, or covered by a later order): each party's record.
export const PARTY_RECORDS = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p) WHERE p.key IN $keys
WITH p, collect(o) AS orders
CALL (orders) {
  UNWIND orders AS o
  MATCH (o)-[c:COVERS]->(u:Url) WHERE c.removedAt IS NOT NULL
    AND (EXISTS { MATCH (n:Notice)-[:REPORTS]->(u) WHERE n.reportedAt > c.removedAt }
         OR EXISTS { MATCH (later:Order)-[:COVERS]->(u) WHERE later.createdAt > c.removedAt })
  RETURN count(DISTINCT u) AS reUploads
}
UNWIND orders AS o
RETURN p.key AS key, reUploads, count(o) AS received,
       count(CASE WHEN o.status = 'complied' AND NOT ${ORDER_WAS_LATE} THEN 1 END) AS compliedInTime,
       count(CASE WHEN ${ORDER_WAS_LATE} THEN 1 END) AS late,
       count(CASE WHEN o.status = 'not-complied' THEN 1 END) AS notComplied`;
