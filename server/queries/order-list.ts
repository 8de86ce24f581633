// Orders across cases, as legal staff follow them: newest first, optionally only some statuses
// or one addressee's. Only ids are read here; the orders themselves come through the batched
// orders-by-id read (server/graphql/loaders.ts), one statement for a whole page.
import type { GraphDb } from '../db/driver.ts';

// A page of order ids, newest first, filtered by status and addressee when given.
const ORDER_IDS_PAGE = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE ($statuses IS NULL OR o.status IN $statuses) AND ($addresseeKey IS NULL OR p.key = $addresseeKey)
RETURN o.id AS id
ORDER BY o.createdAt DESC, o.id SKIP $offset LIMIT $limit`;

export interface OrderFilter {
  statuses: string[] | null;
  addresseeKey: string | null;
}

export async function listOrderIds(db: GraphDb, filter: OrderFilter, page: { offset: number; limit: number }): Promise<string[]> {
  return (await db.read<{ id: string }>(ORDER_IDS_PAGE, { ...filter, ...page })).map((r) => r.id);
}
