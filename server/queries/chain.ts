// The hosting chain of one URL as the graph holds it now (open facts), or as it was at a moment
// (the facts in force then): host, CNAME chain, addresses, the registry blocks from most specific
// up, their holders and abuse contacts, the routed origin and its holder; the domain beside it
// (chain-domain.ts), and the states of the names (chain-states.ts).
import type { GraphDb } from '../db/driver.ts';
import { findDomainOfHost, type ChainDomain } from './chain-domain.ts';
import { findDnsStates, findLastResolvedAt, type DnsStateRow } from './chain-states.ts';
import { inForce } from './in-force.ts';

// Which host the URL names, and its CNAME chain as currently resolved (longest open path).
const HOST_AND_ALIASES = `
MATCH (u:Url {url: $url})-[:ON_HOST]->(h)
OPTIONAL MATCH p = (h)-[:ALIAS_OF*0..16]->(t:Hostname)
WHERE all(r IN relationships(p) WHERE ${inForce('r')})
WITH u, h, p ORDER BY length(p) DESC
RETURN coalesce(h.name, h.address) AS host, labels(h)[0] AS hostLabel, [n IN nodes(p) | n.name] AS aliases
LIMIT $limit`;

// Addresses of the last name of the chain, with the evidence of each answer.
const ADDRESSES = `
MATCH (t:Hostname {name: $name})-[r:RESOLVES_TO]->(ip:IpAddress)
WHERE ${inForce('r')}
RETURN ip.address AS address, r.recordType AS recordType, r.evidenceId AS evidenceId, toString(r.lastSeen) AS lastSeen
ORDER BY address LIMIT $limit`;

// The registry blocks above an address, most specific first, with holder and abuse contacts.
const BLOCKS = `
MATCH (ip:IpAddress {address: $ip})-[r0:IN_NETBLOCK]->(first:Netblock)
WHERE ${inForce('r0')}
WITH first ORDER BY r0.lastSeen DESC LIMIT 1
MATCH p = (first)-[:WITHIN*0..16]->(n:Netblock)
WHERE all(r IN relationships(p) WHERE ${inForce('r')})
OPTIONAL MATCH (n)-[h:HELD_BY]->(o:Organization) WHERE ${inForce('h')}
OPTIONAL MATCH (n)-[ca:ABUSE_CONTACT]->(c:Contact) WHERE ${inForce('ca')}
OPTIONAL MATCH (o)-[oa:ABUSE_CONTACT]->(oc:Contact) WHERE ${inForce('oa')}
OPTIONAL MATCH (n)-[:ORIGINATED_BY {open: true}]->(ra:AutonomousSystem)
OPTIONAL MATCH (e:Evidence {id: n.lastEvidenceId})
WITH p, n, o, h, e, collect(DISTINCT c.email) AS own, collect(DISTINCT oc.email) AS viaHolder, collect(DISTINCT ra.number) AS registeredOrigins
RETURN length(p) AS depth, n.key AS key, n.handle AS handle, n.name AS name, n.status AS status, n.country AS blockCountry,
       n.start AS start, n.end AS end, n.prefixLength AS prefixLength, n.lastEvidenceId AS evidenceId, e.source AS source,
       o.name AS holder, o.key AS holderKey, o.country AS holderCountry, h.nameFrom AS holderNameFrom, h.evidenceId AS holderEvidenceId,
       CASE WHEN size(own) > 0 THEN own ELSE viaHolder END AS abuse, registeredOrigins
ORDER BY depth LIMIT $limit`;

