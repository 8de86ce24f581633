// The documents an order has (server/graphql/types/order-documents.ts), each with the address it
// is downloaded from.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

export type DocumentLink = Pick<S.OrderDocumentLink, 'kind' | 'language' | 'format' | 'url'>;

export async function fetchOrderDocuments(orderId: string): Promise<DocumentLink[]> {
  const r = await requestGraphQL<{ order: { documents: DocumentLink[] } | null }>('query($id: ID!) { order(id: $id) { documents { kind language format url } } }', { id: orderId });
  return r.order?.documents ?? [];
}
