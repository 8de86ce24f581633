// The hosting chain of one URL as the graph holds it now (open facts only): host, CNAME chain,
// addresses, the registry blocks from most specific up, their holders and abuse contacts, and
// the domain's registrar, reseller and name servers.
import type { GraphDb } from '../db/driver.ts';

// Which host the URL names, and its CNAME chain as currently resolved (longest open path).
const HOST_AND_ALIASES = `
MATCH (u:Url {url: $url})-[:ON_HOST {open: true}]->(h)
OPTIONAL MATCH p = (h)-[:ALIAS_OF*0..16]->(t:Hostname)
WHERE all(r IN relationships(p) WHERE r.open)
WITH u, h, p ORDER BY length(p) DESC
RETURN coalesce(h.name, h.address) AS host, labels(h)[0] AS hostLabel, [n IN nodes(p) | n.name] AS aliases
LIMIT $limit`;

// Addresses of the last name of the chain, with the evidence of each answer.
const ADDRESSES = `
MATCH (t:Hostname {name: $name})-[r:RESOLVES_TO {open: true}]->(ip:IpAddress)
RETURN ip.address AS address, r.recordType AS recordType, r.evidenceId AS evidenceId, toString(r.lastSeen) AS lastSeen
ORDER BY address LIMIT $limit`;

// The registry blocks above an address, most specific first, with holder and abuse contacts.
const BLOCKS = `
MATCH (ip:IpAddress {address: $ip})-[r0:IN_NETBLOCK {open: true}]->(first:Netblock)
WITH first ORDER BY r0.lastSeen DESC LIMIT 1
MATCH p = (first)-[:WITHIN*0..16]->(n:Netblock)
WHERE all(r IN relationships(p) WHERE r.open)
OPTIONAL MATCH (n)-[h:HELD_BY {open: true}]->(o:Organization)
OPTIONAL MATCH (n)-[:ABUSE_CONTACT {open: true}]->(c:Contact)
OPTIONAL MATCH (o)-[:ABUSE_CONTACT {open: true}]->(oc:Contact)
OPTIONAL MATCH (e:Evidence {id: n.lastEvidenceId})
WITH p, n, o, e, collect(DISTINCT c.email) AS own, collect(DISTINCT oc.email) AS viaHolder
RETURN length(p) AS depth, n.key AS key, n.handle AS handle, n.name AS name, n.status AS status, n.country AS blockCountry,
       n.start AS start, n.end AS end, n.prefixLength AS prefixLength, n.lastEvidenceId AS evidenceId, e.source AS source,
       o.name AS holder, o.key AS holderKey, o.country AS holderCountry,
       CASE WHEN size(own) > 0 THEN own ELSE viaHolder END AS abuse
ORDER BY depth LIMIT $limit`;

// The routed prefix of an address and the AS that originates it (BGP, not the registry).
const ORIGINS = `
MATCH (:IpAddress {address: $ip})-[ir:IN_ROUTE {open: true}]->(r:Route)-[:ORIGINATED_BY {open: true}]->(a:AutonomousSystem)
OPTIONAL MATCH (a)-[:HELD_BY {open: true}]->(o:Organization)
// The registry's own holder before CAIDA's AS-to-organisation mapping, when both are known.
WITH ir, r, a, collect(o) AS holders
WITH ir, r, a, head([h IN holders WHERE h.registry IS NULL OR h.registry <> 'CAIDA'] + holders) AS o
// The origin's transit providers (CAIDA AS relationships): the next parties up the routing chain.
OPTIONAL MATCH (a)-[:BUYS_TRANSIT_FROM {open: true}]->(t:AutonomousSystem)
WITH ir, r, a, o, collect(DISTINCT {asn: t.number, name: t.name}) AS providers
RETURN DISTINCT r.prefix AS prefix, a.number AS asn, coalesce(o.name, a.name) AS name, coalesce(a.country, o.country) AS country, ir.evidenceId AS evidenceId, ir.source AS source,
       [p IN providers WHERE p.asn IS NOT NULL] AS transitProviders
ORDER BY asn LIMIT $limit`;