// The routed prefix of an address and the AS that originates it (BGP, not the registry).
const ORIGINS = `
MATCH (:IpAddress {address: $ip})-[ir:IN_ROUTE]->(r:Route)-[ro:ORIGINATED_BY]->(a:AutonomousSystem)
WHERE ${inForce('ir')} AND ${inForce('ro')}
OPTIONAL MATCH (a)-[ah:HELD_BY]->(o:Organization) WHERE ${inForce('ah')}
// The registry's own holder before CAIDA's AS-to-organisation mapping, when both are known.
WITH ir, r, a, collect({o: o, ev: ah.evidenceId}) AS holders
WITH ir, r, a, head([h IN holders WHERE h.o IS NOT NULL AND (h.o.registry IS NULL OR h.o.registry <> 'CAIDA')] + [h IN holders WHERE h.o IS NOT NULL]) AS held
WITH ir, r, a, held.o AS o, held.ev AS holderEvidenceId
// The origin's transit providers (CAIDA AS relationships): the next parties up the routing chain.
OPTIONAL MATCH (a)-[bt:BUYS_TRANSIT_FROM]->(t:AutonomousSystem) WHERE ${inForce('bt')}
WITH ir, r, a, o, holderEvidenceId, collect(DISTINCT {asn: t.number, name: t.name}) AS providers
RETURN DISTINCT r.prefix AS prefix, a.number AS asn, coalesce(o.name, a.name) AS name, a.name AS asName, o.key AS holderKey, o.name AS holderName,
       coalesce(o.country, a.country) AS country, o.country AS holderCountry, a.country AS asCountry, ir.evidenceId AS evidenceId, ir.source AS source, holderEvidenceId,
       [p IN providers WHERE p.asn IS NOT NULL] AS transitProviders
ORDER BY asn LIMIT $limit`;

// Published CDN / cloud ranges holding the address: then the site's real hoster is hidden
// behind the CDN, and the CDN is the party to ask for the origin.
const CDN = `
MATCH (:IpAddress {address: $ip})-[r:IN_CDN_RANGE]->(c:CdnRange)
WHERE ${inForce('r')}
OPTIONAL MATCH (c)-[op:OPERATED_BY]->(o:Organization) WHERE ${inForce('op')}
OPTIONAL MATCH (o)-[oa:ABUSE_CONTACT]->(ct:Contact) WHERE ${inForce('oa')}
RETURN c.provider AS provider, c.cidr AS cidr, c.service AS service, c.region AS region, o.key AS operatorKey,
       collect(DISTINCT ct.email) AS abuse, r.evidenceId AS evidenceId
ORDER BY provider, cidr LIMIT $limit`;

export interface ChainBlock {
  depth: number;
  key: string;
  handle: string | null;
  name: string | null;
  status: string | null;
  blockCountry: string | null;
  start: string;
  end: string;
  prefixLength: number | null;
  evidenceId: string | null;
  /** Where the block's data came from: rdap, whois, or a bulk import (ripe-db). */
  source: string | null;
  holder: string | null;
  holderKey: string | null;
  holderCountry: string | null;
  /** Which field of the registry's answer named the holder (org-name, descr, …), when recorded. */
  holderNameFrom: string | null;
  holderEvidenceId: string | null;
  abuse: string[];
  /** Origin ASes the registry object itself names (ARIN OriginAS, RDAP origin autnums). */
  registeredOrigins: number[];
}

export interface ChainOrigin {
  prefix: string;
  asn: number;
  /** The AS holder's name, else the AS name. */
  name: string | null;
  asName: string | null;
  /** The organisation holding the AS (registry aut-num, RDAP autnum entity, or CAIDA). */
  holderKey: string | null;
  holderName: string | null;
  holderEvidenceId: string | null;
  country: string | null;
  holderCountry: string | null;
  asCountry: string | null;
  evidenceId: string | null;
  /** dns (Team Cymru), ripe-db (route objects) or caida (RouteViews). */
  source: string | null;
  /** ASes the origin buys transit from (CAIDA AS relationships). */
  transitProviders: { asn: number; name: string | null }[];
}

export interface ChainCdn {
  provider: string;
  cidr: string;
  service: string | null;
  region: string | null;
  operatorKey: string | null;
  abuse: string[];
  evidenceId: string | null;
}

export interface ChainAddress {
  address: string;
  origins: ChainOrigin[];
  /** Published CDN / cloud ranges holding the address (empty when not fronted). */
  cdn: ChainCdn[];
  recordType: string | null;
  evidenceId: string | null;
  lastSeen: string | null;
  blocks: ChainBlock[];
}

export type { ChainDomain } from './chain-domain.ts';

