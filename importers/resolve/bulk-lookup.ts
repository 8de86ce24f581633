// Bulk data first: when imported registry dumps (or CAIDA / route objects) already hold an
// address, its place in the chain is stated from them, with the import run as evidence, and no
// live query is made. A live query is made only where bulk data is missing or older than the
// freshness window, and the resolution says which it used.
import type { GraphDb } from '../../server/db/driver.ts';
import type { Observation } from '../core/importer.ts';
import { coveringCidrStarts, ipToKey } from '../core/ip-key.ts';
import { upsertObservation } from '../core/upsert.ts';
import { ipRefOf, netblockRef } from '../registry/network-facts.ts';
import type { BlockIndex } from './block-index.ts';
import { MOST_SPECIFIC_BLOCK, MOST_SPECIFIC_ROUTES } from './bulk-lookup-cypher.ts';

/** Sources that are bulk imports; a live answer found in the graph is not "bulk data". */
const BULK_SOURCES = new Set(['ripe-db', 'rir-delegated', 'caida']);
export const DEFAULT_BULK_MAX_AGE_MS = 31 * 86_400_000;

interface Hit {
  key: string;
  evidenceId: string;
  source: string | null;
  observedAt: string | null;
}

export interface BulkResolution {
  /** The most specific block from bulk data, when fresh. */
  block: string | undefined;
  /** Routed prefixes (most specific) from bulk data, when fresh. */
  routes: string[];
  /** Why a live query is still needed, for the job's report. */
  notes: string[];
  /** How the block was found: the job's in-process index, or a Cypher seek. */
  lookup: 'index' | 'cypher';
}

const fresh = (h: Hit, now: Date, maxAgeMs: number) => h.source !== null && BULK_SOURCES.has(h.source) && h.observedAt !== null && now.getTime() - new Date(h.observedAt).getTime() <= maxAgeMs;

export async function resolveFromBulk(db: GraphDb, ip: string, now: Date, maxAgeMs = DEFAULT_BULK_MAX_AGE_MS, blockIndex?: BlockIndex): Promise<BulkResolution> {
  const key = ipToKey(ip);
  // A job's in-process index of the imported blocks when it has one, else one Cypher seek.
  const block: Hit | undefined = blockIndex !== undefined ? blockIndex.mostSpecific(key) : (await db.read<Hit>(MOST_SPECIFIC_BLOCK, { key }))[0];
  const routes = await db.read<Hit>(MOST_SPECIFIC_ROUTES, { key, starts: coveringCidrStarts(ip), limit: 8 });
  const notes: string[] = [];
  const address = ipRefOf(ip);
  const useBlock = block !== undefined && fresh(block, now, maxAgeMs);
  if (block !== undefined && !useBlock && block.source !== null && BULK_SOURCES.has(block.source)) notes.push(`bulk block ${block.key} is older than the freshness window`);
  if (useBlock) await state(db, { facts: [{ kind: 'rel', type: 'IN_NETBLOCK', from: address, to: netblockRef(block.key) }], scope: [{ from: address, rel: 'IN_NETBLOCK' }] }, block, now);
  const freshRoutes = routes.filter((r) => fresh(r, now, maxAgeMs));
  // One statement per import run the routes come from (RIR route objects, CAIDA).
  for (const [evidenceId, group] of groupByEvidence(freshRoutes)) {
    const obs: Observation = { facts: group.map((r) => ({ kind: 'rel', type: 'IN_ROUTE', from: address, to: { label: 'Route', key: { key: r.key } } })), scope: [{ from: address, rel: 'IN_ROUTE' }] };
    await state(db, obs, { ...group[0]!, evidenceId }, now);
  }
  return { block: useBlock ? block.key : undefined, routes: freshRoutes.map((r) => r.key), notes, lookup: blockIndex !== undefined ? 'index' : 'cypher' };
}

function groupByEvidence(hits: Hit[]): Map<string, Hit[]> {
  const m = new Map<string, Hit[]>();
  for (const h of hits) m.set(h.evidenceId, [...(m.get(h.evidenceId) ?? []), h]);
  return m;
}

/** The address's IpAddress node exists (the URL or DNS step made it); the fact cites the run. */
async function state(db: GraphDb, obs: Observation, hit: Hit, now: Date): Promise<void> {
  await upsertObservation(db, obs, { evidenceId: hit.evidenceId, source: hit.source ?? 'ripe-db', observedAt: now });
}