// Published CDN / cloud ranges holding the address: then the site's real hoster is hidden
// behind the CDN, and the CDN is the party to ask for the origin.
const CDN = `
MATCH (:IpAddress {address: $ip})-[r:IN_CDN_RANGE {open: true}]->(c:CdnRange)
OPTIONAL MATCH (c)-[:OPERATED_BY {open: true}]->(o:Organization)
OPTIONAL MATCH (o)-[:ABUSE_CONTACT {open: true}]->(ct:Contact)
RETURN c.provider AS provider, c.cidr AS cidr, c.service AS service, c.region AS region, o.key AS operatorKey,
       collect(DISTINCT ct.email) AS abuse, r.evidenceId AS evidenceId
ORDER BY provider, cidr LIMIT $limit`;

// Registration of the domain beside the chain.
const DOMAIN = `
MATCH (d:Domain {name: $domain})
OPTIONAL MATCH (d)-[:REGISTERED_VIA {open: true}]->(reg:Organization)
OPTIONAL MATCH (reg)-[:ABUSE_CONTACT {open: true}]->(rc:Contact)
OPTIONAL MATCH (d)-[:RESOLD_BY {open: true}]->(res:Organization)
OPTIONAL MATCH (d)-[:DELEGATED_TO {open: true}]->(ns:Hostname)
RETURN d.name AS domain, reg.name AS registrar, reg.key AS registrarKey, collect(DISTINCT rc.email) AS registrarAbuse,
       res.name AS reseller, collect(DISTINCT ns.name) AS nameservers
LIMIT $limit`;

// The registrable domain of a host name.
const DOMAIN_OF = `MATCH (:Hostname {name: $name})-[:IN_DOMAIN {open: true}]->(d:Domain) RETURN d.name AS domain LIMIT $limit`;

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
  abuse: string[];
}

export interface ChainOrigin {
  prefix: string;
  asn: number;
  name: string | null;
  country: string | null;
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

export interface ChainDomain {
  domain: string;
  registrar: string | null;
  registrarKey: string | null;
  registrarAbuse: string[];
  reseller: string | null;
  nameservers: string[];
}

export interface UrlChain {
  url: string;
  host: string;
  aliases: string[];
  addresses: ChainAddress[];
  domain: ChainDomain | undefined;
}

/** Chains of hosts already read in one request: many reported URLs share a host. */
export type ChainCache = Map<string, Promise<Omit<UrlChain, 'url'>>>;

export async function findChainForUrl(db: GraphDb, url: string, cache?: ChainCache): Promise<UrlChain | undefined> {
  const [h] = await db.read<{ host: string; hostLabel: string; aliases: string[] | null }>(HOST_AND_ALIASES, { url, limit: 1 });
  if (h === undefined) return undefined;
  const key = `${h.hostLabel}|${h.host}`;
  let rest = cache?.get(key);
  if (rest === undefined) {
    rest = chainOfHost(db, h);
    cache?.set(key, rest);
  }
  return { url, ...(await rest) };
}

async function chainOfHost(db: GraphDb, h: { host: string; hostLabel: string; aliases: string[] | null }): Promise<Omit<UrlChain, 'url'>> {
  const aliases = h.aliases ?? [h.host];
  const last = aliases[aliases.length - 1] ?? h.host;
  const addrs = h.hostLabel === 'IpAddress' ? [{ address: h.host, recordType: null, evidenceId: null, lastSeen: null }] : await db.read<Omit<ChainAddress, 'blocks' | 'origins' | 'cdn'>>(ADDRESSES, { name: last, limit: 100 });
  const addresses = await Promise.all(
    addrs.map(async (a) => ({
      ...a,
      blocks: await db.read<ChainBlock>(BLOCKS, { ip: a.address, limit: 20 }),
      origins: await db.read<ChainOrigin>(ORIGINS, { ip: a.address, limit: 10 }),
      cdn: await db.read<ChainCdn>(CDN, { ip: a.address, limit: 10 }),
    })),
  );
  const [d] = h.hostLabel === 'Hostname' ? await db.read<{ domain: string }>(DOMAIN_OF, { name: h.host, limit: 1 }) : [];
  const found = d === undefined ? undefined : (await db.read<ChainDomain>(DOMAIN, { domain: d.domain, limit: 1 }))[0];
  // collect() has no order: sorted here, so the same graph always gives the same chain (evidence packs hash it).
  const domain = found === undefined ? undefined : { ...found, registrarAbuse: [...found.registrarAbuse].sort(), nameservers: [...found.nameservers].sort() };
  for (const a of addresses) for (const b of a.blocks) b.abuse.sort();
  for (const a of addresses) for (const c of a.cdn) c.abuse.sort();
  return { host: h.host, aliases, addresses, domain };
}
