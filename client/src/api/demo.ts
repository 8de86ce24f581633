import { requestGraphQL } from './graphql.ts';

export interface ChainRow {
  role: string;
  holder: string | null;
  country: string | null;
  status: string | null;
  start: string;
  prefixLength: number | null;
  abuseContacts: string[];
  evidenceId: string | null;
}

export async function fetchUrlCount(): Promise<number> {
  return (await requestGraphQL<{ graphStats: { urls: number } }>('{ graphStats { urls } }')).graphStats.urls;
}

export async function loadDemo(): Promise<{ urls: string[]; resolved: number; failed: number }> {
  return (await requestGraphQL<{ loadDemoCase: { urls: string[]; resolved: number; failed: number } }>('mutation { loadDemoCase { urls resolved failed } }')).loadDemoCase;
}

export async function fetchChain(url: string): Promise<{ url: string; addresses: { address: string; blocks: ChainRow[] }[] } | null> {
  const q = `query($u: String!) { chain(url: $u) { url addresses { address blocks { role holder country status start prefixLength abuseContacts evidenceId } } } }`;
  return (await requestGraphQL<{ chain: { url: string; addresses: { address: string; blocks: ChainRow[] }[] } | null }>(q, { u: url })).chain;
}
