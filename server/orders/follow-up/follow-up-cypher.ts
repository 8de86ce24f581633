// The Cypher of the follow-up of open orders: which orders and URLs to re-resolve, what the last
// round found per URL (kept on COVERS), the findings when something changed, and reads for the API.

// Open orders (sent and not finished: acknowledged, late or not complied included), each with its
// addressee and what the last answered follow-up said per URL; one order when $orderId is given.
export const OPEN_ORDERS = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE o.status IN ['sent', 'acknowledged', 'late', 'not-complied'] AND ($orderId IS NULL OR o.id = $orderId)
MATCH (o)-[c:COVERS]->(u:Url)
WITH o, p, c, u ORDER BY u.url
RETURN o.id AS orderId, o.instrument AS instrument, o.material AS material, toString(o.sentAt) AS sentAt, o.authorityCountry AS authorityCountry,
       p.key AS addresseeKey, coalesce(p.name, p.key) AS addresseeName,
       collect({url: u.url, state: c.followUpState, hosterKey: c.followUpHosterKey}) AS urls, o.sentAt AS sent
ORDER BY sent, orderId
LIMIT $limit`;

// What this round asked about one URL of an order; the answered state and hoster only move when answered.
export const RECORD_CHECK = `
MATCH (o:Order {id: $orderId})-[c:COVERS]->(:Url {url: $url})
SET c.followUpAt = datetime($at), c.followUpAnswered = $answered, c.followUpAsked = $asked,
    c.followUpState = CASE WHEN $answered THEN $state ELSE c.followUpState END,
    c.followUpHosterKey = CASE WHEN $answered AND $hosterKey IS NOT NULL THEN $hosterKey ELSE c.followUpHosterKey END,
    o.followUpCheckedAt = datetime($at)`;

export const CREATE_FINDING = `
MATCH (o:Order {id: $orderId})
CREATE (o)-[:FOLLOW_UP]->(:FollowUpFinding {id: $id, url: $url, kind: $kind, at: datetime($at), fromParty: $fromParty, toParty: $toParty,
                                          fromName: $fromName, toName: $toName, state: $state, evidenceIds: $evidenceIds})`;

// The follow-up of some orders: when last checked, the findings in time order, and the last check of each URL.
export const FOLLOW_UP_OF_ORDERS = `
UNWIND $ids AS id
MATCH (o:Order {id: id})
CALL (o) {
  OPTIONAL MATCH (o)-[:FOLLOW_UP]->(f:FollowUpFinding)
  WITH f ORDER BY f.at, f.url
  RETURN [x IN collect({id: f.id, url: f.url, kind: f.kind, at: toString(f.at), fromParty: f.fromParty, toParty: f.toParty, fromName: f.fromName, toName: f.toName,
                        state: f.state, evidenceIds: coalesce(f.evidenceIds, [])}) WHERE x.id IS NOT NULL] AS findings
}
CALL (o) {
  OPTIONAL MATCH (o)-[c:COVERS]->(u:Url) WHERE c.followUpAt IS NOT NULL
  WITH c, u ORDER BY u.url
  RETURN [x IN collect({url: u.url, at: toString(c.followUpAt), answered: c.followUpAnswered, asked: c.followUpAsked, state: c.followUpState}) WHERE x.url IS NOT NULL] AS checks
}
RETURN o.id AS orderId, toString(o.followUpCheckedAt) AS lastCheckedAt, findings, checks
LIMIT $limit`;
