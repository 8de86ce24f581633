// Finding an address in the bulk data already in the graph: the most specific registry block and
// the most specific routed prefixes. Both are index seeks, whatever the size of the graph.

/**
 * The block with the greatest start at or below the address (index order, no sort of the whole
 * label), then up its WITHIN edges to the first block that holds the address. Registry blocks
 * nest, so that is the most specific block holding it (see importers/ripe-db/block-hierarchy.ts).
 */
export const MOST_SPECIFIC_BLOCK = `
MATCH (b:Netblock) WHERE b.rangeStart <= $key
WITH b ORDER BY b.rangeStart DESC LIMIT 32
WITH b ORDER BY b.rangeStart DESC, b.rangeEnd ASC LIMIT 1
MATCH p = (b)-[:WITHIN*0..16]->(a:Netblock)
WHERE a.rangeEnd >= $key AND a.rangeStart <= $key AND all(r IN relationships(p) WHERE r.open)
WITH a ORDER BY length(p) LIMIT 1
OPTIONAL MATCH (e:Evidence {id: a.lastEvidenceId})
RETURN a.key AS key, a.lastEvidenceId AS evidenceId, e.source AS source, toString(e.observedAt) AS observedAt`;

/** Routes are CIDR blocks: an exact seek on the starts of the blocks that can hold the address. */
export const MOST_SPECIFIC_ROUTES = `
MATCH (r:Route) WHERE r.rangeStart IN $starts AND r.rangeEnd >= $key
MATCH (r)-[:ORIGINATED_BY {open: true}]->(:AutonomousSystem)
WITH DISTINCT r ORDER BY r.prefixLength DESC
WITH collect(r) AS routes
WITH [x IN routes WHERE x.prefixLength = routes[0].prefixLength] AS best
UNWIND best AS r
OPTIONAL MATCH (e:Evidence {id: r.lastEvidenceId})
RETURN r.key AS key, r.lastEvidenceId AS evidenceId, e.source AS source, toString(e.observedAt) AS observedAt
ORDER BY key LIMIT $limit`;
