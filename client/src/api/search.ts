// search(text): name, handle, IP, CIDR, ASN or e-mail.
import { requestGraphQL } from './graphql.ts';

export interface SearchHit {
  label: string;
  key: string;
  name: string | null;
  detail: string | null;
}

export async function search(text: string): Promise<SearchHit[]> {
  return (await requestGraphQL<{ search: SearchHit[] }>('query($t: String!) { search(text: $t, limit: 25) { label key name detail } }', { t: text })).search;
}
