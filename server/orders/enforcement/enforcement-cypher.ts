// The Cypher of a party's enforcement file: the party, the orders and demands it received, the
// URLs that came back after removal, and the demands about the same URLs to parties above it.
import { orderVisible } from '../../queries/need-to-know.ts';

// The party by key: an organisation, or a block whose holder is unknown.
export const PARTY = `
OPTIONAL MATCH (org:Organization {key: $key})
OPTIONAL MATCH (blk:Netblock {key: $key})
WITH coalesce(org, blk) AS p
WHERE p IS NOT NULL
RETURN p.key AS key, coalesce(p.name, p.key) AS name, p.country AS country
LIMIT 1`;

// Every order and demand addressed to the party, oldest first, and whether the user may read it
// (a null user is the command line, which reads the whole graph).
// Read from the orders (few) towards the party: a label-less party pattern would scan the graph.
export const ORDERS_TO_PARTY = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE p.key = $key
RETURN o.id AS id, ($user IS NULL OR ${orderVisible('o')}) AS visible
ORDER BY o.createdAt, o.id
LIMIT $limit`;

// URLs removed under these orders that came back: reported again by a later notice, or covered by a
// later removal order (a demand about the URL says nothing about the material being back); the
// first such sign of each, with the answer it rests on.
export const RE_UPLOADS = `
UNWIND $ids AS id
MATCH (o:Order {id: id})-[c:COVERS]->(u:Url)
WHERE c.removedAt IS NOT NULL
CALL (u, c) {
  OPTIONAL MATCH (n:Notice)-[r:REPORTS]->(u) WHERE n.reportedAt > c.removedAt
  WITH n, r ORDER BY n.reportedAt, n.id LIMIT 1
  RETURN n.id AS noticeId, toString(n.reportedAt) AS noticeAt, r.evidenceId AS noticeEvidenceId
}
CALL (u, c) {
  OPTIONAL MATCH (later:Order {instrument: 'removal-order'})-[:COVERS]->(u) WHERE later.createdAt > c.removedAt
  WITH later ORDER BY later.createdAt, later.id LIMIT 1
  RETURN later.id AS laterOrderId, toString(later.createdAt) AS laterOrderAt
}
WITH o, u, c, noticeId, noticeAt, noticeEvidenceId, laterOrderId, laterOrderAt
WHERE noticeId IS NOT NULL OR laterOrderId IS NOT NULL
RETURN o.id AS orderId, u.url AS url, toString(c.removedAt) AS removedAt, noticeId, noticeAt, noticeEvidenceId, laterOrderId, laterOrderAt
ORDER BY removedAt, url, orderId
LIMIT $limit`;

// Information demands about the URLs of these orders to other parties (those above it in its
// chains: the reseller, the lessor, the upstream that rents out the space), that the user may read.
export const DEMANDS_ABOVE = `
UNWIND $ids AS id
MATCH (:Order {id: id})-[:COVERS]->(:Url)<-[:COVERS]-(d:Order {instrument: 'information-demand'})-[:ADDRESSED_TO]->(q)
WHERE q.key <> $key AND ($user IS NULL OR ${orderVisible('d')})
RETURN DISTINCT d.id AS id
LIMIT $limit`;
