// Facts of one bulk-dump record (importers/bulk/rpsl-records.ts), in the same nodes the live
// sources use: a block is the Netblock "<registry> <start>-<end>" whether RDAP, WHOIS or the dump
// reported it. References between objects (org:, abuse-c:) are kept as keys on the node and
// linked after the run (abuse-links.ts), because a dump's objects come in any order, often in
// separate split files.
import type { Fact, NodeRef, Observation } from '../core/importer.ts';
import { cidrToRange, rangeOf } from '../core/ip-key.ts';
import type { AutnumRecord, NetblockRecord, OrganisationRecord, RoleRecord, RouteRecord, RpslRecord } from '../bulk/rpsl-records.ts';
import { firstDescrLine } from '../registry/holder-names.ts';
import { netblockRef, orgRef } from '../registry/network-facts.ts';

/** Every fact of a dump record belongs to the dataset "<registry>:<object class>". */
export function datasetOf(r: RpslRecord): string {
  return `${r.registry}:${r.kind}`;
}

/** "<registry>:<handle>": how abuse-c and org: references are matched to roles and organisations. */
export const handleKey = (registry: string, handle: string) => `${registry}:${handle.toUpperCase()}`;

export function rpslRecordFacts(r: RpslRecord): Observation {
  switch (r.kind) {
    case 'netblock':
      return netblockFacts(r);
    case 'organisation':
      return organisationFacts(r);
    case 'role':
      return roleFacts(r);
    case 'autnum':
      return autnumFacts(r);
    case 'route':
      return routeFacts(r);
  }
}

/**
 * The holder an object names and its HELD_BY edge: the org: handle (its organisation object names
 * it), else LACNIC's owner: name, else the first descr: line (APNIC, legacy RIPE). A holder named
 * without a handle is "<registry>:NAME:<name>": one name in one registry is one party.
 */
function holderFacts(self: NodeRef, r: { registry: string; org: string | undefined; ownerName: string | undefined; descr?: string | undefined }): Fact[] {
  if (r.org !== undefined) {
    const org = orgRef(handleKey(r.registry, r.org));
    return [{ kind: 'node', ...org, props: { handle: r.org.toUpperCase(), registry: r.registry } }, { kind: 'rel', type: 'HELD_BY', from: self, to: org, props: { nameFrom: 'org-name' } }];
  }
  const [name, nameFrom] = r.ownerName !== undefined ? [r.ownerName, 'owner'] : [firstDescrLine(r.descr), 'descr'];
  if (name === undefined) return [];
  const owner = orgRef(`${r.registry}:NAME:${name}`);
  return [{ kind: 'node', ...owner, props: { name, registry: r.registry } }, { kind: 'rel', type: 'HELD_BY', from: self, to: owner, props: { nameFrom } }];
}

function netblockFacts(r: NetblockRecord): Observation {
  const range = rangeOf(r.start, r.end);
  const self = netblockRef(`${r.registry} ${range.start}-${range.end}`);
  const facts: Fact[] = [{
    kind: 'node', ...self,
    props: {
      registry: r.registry, handle: r.handle, name: r.netname ?? null, status: r.status ?? null, country: r.country ?? null, parentHandle: r.parent ?? null,
      maintainers: r.mntBy, start: range.start, end: range.end, rangeStart: range.rangeStart, rangeEnd: range.rangeEnd, family: range.family, prefixLength: range.prefixLength ?? null,
      abuseKey: r.abuseC === undefined ? null : handleKey(r.registry, r.abuseC),
    },
  }, ...holderFacts(self, r)];
  return { facts, scope: [] };
}

function organisationFacts(r: OrganisationRecord): Observation {
  const self = orgRef(handleKey(r.registry, r.handle));
  return {
    facts: [{ kind: 'node', ...self, props: { handle: r.handle.toUpperCase(), registry: r.registry, name: r.name ?? null, country: r.country ?? null, kind: 'org', abuseKey: r.abuseC === undefined ? null : handleKey(r.registry, r.abuseC) } }],
    scope: [],
  };
}

function roleFacts(r: RoleRecord): Observation {
  return { facts: [{ kind: 'node', label: 'Role', key: { key: handleKey(r.registry, r.handle) }, props: { handle: r.handle.toUpperCase(), registry: r.registry, abuseMailbox: r.abuseMailbox?.toLowerCase() ?? null } }], scope: [] };
}

function autnumFacts(r: AutnumRecord): Observation {
  const self: NodeRef = { label: 'AutonomousSystem', key: { number: r.number } };
  return { facts: [{ kind: 'node', ...self, props: { name: r.asName ?? null, registry: r.registry } }, ...holderFacts(self, r)], scope: [] };
}

function routeFacts(r: RouteRecord): Observation {
  const range = cidrToRange(r.prefix);
  const self: NodeRef = { label: 'Route', key: { key: `${r.prefix} AS${r.origin}` } };
  const as: NodeRef = { label: 'AutonomousSystem', key: { number: r.origin } };
  return {
    facts: [
      { kind: 'node', ...self, props: { prefix: r.prefix, prefixLength: range.prefixLength ?? null, rangeStart: range.rangeStart, rangeEnd: range.rangeEnd, family: range.family } },
      { kind: 'node', ...as },
      { kind: 'rel', type: 'ORIGINATED_BY', from: self, to: as, props: { registry: r.registry } },
    ],
    scope: [],
  };
}
