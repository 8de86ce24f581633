// search(text): name, handle, IP, CIDR, ASN or e-mail.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

export type SearchHit = Pick<S.SearchHit, 'label' | 'key' | 'name' | 'detail'>;

export async function search(text: string): Promise<SearchHit[]> {
  return (await requestGraphQL<{ search: SearchHit[] }>('query($t: String!) { search(text: $t, limit: 25) { label key name detail } }', { t: text })).search;
}