export interface UrlChain {
  url: string;
  host: string;
  aliases: string[];
  addresses: ChainAddress[];
  domain: ChainDomain | undefined;
  /** The moment the chain is read at (ISO), or null for now. */
  at: string | null;
  /** What the last DNS answers for the names said when they gave no address (NXDOMAIN, …). */
  dnsStates: DnsStateRow[];
  /**
   * When the name no longer resolves: the chain that was in force until it stopped, and when it
   * ended. The party that hosted the material until then stays in view.
   */
  lastKnown: { endedAt: string; chain: UrlChain } | undefined;
}

type HostChain = Omit<UrlChain, 'url' | 'lastKnown'>;

/** Chains of hosts already read in one request: many reported URLs share a host. */
export type ChainCache = Map<string, Promise<HostChain>>;

export interface ChainReadOptions {
  /** Read the chain as it was at this moment (the facts in force then); now when absent. */
  at?: Date | undefined;
  cache?: ChainCache | undefined;
}

type HostRow = { host: string; hostLabel: string; aliases: string[] | null };

export async function findChainForUrl(db: GraphDb, url: string, opts: ChainReadOptions = {}): Promise<UrlChain | undefined> {
  const { at, cache } = opts;
  const atIso = at?.toISOString() ?? null;
  const [h] = await db.read<HostRow>(HOST_AND_ALIASES, { url, at: atIso, limit: 1 });
  if (h === undefined) return undefined;
  const chain = { url, ...(await hostChainOnce(db, h, atIso, cache)), lastKnown: undefined };
  if (chain.addresses.length > 0 || h.hostLabel !== 'Hostname') return chain;
  // No address in force: the last chain that was, up to the moment it ended.
  const ended = await findLastResolvedAt(db, h.host, atIso);
  if (ended === undefined) return chain;
  const before = new Date(new Date(ended).getTime() - 1);
  const last = await findChainForUrl(db, url, { at: before, cache });
  return last === undefined || last.addresses.length === 0 ? chain : { ...chain, lastKnown: { endedAt: ended, chain: last } };
}

function hostChainOnce(db: GraphDb, h: HostRow, at: string | null, cache: ChainCache | undefined): Promise<HostChain> {
  const key = `${h.hostLabel}|${h.host}|${at ?? 'now'}`;
  let rest = cache?.get(key);
  if (rest === undefined) {
    rest = chainOfHost(db, h, at);
    cache?.set(key, rest);
  }
  return rest;
}

async function chainOfHost(db: GraphDb, h: HostRow, at: string | null): Promise<HostChain> {
  const aliases = h.aliases ?? [h.host];
  const last = aliases[aliases.length - 1] ?? h.host;
  const isName = h.hostLabel === 'Hostname';
  const addrs = isName ? await db.read<Omit<ChainAddress, 'blocks' | 'origins' | 'cdn'>>(ADDRESSES, { name: last, at, limit: 100 }) : [{ address: h.host, recordType: null, evidenceId: null, lastSeen: null }];
  const addresses = await Promise.all(
    addrs.map(async (a) => ({
      ...a,
      blocks: await db.read<ChainBlock>(BLOCKS, { ip: a.address, at, limit: 20 }),
      origins: await db.read<ChainOrigin>(ORIGINS, { ip: a.address, at, limit: 10 }),
      cdn: await db.read<ChainCdn>(CDN, { ip: a.address, at, limit: 10 }),
    })),
  );
  const domain = isName ? await findDomainOfHost(db, h.host, at) : undefined;
  const dnsStates = isName && addresses.length === 0 ? await findDnsStates(db, [...new Set([h.host, ...aliases])], at) : [];
  // collect() has no order: sorted here, so the same graph always gives the same chain (evidence packs hash it).
  for (const a of addresses) for (const b of a.blocks) b.abuse.sort();
  for (const a of addresses) for (const c of a.cdn) c.abuse.sort();
  for (const a of addresses) for (const b of a.blocks) b.registeredOrigins.sort((x, y) => x - y);
  return { host: h.host, aliases, addresses, domain, at, dnsStates };
}
