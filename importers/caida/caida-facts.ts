// CAIDA datasets as facts. prefix2as: the routed prefix and each origin AS (multi-origin
// prefixes and AS sets give one route per AS, marked). AS relationships: customer → provider
// (BUYS_TRANSIT_FROM) and peers (PEERS_WITH). AS-to-organisation: the AS's name and holder.
import type { Fact, NodeRef, Observation } from '../core/importer.ts';
import { cidrToRange } from '../core/ip-key.ts';
import type { AsOrgAsn, AsOrgOrganization } from '../bulk/caida-as-org.ts';
import type { PeeringRecord, TransitRecord } from '../bulk/caida-as-rel.ts';
import type { Prefix2AsRecord } from '../bulk/caida-prefix2as.ts';

const as = (number: number): NodeRef => ({ label: 'AutonomousSystem', key: { number } });

export function prefixOriginFacts(r: Prefix2AsRecord): Observation {
  const range = cidrToRange(r.prefix);
  const facts: Fact[] = [];
  for (const origin of r.origins) {
    const route: NodeRef = { label: 'Route', key: { key: `${r.prefix} AS${origin}` } };
    facts.push(
      { kind: 'node', ...route, props: { prefix: r.prefix, prefixLength: range.prefixLength ?? null, rangeStart: range.rangeStart, rangeEnd: range.rangeEnd, family: range.family, multiOrigin: r.multiOrigin, asSet: r.asSet } },
      { kind: 'node', ...as(origin) },
      { kind: 'rel', type: 'ORIGINATED_BY', from: route, to: as(origin) },
    );
  }
  return { facts, scope: [] };
}

export function relationshipFacts(r: TransitRecord | PeeringRecord): Observation {
  if (r.kind === 'transit') {
    return { facts: [{ kind: 'node', ...as(r.customer) }, { kind: 'node', ...as(r.provider) }, { kind: 'rel', type: 'BUYS_TRANSIT_FROM', from: as(r.customer), to: as(r.provider), props: { inferredFrom: r.sources.join(',') || null } }], scope: [] };
  }
  return { facts: [{ kind: 'node', ...as(r.peerA) }, { kind: 'node', ...as(r.peerB) }, { kind: 'rel', type: 'PEERS_WITH', from: as(r.peerA), to: as(r.peerB), props: { inferredFrom: r.sources.join(',') || null } }], scope: [] };
}

export const caidaOrgKey = (orgId: string) => `CAIDA:${orgId}`;

export function asOrgFacts(r: AsOrgOrganization | AsOrgAsn): Observation {
  if (r.kind === 'organization') {
    return { facts: [{ kind: 'node', label: 'Organization', key: { key: caidaOrgKey(r.orgId) }, props: { handle: r.orgId, name: r.name, country: r.country ?? null, kind: 'org', registry: 'CAIDA' } }], scope: [] };
  }
  const org: NodeRef = { label: 'Organization', key: { key: caidaOrgKey(r.orgId) } };
  return { facts: [{ kind: 'node', ...as(r.asn), props: { name: r.name } }, { kind: 'node', ...org, props: { handle: r.orgId } }, { kind: 'rel', type: 'HELD_BY', from: as(r.asn), to: org }], scope: [] };
}
