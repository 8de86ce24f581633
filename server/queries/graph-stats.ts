// How much the graph holds: the client offers the demo case on an empty graph.
import type { GraphDb } from '../db/driver.ts';

// How many reported URLs and cases the graph holds.
const COUNTS = `
CALL { MATCH (u:Url) RETURN count(u) AS urls }
CALL { MATCH (c:Case) RETURN count(c) AS cases }
RETURN urls, cases LIMIT $limit`;

export async function countGraph(db: GraphDb): Promise<{ urls: number; cases: number }> {
  const [row] = await db.read<{ urls: number; cases: number }>(COUNTS, { limit: 1 });
  return row ?? { urls: 0, cases: 0 };
}
