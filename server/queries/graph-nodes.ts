// The graph as the explore view draws it: nodes named by label and key, a node's neighbourhood,
// and every fact edge that touches one node. Only the investigation graph is reachable here:
// accounts, sessions, tokens, audit lines and migrations are not (CHAIN_LABELS).
import { MODEL_NODES } from '../../schema/model.ts';
import type { GraphDb } from '../db/driver.ts';
import { nodeVisible } from './need-to-know.ts';

// Proceedings hang off an order and are read with it (need-to-know of the order), never walked to.
const HIDDEN = new Set(['User', 'Session', 'ApiToken', 'AuditEntry', 'SchemaMigration', 'OrderEvent', 'Proceeding']);
/** Labels a client may name; anything else is refused before a statement is built. */
export const CHAIN_LABELS: readonly string[] = MODEL_NODES.filter((n) => !HIDDEN.has(n.label)).map((n) => n.label);

export interface GraphNodeRow {
  eid: string;
  label: string;
  key: string;
  name: string | null;
  country: string | null;
  /** Where `country` comes from: the holder organisation's registration, else the node's own record. */
  countryFrom: 'organisation' | 'block' | 'as' | null;
}

/** A node with its stored properties (as text), for the entity panel. */
export interface GraphNodeDetail extends GraphNodeRow {
  properties: { name: string; value: string }[];
}

/** Stored properties that are not shown: bytes and internal keys. */
const UNSHOWN = new Set(['raw', 'rangeStart', 'rangeEnd', 'rangeKey', 'abuseKey']);

export interface GraphEdgeRow {
  id: string;
  type: string;
  from: string;
  to: string;
  source: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  endedAt: string | null;
  evidenceId: string | null;
}

// How a node row is read, whatever its label: the key property each label has in the model.
// A block's country is the chain's party country (server/graphql/types/chain.ts): its holder
// organisation's registered country, else the block's own, so Explore colours it as the chain does.
const NODE_COLUMNS = (v: string) => `elementId(${v}) AS eid, labels(${v})[0] AS label,
  coalesce(${v}.key, ${v}.url, ${v}.address, ${v}.email, toString(${v}.number), ${v}.id, ${v}.name) AS key,
  coalesce(${v}.name, ${v}.handle, ${v}.email, ${v}.url, ${v}.address, ${v}.cidr) AS name,
  CASE WHEN ${v}:Netblock THEN coalesce(head([(${v})-[h:HELD_BY {open: true}]->(o:Organization) WHERE o.country IS NOT NULL | o.country]), ${v}.country) ELSE ${v}.country END AS country,
  CASE WHEN ${v}.country IS NULL AND NOT ${v}:Netblock THEN null
       WHEN ${v}:Organization THEN 'organisation' WHEN ${v}:AutonomousSystem THEN 'as'
       WHEN ${v}:Netblock AND exists { (${v})-[:HELD_BY {open: true}]->(o:Organization) WHERE o.country IS NOT NULL } THEN 'organisation'
       WHEN ${v}.country IS NULL THEN null ELSE 'block' END AS countryFrom`;

const NOT_SHOWN = 'NOT m:Evidence AND NOT m:User AND NOT m:Session AND NOT m:ApiToken AND NOT m:AuditEntry AND NOT m:OrderEvent AND NOT m:Proceeding AND NOT m:SchemaMigration';

// The edges between a set of nodes and their neighbours (Evidence, accounts and audit excluded,
// and URLs, cases, orders and notices the user may not read: need-to-know), open ones first,
// then the newest ended; each neighbour once.
const NEIGHBOURS = `
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r]-(m)
WHERE ${NOT_SHOWN} AND ${nodeVisible('m')}
  AND ($ended OR coalesce(r.open, true))
WITH r, m ORDER BY coalesce(r.open, true) DESC, r.lastSeen DESC LIMIT $limit
RETURN ${NODE_COLUMNS('m')},
       elementId(r) AS id, type(r) AS type, elementId(startNode(r)) AS from, elementId(endNode(r)) AS to, r.source AS source,
       toString(r.firstSeen) AS firstSeen, toString(r.lastSeen) AS lastSeen, toString(r.endedAt) AS endedAt, r.evidenceId AS evidenceId`;

// The neighbours of a set of nodes that need-to-know leaves out: counted by label, never named.
const WITHHELD = `
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r]-(m)
WHERE (m:Url OR m:Case OR m:Order OR m:Notice) AND ($ended OR coalesce(r.open, true)) AND NOT ${nodeVisible('m')}
WITH DISTINCT m
RETURN elementId(m) AS eid, labels(m)[0] AS label LIMIT $limit`;

/** One node by label and key; the label must be one of CHAIN_LABELS (it is written into the statement). */
export async function findNode(db: GraphDb, label: string, key: string): Promise<GraphNodeDetail | undefined> {
  const def = MODEL_NODES.find((n) => n.label === label);
  if (def === undefined || !CHAIN_LABELS.includes(label)) return undefined;
  const prop = def.key[0]!;
  const value = def.props[prop]?.type === 'integer' ? Number(key) : key;
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return undefined;
  // Label and property come from the model, never from the request; the value is a parameter.
  const [row] = await db.read<GraphNodeRow & { props: Record<string, unknown> }>(`MATCH (n:${def.label} {${prop}: $value}) RETURN ${NODE_COLUMNS('n')}, properties(n) AS props LIMIT $limit`, { value, limit: 1 });
  if (row === undefined) return undefined;
  const { props, ...node } = row;
  const properties = Object.entries(props).filter(([k]) => !UNSHOWN.has(k)).map(([k, v]) => ({ name: k, value: Array.isArray(v) ? v.map(String).join(', ') : String(v) })).sort((a, b) => a.name.localeCompare(b.name));
  return { ...node, properties };
}

/** `user`: the reader, whose need-to-know decides which URLs, cases, orders and notices come back. */
export async function neighbours(db: GraphDb, eids: readonly string[], opts: { limit: number; ended: boolean; user: string }): Promise<(GraphNodeRow & GraphEdgeRow)[]> {
  return db.read<GraphNodeRow & GraphEdgeRow>(NEIGHBOURS, { eids, limit: opts.limit, ended: opts.ended, user: opts.user });
}

/** The neighbours left out for the reader (element id and label), to say how many there are. */
export function withheldNeighbours(db: GraphDb, eids: readonly string[], opts: { limit: number; ended: boolean; user: string }): Promise<{ eid: string; label: string }[]> {
  return db.read<{ eid: string; label: string }>(WITHHELD, { eids, limit: opts.limit, ended: opts.ended, user: opts.user });
}
