// The hosting chain of a URL, as schema/schema.graphql's UrlChain gives it.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';
import { atMomentText } from '../../../server/chain/at-moment.ts';

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

export type DnsState = Pick<S.DnsState, 'name' | 'recordType' | 'state' | 'words' | 'since' | 'evidenceId'>;

export type ChainDomain = Pick<S.ChainDomain, 'domain' | 'registrar' | 'registrarKey' | 'reseller' | 'nameservers' | 'registrarAbuseContacts' | 'registrarIsLast' | 'stateUntil'> & {
  states: Pick<S.RegistryState, 'state' | 'words' | 'since' | 'evidenceId'>[];
  lastRegistrar: Pick<S.LastRegistrar, 'name' | 'endedAt'> | null;
};

/** The chain of one URL at one moment, without its own last known chain. */
export type ChainAt = Pick<S.UrlChain, 'url' | 'host' | 'aliases' | 'at'> & {
  addresses: ChainAddress[];
  domain: ChainDomain | null;
  dnsStates: DnsState[];
  parties?: ChainParty[];
};

export type UrlChain = ChainAt & {
  /** When the name no longer resolves: the chain in force until then. */
  lastKnown: { endedAt: string; chain: ChainAt } | null;
};

const CHAIN_AT = `url host aliases at
  addresses { address recordType evidenceId
    cdn { provider operatorKey cidr service region abuseContacts evidenceId }
    blocks { key role basis why holder holderKey country countryFrom status start end prefixLength handle name source abuseContacts evidenceId }
    origins { asn name country prefix source evidenceId transitProviders { asn name } } }
  domain { domain registrar registrarKey reseller nameservers registrarAbuseContacts registrarIsLast stateUntil
    states { state words since evidenceId } lastRegistrar { name endedAt } }
  dnsStates { name recordType state words since evidenceId }`;

const PARTIES = `parties { key name role basis why country countryFrom inEu abuseContacts addresses record { received compliedInTime late notComplied } }`;

const CHAIN = `${CHAIN_AT} ${PARTIES} lastKnown { endedAt chain { ${CHAIN_AT} } }`;

/** The moment a chosen date stands for: the end of that day (UTC), as the CLI's --at reads it; an ISO time as it is. */
export function atMoment(at: string | null): string | null {
  if (at === null || at === '') return null;
  return atMomentText(at);
}

export async function fetchChain(url: string, at: string | null = null): Promise<UrlChain | null> {
  return (await requestGraphQL<{ chain: UrlChain | null }>(`query($u: String!, $at: DateTime) { chain(url: $u, at: $at) { ${CHAIN} } }`, { u: url, at })).chain;
}

/** Chains of many URLs, a few at a time (the server reads each host's chain once per request). */
export async function fetchChains(urls: string[], at: string | null = null): Promise<{ chains: UrlChain[]; missing: string[] }> {
  const chains: UrlChain[] = [];
  const missing: string[] = [];
  for (let i = 0; i < urls.length; i += 8) {
    const part = urls.slice(i, i + 8);
    const got = await Promise.all(part.map((u) => fetchChain(u, at)));
    got.forEach((c, j) => (c === null ? missing.push(part[j]!) : chains.push(c)));
  }
  return { chains, missing };
}

export type HostingPeriod = Pick<S.HostingPeriod, 'from' | 'to' | 'resolved' | 'addresses'> & { hosters: Pick<S.HostingPeriodHoster, 'key' | 'name' | 'country'>[] };

/** Who hosted the URL's host name from when to when (moves and the end included). */
export async function fetchHostingTimeline(url: string): Promise<HostingPeriod[]> {
  return (await requestGraphQL<{ hostingTimeline: HostingPeriod[] }>('query($u: String!) { hostingTimeline(url: $u) { from to resolved addresses hosters { key name country } } }', { u: url })).hostingTimeline;
}
