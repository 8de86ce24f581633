// The dated chain facts behind the hoster report, every interval of them (open and ended): names
// to addresses (and CNAMEs), addresses to registry blocks and routes, blocks up their hierarchy
// to their holders, routes to origin ASes and their holders. server/reports/chain-at.ts picks
// what was in force at each notice's time.
import { InputError } from '../input-error.ts';
import type { RecordShape } from 'neo4j-driver';
import type { GraphDb } from '../db/driver.ts';
import { REPORT_ROW_LIMIT } from './hosters.ts';

// A/AAAA and CNAME intervals of host names.
const NAME_EDGES = `
UNWIND $names AS name
MATCH (:Hostname {name: name})-[r:RESOLVES_TO|ALIAS_OF]->(t)
RETURN name AS from, coalesce(t.address, t.name) AS to, type(r) = 'ALIAS_OF' AS alias, r.firstSeen.epochMillis AS start, r.endedAt.epochMillis AS end
LIMIT $limit`;

// The most specific registry block of each address, and its routed prefixes with origin AS and holder, as intervals.
const ADDRESS_EDGES = `
UNWIND $ips AS ip
MATCH (a:IpAddress {address: ip})-[r:IN_NETBLOCK|IN_ROUTE]->(x)
OPTIONAL MATCH (x:Route)-[o:ORIGINATED_BY]->(as:AutonomousSystem)
RETURN ip AS from, type(r) = 'IN_ROUTE' AS route, x.key AS to, r.firstSeen.epochMillis AS start, r.endedAt.epochMillis AS end,
       as.number AS asn, as.name AS asName, as.country AS asCountry, o.firstSeen.epochMillis AS originStart, o.endedAt.epochMillis AS originEnd
LIMIT $limit`;

// Blocks: status, the block they lie within, and their holders, each edge an interval.
const BLOCK_EDGES = `
UNWIND $keys AS key
MATCH (b:Netblock {key: key})
OPTIONAL MATCH (b)-[r:WITHIN|HELD_BY]->(x)
RETURN key, b.status AS status, b.country AS country, type(r) AS type, x.key AS to, x.name AS name, x.country AS toCountry, x.registry AS registry,
       r.firstSeen.epochMillis AS start, r.endedAt.epochMillis AS end
LIMIT $limit`;

// Holders of origin ASes as intervals (registry aut-num or CAIDA's AS-to-organisation).
const AS_HOLDERS = `
UNWIND $asns AS asn
MATCH (:AutonomousSystem {number: asn})-[r:HELD_BY]->(o:Organization)
RETURN asn, o.key AS key, o.name AS name, o.country AS country, o.registry AS registry, r.firstSeen.epochMillis AS start, r.endedAt.epochMillis AS end
LIMIT $limit`;

export interface Interval {
  start: number;
  end: number | null;
}

export interface NameEdge extends Interval { from: string; to: string; alias: boolean }
export interface AddressEdge extends Interval { from: string; route: boolean; to: string; asn: number | null; asName: string | null; asCountry: string | null; originStart: number | null; originEnd: number | null }
export interface BlockEdge { key: string; status: string | null; country: string | null; type: 'WITHIN' | 'HELD_BY' | null; to: string | null; name: string | null; toCountry: string | null; registry: string | null; start: number | null; end: number | null }
export interface AsHolderEdge extends Interval { asn: number; key: string; name: string | null; country: string | null; registry: string | null }

const BATCH = 5000;

async function inBatches<T extends RecordShape>(db: GraphDb, cypher: string, param: string, values: (string | number)[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += BATCH) {
    const rows = await db.read<T>(cypher, { [param]: values.slice(i, i + BATCH), limit: REPORT_ROW_LIMIT });
    if (rows.length >= REPORT_ROW_LIMIT) throw new InputError('from', `the report would read more than ${REPORT_ROW_LIMIT} chain facts at once: choose a shorter period`);
    out.push(...rows);
  }
  return out;
}

export const findNameEdges = (db: GraphDb, names: string[]) => inBatches<NameEdge>(db, NAME_EDGES, 'names', names);
export const findAddressEdges = (db: GraphDb, ips: string[]) => inBatches<AddressEdge>(db, ADDRESS_EDGES, 'ips', ips);
export const findBlockEdges = (db: GraphDb, keys: string[]) => inBatches<BlockEdge>(db, BLOCK_EDGES, 'keys', keys);
export const findAsHolders = (db: GraphDb, asns: number[]) => inBatches<AsHolderEdge>(db, AS_HOLDERS, 'asns', asns);
