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

export interface CdnRow {
  provider: string;
  cidr: string;
  evidenceId: string | null;
}

export interface ChainView {
  url: string;
  addresses: { address: string; cdn: CdnRow[]; blocks: ChainRow[] }[];
}

export async function fetchChain(url: string): Promise<ChainView | null> {
  const q = `query($u: String!) { chain(url: $u) { url addresses { address cdn { provider cidr evidenceId } blocks { role holder country status start prefixLength abuseContacts evidenceId } } } }`;
  return (await requestGraphQL<{ chain: ChainView | null }>(q, { u: url })).chain;
}
