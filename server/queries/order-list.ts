// Orders across cases, as legal staff follow them: newest first, optionally only some statuses
// or one addressee's. Only ids are read here; the orders themselves come through the batched
// orders-by-id read (server/graphql/loaders.ts), one statement for a whole page.
import type { GraphDb } from '../db/driver.ts';
import { orderVisible } from './need-to-know.ts';

// A page of the ids of the orders the user may read (need-to-know), newest first, filtered by
// status and addressee when given.
const ORDER_IDS_PAGE = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE ($statuses IS NULL OR o.status IN $statuses) AND ($addresseeKey IS NULL OR p.key = $addresseeKey) AND ${orderVisible('o')}
RETURN o.id AS id
ORDER BY o.createdAt DESC, o.id SKIP $offset LIMIT $limit`;

export interface OrderFilter {
  statuses: string[] | null;
  addresseeKey: string | null;
}

export async function listOrderIds(db: GraphDb, filter: OrderFilter & { user: string }, page: { offset: number; limit: number }): Promise<string[]> {
  return (await db.read<{ id: string }>(ORDER_IDS_PAGE, { ...filter, ...page })).map((r) => r.id);
}
