// The Cypher of late orders: orders past their deadline and the member-state authorities told.
import { orderVisible } from '../../queries/need-to-know.ts';
import { ORDER_WAS_LATE } from '../order-late.ts';

// Orders not acted on within their deadline (late, complied after it, or still open past it) that
// the user may read, each with the authorities told about it; newest deadline first.
export const LATE_ORDERS = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE (${ORDER_WAS_LATE}
       OR (o.status IN ['sent', 'acknowledged', 'not-complied'] AND o.deadline < datetime($now)))
  AND ($user IS NULL OR ${orderVisible('o')})
CALL (o) {
  OPTIONAL MATCH (o)-[:NOTIFIED]->(n:AuthorityNotice)
  WITH n ORDER BY n.at, n.id
  RETURN [x IN collect({id: n.id, kind: n.kind, country: n.country, at: toString(n.at), by: n.by, note: n.note}) WHERE x.id IS NOT NULL] AS notices
}
RETURN o.id AS id, o.status AS status, o.instrument AS instrument, toString(o.deadline) AS deadline, toString(o.sentAt) AS sentAt, o.authorityCountry AS authorityCountry,
       p.key AS addresseeKey, coalesce(p.name, p.key) AS addresseeName, p.country AS addresseeCountry, notices
ORDER BY o.deadline DESC, o.id
LIMIT $limit`;

export const CREATE_NOTICE = `
MATCH (o:Order {id: $orderId})
CREATE (o)-[:NOTIFIED]->(n:AuthorityNotice {id: $id, kind: 'late-order', country: $country, at: datetime($at), by: $by, note: $note})
RETURN n.id AS id, n.kind AS kind, n.country AS country, toString(n.at) AS at, n.by AS by, n.note AS note`;
