// RIR delegated-extended statistics as facts: which registry delegated which block or AS
// numbers, to which country, when, and the holder's opaque id (stable across one RIR's records,
// so the blocks of one holder can be grouped). A delegated block is the same Netblock node as the
// allocation object of the registry's dump ("<registry> <start>-<end>").
import type { NodeFact, Observation } from '../core/importer.ts';
import { rangeOf } from '../core/ip-key.ts';
import type { DelegationRecord } from '../bulk/rir-delegated.ts';
import { netblockRef } from '../registry/network-facts.ts';
import { RIRS } from '../registry/rirs.ts';

const REGISTRY: Record<string, string> = { ...Object.fromEntries(RIRS.flatMap((r) => r.statsNames.map((n) => [n, r.rir]))), iana: 'IANA' };

export const registryOfStats = (name: string) => REGISTRY[name.toLowerCase()] ?? name.toUpperCase();

/** Available and reserved space is delegated to nobody: it states no fact. */
export const isDelegated = (r: DelegationRecord) => r.status === 'allocated' || r.status === 'assigned';

/** AS number ranges larger than this are recorded on their first AS only (never seen in practice). */
const MAX_ASNS_PER_RECORD = 65_536;

export function delegationFacts(r: DelegationRecord): Observation {
  const registry = registryOfStats(r.registry);
  const common = { delegatedBy: registry, delegationStatus: r.status, delegatedOn: r.date ?? null, delegatedCountry: r.country ?? null, holderOpaqueId: r.opaqueId ?? null };
  if (r.type === 'asn') {
    const facts: NodeFact[] = [];
    for (let n = r.start; n <= Math.min(r.end, r.start + MAX_ASNS_PER_RECORD - 1); n += 1) facts.push({ kind: 'node', label: 'AutonomousSystem', key: { number: n }, props: { ...common, registry } });
    return { facts, scope: [] };
  }
  const range = rangeOf(r.start, r.end);
  return {
    facts: [{
      kind: 'node', ...netblockRef(`${registry} ${range.start}-${range.end}`),
      props: { ...common, registry, start: range.start, end: range.end, rangeStart: range.rangeStart, rangeEnd: range.rangeEnd, family: range.family, prefixLength: range.prefixLength ?? null, country: r.country ?? null },
    }],
    scope: [],
  };
}
