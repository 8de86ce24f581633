// The declarative graph model: labels, relationship types, keys, descriptions, display names and
// the named edge sets that queries and UI filters use. schema/README.md is generated from it.
import { NODES } from './model-nodes.ts';
import { RELS } from './model-rels.ts';
import type { NodeDef, PropDef, RelDef } from './model-types.ts';

export type { NodeDef, RelDef, PropDef } from './model-types.ts';
export const MODEL_NODES: readonly NodeDef[] = NODES;
export const MODEL_RELS: readonly RelDef[] = RELS;

/** Set by the upsert on every node a source reports. */
export const FACT_NODE_PROPS: Record<string, PropDef> = {
  firstSeen: { type: 'datetime', description: 'first observation of the node' },
  lastSeen: { type: 'datetime', description: 'latest observation' },
  lastEvidenceId: { type: 'string', description: 'id of the latest evidence that named it' },
};

/** Set by the upsert on every fact edge. */
export const FACT_EDGE_PROPS: Record<string, PropDef> = {
  source: { type: 'string', description: 'dns, whois, rdap, ripe-db, caida, …' },
  open: { type: 'boolean', description: 'true while the latest answer in scope still states it' },
  firstSeen: { type: 'datetime', description: 'first observation of this interval' },
  lastSeen: { type: 'datetime', description: 'latest observation' },
  endedAt: { type: 'datetime', description: 'when an answer in scope no longer stated it' },
  firstEvidenceId: { type: 'string', description: 'evidence that first stated it' },
  evidenceId: { type: 'string', description: 'latest evidence that stated it' },
  endedByEvidenceId: { type: 'string', description: 'evidence that no longer stated it' },
  dataset: { type: 'string', description: 'bulk imports only: the dataset a run is authoritative for (e.g. "RIPE", "Cloudflare"); a newer run of it ends what it no longer states' },
};

/** The hosting chain of a URL, in reading order (DESIGN.md "The hosting chain of one URL"). */
export const CHAIN_EDGES = ['ON_HOST', 'ALIAS_OF', 'RESOLVES_TO', 'IN_NETBLOCK', 'WITHIN', 'HELD_BY', 'ABUSE_CONTACT', 'IN_ROUTE', 'ORIGINATED_BY', 'BUYS_TRANSIT_FROM', 'IN_CDN_RANGE', 'OPERATED_BY'] as const;
/** Beside the chain: registration and DNS hosting of the domain. */
export const DOMAIN_EDGES = ['IN_DOMAIN', 'REGISTERED_VIA', 'RESOLD_BY', 'DELEGATED_TO', 'REGISTRY_STATE', 'PTR'] as const;

export function nodeDef(label: string): NodeDef | undefined {
  return NODES.find((n) => n.label === label);
}

export function relDef(type: string): RelDef | undefined {
  return RELS.find((r) => r.type === type);
}
