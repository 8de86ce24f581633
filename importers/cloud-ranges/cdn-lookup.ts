// Which published CDN / cloud ranges hold an address, and marking the address as fronted by them.
// The lookup is an exact seek on the start keys of the CIDR blocks that can hold the address
// (CDN ranges are CIDR blocks), so it stays one index seek however many ranges are imported.
import type { GraphDb } from '../../server/db/driver.ts';
import type { Observation } from '../core/importer.ts';
import { coveringCidrStarts, ipToKey } from '../core/ip-key.ts';
import { upsertObservation } from '../core/upsert.ts';

const RANGES_HOLDING = `
MATCH (c:CdnRange) WHERE c.rangeStart IN $starts AND c.rangeEnd >= $key
MATCH (c)-[:OPERATED_BY {open: true}]->(o:Organization)
RETURN c.key AS key, c.provider AS provider, c.service AS service, c.lastEvidenceId AS evidenceId, o.key AS operatorKey
ORDER BY c.rangeStart DESC, key LIMIT $limit`;

export interface CdnRangeHit {
  key: string;
  provider: string;
  service: string | null;
  evidenceId: string;
  operatorKey: string;
}

export async function cdnRangesHolding(db: GraphDb, ip: string): Promise<CdnRangeHit[]> {
  return db.read<CdnRangeHit>(RANGES_HOLDING, { starts: coveringCidrStarts(ip), key: ipToKey(ip), limit: 50 });
}

/**
 * States IN_CDN_RANGE for the address from the imported lists, with the import run of each list
 * as evidence, and ends the marks of ranges that no longer hold it. Returns the providers found.
 */
export async function markCdnFronting(db: GraphDb, ip: string, observedAt: Date): Promise<CdnRangeHit[]> {
  const hits = await cdnRangesHolding(db, ip);
  const address = { label: 'IpAddress', key: { address: ip } };
  const byEvidence = new Map<string, CdnRangeHit[]>();
  for (const h of hits) byEvidence.set(h.evidenceId, [...(byEvidence.get(h.evidenceId) ?? []), h]);
  for (const [evidenceId, group] of byEvidence) {
    const obs: Observation = { facts: group.map((h) => ({ kind: 'rel', type: 'IN_CDN_RANGE', from: address, to: { label: 'CdnRange', key: { key: h.key } } })), scope: [] };
    await upsertObservation(db, obs, { evidenceId, source: 'cloud-ranges', observedAt });
  }
  // Marks whose range no longer holds the address (a re-imported list dropped it) are ended.
  await db.write(END_STALE_MARKS, { address: ip, keep: hits.map((h) => h.key), observedAt: observedAt.toISOString() });
  return hits;
}

const END_STALE_MARKS = `
MATCH (:IpAddress {address: $address})-[r:IN_CDN_RANGE {open: true}]->(c:CdnRange)
WHERE NOT c.key IN $keep
SET r.open = false, r.endedAt = datetime($observedAt)`;
