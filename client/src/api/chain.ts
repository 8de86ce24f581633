// The hosting chain of a URL, as schema/schema.graphql's UrlChain gives it.
import { requestGraphQL } from './graphql.ts';

export interface ChainBlock {
  key: string;
  role: string;
  holder: string | null;
  holderKey: string | null;
  country: string | null;
  status: string | null;
  start: string;
  end: string;
  prefixLength: number | null;
  handle: string | null;
  name: string | null;
  source: string | null;
  abuseContacts: string[];
  evidenceId: string | null;
}

export interface ChainCdn {
  provider: string;
  operatorKey: string | null;
  cidr: string;
  service: string | null;
  region: string | null;
  abuseContacts: string[];
  evidenceId: string | null;
}

export interface ChainOrigin {
  asn: number;
  name: string | null;
  country: string | null;
  prefix: string;
  source: string | null;
  evidenceId: string | null;
  transitProviders: { asn: number; name: string | null }[];
}

export interface ChainAddress {
  address: string;
  recordType: string | null;
  evidenceId: string | null;
  cdn: ChainCdn[];
  blocks: ChainBlock[];
  origins: ChainOrigin[];
}

/** A party of the chain as the server judges it (role, EU membership, its record of orders). */
export interface ChainParty {
  key: string;
  name: string;
  role: string;
  country: string | null;
  inEu: boolean | null;
  abuseContacts: string[];
  addresses: string[];
  record: { received: number; compliedInTime: number; late: number; notComplied: number };
  /** How the role is known (registered, inferred, presumed), and why, when the server says. */
  basis?: string;
  why?: string;
  /** Which record the country is taken from (organisation, block, as), when the server says. */
  countryFrom?: string | null;
}

export interface UrlChain {
  url: string;
  host: string;
  aliases: string[];
  addresses: ChainAddress[];
  domain: { domain: string; registrar: string | null; registrarKey: string | null; reseller: string | null; nameservers: string[]; registrarAbuseContacts: string[] } | null;
  parties?: ChainParty[];
}

const CHAIN = `url host aliases
  addresses { address recordType evidenceId
    cdn { provider operatorKey cidr service region abuseContacts evidenceId }
    blocks { key role holder holderKey country status start end prefixLength handle name source abuseContacts evidenceId }
    origins { asn name country prefix source evidenceId transitProviders { asn name } } }
  domain { domain registrar registrarKey reseller nameservers registrarAbuseContacts }
  parties { key name role country inEu abuseContacts addresses record { received compliedInTime late notComplied } }`;

export async function fetchChain(url: string): Promise<UrlChain | null> {
  return (await requestGraphQL<{ chain: UrlChain | null }>(`query($u: String!) { chain(url: $u) { ${CHAIN} } }`, { u: url })).chain;
}

/** Chains of many URLs, a few at a time (the server reads each host's chain once per request). */
export async function fetchChains(urls: string[]): Promise<{ chains: UrlChain[]; missing: string[] }> {
  const chains: UrlChain[] = [];
  const missing: string[] = [];
  for (let i = 0; i < urls.length; i += 8) {
    const part = urls.slice(i, i + 8);
    const got = await Promise.all(part.map((u) => fetchChain(u)));
    got.forEach((c, j) => (c === null ? missing.push(part[j]!) : chains.push(c)));
  }
  return { chains, missing };
}
