// The hosting chain of a URL, as schema/schema.graphql's UrlChain gives it.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

// Each type is the part of the schema's own type that CHAIN asks for (schema-types.ts is
// generated from the SDL), so a renamed or retyped field breaks the type check here.
export type ChainBlock = Pick<S.ChainBlock, 'key' | 'role' | 'basis' | 'why' | 'holder' | 'holderKey' | 'country' | 'countryFrom' | 'status' | 'start' | 'end' | 'prefixLength' | 'handle' | 'name' | 'source' | 'abuseContacts' | 'evidenceId'>;

export type ChainCdn = Pick<S.ChainCdn, 'provider' | 'operatorKey' | 'cidr' | 'service' | 'region' | 'abuseContacts' | 'evidenceId'>;

export type ChainOrigin = Pick<S.ChainOrigin, 'asn' | 'name' | 'country' | 'prefix' | 'source' | 'evidenceId'> & { transitProviders: Pick<S.TransitProvider, 'asn' | 'name'>[] };

export type ChainAddress = Pick<S.ChainAddress, 'address' | 'recordType' | 'evidenceId'> & { cdn: ChainCdn[]; blocks: ChainBlock[]; origins: ChainOrigin[] };

/** A party of the chain as the server judges it (role, EU membership, its record of orders). */
export type ChainParty = Pick<S.ChainParty, 'key' | 'name' | 'role' | 'basis' | 'why' | 'country' | 'countryFrom' | 'inEu' | 'abuseContacts' | 'addresses'> & {
  record: Pick<S.PartyRecord, 'received' | 'compliedInTime' | 'late' | 'notComplied'>;
};

export type UrlChain = Pick<S.UrlChain, 'url' | 'host' | 'aliases'> & {
  addresses: ChainAddress[];
  domain: Pick<S.ChainDomain, 'domain' | 'registrar' | 'registrarKey' | 'reseller' | 'nameservers' | 'registrarAbuseContacts'> | null;
  parties?: ChainParty[];
};

const CHAIN = `url host aliases
  addresses { address recordType evidenceId
    cdn { provider operatorKey cidr service region abuseContacts evidenceId }
    blocks { key role basis why holder holderKey country countryFrom status start end prefixLength handle name source abuseContacts evidenceId }
    origins { asn name country prefix source evidenceId transitProviders { asn name } } }
  domain { domain registrar registrarKey reseller nameservers registrarAbuseContacts }
  parties { key name role basis why country countryFrom inEu abuseContacts addresses record { received compliedInTime late notComplied } }`;

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
