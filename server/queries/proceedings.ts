// Proceedings on orders (complaints, reviews, specific measures): recorded by legal staff, read
// back with the order, counted by the transparency report (server/queries/transparency.ts).

// Records a proceeding on an order; a specific measure may name the provider it concerns.
export const CREATE_PROCEEDING = `
MATCH (o:Order {id: $orderId})
CREATE (o)-[:HAS_PROCEEDING]->(g:Proceeding {id: $id, kind: $kind, startedAt: datetime($startedAt), by: $by, note: $note,
                                             decision: $decision, decidedAt: CASE WHEN $decidedAt IS NULL THEN null ELSE datetime($decidedAt) END})
WITH g
OPTIONAL MATCH (party:Organization|Netblock {key: $partyKey})
FOREACH (_ IN CASE WHEN party IS NULL THEN [] ELSE [1] END | CREATE (g)-[:CONCERNS]->(party))
RETURN g.id AS id`;

// Records the decision of a proceeding on the order.
export const DECIDE_PROCEEDING = `
MATCH (:Order {id: $orderId})-[:HAS_PROCEEDING]->(g:Proceeding {id: $id})
SET g.decision = $decision, g.decidedAt = datetime($decidedAt)
RETURN g.id AS id`;

// The proceedings of an order, oldest first, with the party a specific measure concerns.
export const PROCEEDINGS_OF_ORDER = `
MATCH (o:Order {id: $orderId})-[:HAS_PROCEEDING]->(g:Proceeding)
OPTIONAL MATCH (g)-[:CONCERNS]->(party)
RETURN g.id AS id, o.id AS orderId, g.kind AS kind, toString(g.startedAt) AS startedAt, g.by AS by, g.decision AS decision,
       toString(g.decidedAt) AS decidedAt, g.note AS note, party.key AS partyKey
ORDER BY g.startedAt, g.id
LIMIT $limit`;

// One proceeding of an order, by id.
export const PROCEEDING_BY_ID = `
MATCH (o:Order {id: $orderId})-[:HAS_PROCEEDING]->(g:Proceeding {id: $id})
OPTIONAL MATCH (g)-[:CONCERNS]->(party)
RETURN g.id AS id, o.id AS orderId, g.kind AS kind, toString(g.startedAt) AS startedAt, g.by AS by, g.decision AS decision,
       toString(g.decidedAt) AS decidedAt, g.note AS note, party.key AS partyKey
LIMIT $limit`;
