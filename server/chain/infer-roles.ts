// Roles on the chain of one address, from the registry hierarchy and routing together (DESIGN.md,
// "The hosting chain of one URL"):
// - the most specific object is an assignment: its holder is the hoster (registered);
// - no assignment, and the most specific object's holder announces it from its own AS: the holder
//   hosts the address itself (inferred; a cloud provider's own allocation);
// - no assignment, and the AS announcing it is held by an organisation that holds none of the
//   blocks: leased space; the announcing network is the presumed hoster and the block's holder the
//   lessor above it (presumed);
// - otherwise the hoster is unknown and the registry's words give the other roles: sub-allocations
//   are resellers, the RIR allocation is the upstream.
// Every role carries its basis and its reason in words with the evidence ids it rests on.
import { isAssignment, isResale, isRirAllocation } from '../../importers/registry/block-status.ts';
import type { ChainAddress, ChainBlock, ChainOrigin } from '../queries/chain.ts';
import { partyCountry, type PartyCountry } from './party-country.ts';
import type { BlockRole, RoleBasis } from './party-roles.ts';
import { sameParty } from './same-party.ts';

export interface RoledBlock extends ChainBlock, PartyCountry {
  role: BlockRole;
  basis: RoleBasis;
  /** Why this holder has this role, in words. */
  why: string;
}

/** The party that stores the material, whichever way it is known. */
export interface HosterFinding extends PartyCountry {
  key: string;
  name: string;
  basis: RoleBasis;
  why: string;
  abuse: string[];
  evidenceIds: string[];
  /** The block it holds (registered or inferred); absent when presumed from routing alone. */
  block: RoledBlock | undefined;
  /** The AS it announces from, when routing decided it. */
  asn: number | undefined;
}

export interface AddressRoles {
  blocks: RoledBlock[];
  hoster: HosterFinding | undefined;
}

export const rangeText = (b: Pick<ChainBlock, 'start' | 'end' | 'prefixLength'>) => (b.prefixLength === null ? `${b.start} - ${b.end}` : `${b.start}/${b.prefixLength}`);
const holderName = (b: ChainBlock) => b.holder ?? `the holder of ${rangeText(b)}`;
const asText = (o: ChainOrigin) => `AS${o.asn}${o.holderName ?? o.asName ? ` (${o.holderName ?? o.asName})` : ''}`;
/** The evidence ids a statement rests on, each once, without the steps that have none. */
export const evidenceIds = (...xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => typeof x === 'string' && x !== ''))];

/** The registry's words alone: assignment → hoster, sub-allocations → resellers, the allocation → upstream. */
function registryRole(b: ChainBlock, i: number, count: number): BlockRole {
  if (isRirAllocation(b.status) || (i === count - 1 && !isAssignment(b.status) && !isResale(b.status))) return 'upstream';
  if (i === 0 && isAssignment(b.status)) return 'hoster';
  return 'reseller';
}

function registryWhy(b: ChainBlock, role: BlockRole, address: string): string {
  const what = `${holderName(b)} holds ${rangeText(b)} (${b.status ?? 'no status stated'})`;
  if (role === 'hoster') return `${what}, the most specific registry object covering ${address}`;
  if (role === 'reseller') return `${what}, between the most specific object and the allocation: it passed the space on`;
  return `${what}, the allocation from the regional registry: it rents the space out`;
}

/** Does this origin AS belong to the block's holder? By key or name, else by the registry object naming the AS itself. */
function announcedByHolder(b: ChainBlock, o: ChainOrigin): 'key' | 'name' | 'registry-origin' | undefined {
  const match = sameParty({ key: o.holderKey, names: [o.holderName, o.asName] }, { key: b.holderKey, names: [b.holder] });
  if (match.same) return match.by;
  const holderKnown = o.holderKey !== null || o.holderName !== null;
  return !holderKnown && b.registeredOrigins.includes(o.asn) ? 'registry-origin' : undefined;
}

const MATCH_WORDS = { key: 'held by the same registry organisation', name: 'held by the same organisation, matched by name', 'registry-origin': 'the origin its own registry object names' } as const;

export function inferRoles(a: Pick<ChainAddress, 'address' | 'blocks' | 'origins'>): AddressRoles {
  const blocks: RoledBlock[] = a.blocks.map((b, i) => {
    const role = registryRole(b, i, a.blocks.length);
    return { ...b, ...partyCountry(b.holderCountry, b.blockCountry), role, basis: 'registered', why: registryWhy(b, role, a.address) };
  });
  const first = blocks[0];
  if (first === undefined) return { blocks, hoster: undefined };
  if (first.role === 'hoster') return { blocks, hoster: hosterOfBlock(first, first.why, 'registered', undefined) };
  for (const o of a.origins) {
    const by = announcedByHolder(first, o);
    if (by === undefined) continue;
    const why = `${holderName(first)} holds ${rangeText(first)} (${first.status ?? 'no status stated'}), the most specific registry object covering ${a.address}, with no assignment below it, and announces it from its own ${asText(o)} (${MATCH_WORDS[by]})`;
    blocks[0] = { ...first, role: 'hoster', basis: 'inferred', why };
    return { blocks, hoster: hosterOfBlock(blocks[0], why, 'inferred', o) };
  }
  const leased = a.origins.find((o) => (o.holderKey !== null || o.holderName !== null) && blocks.every((b) => announcedByHolder(b, o) === undefined));
  if (leased === undefined) return { blocks, hoster: undefined };
  const asHolder = leased.holderName ?? leased.asName ?? `AS${leased.asn}`;
  const why = `${asText(leased)} announces ${leased.prefix}, which the registry gives to ${holderName(first)} (${rangeText(first)}, ${first.status ?? 'no status stated'}) with no assignment to ${asHolder}: leased space, presumably hosted by the announcing network`;
  blocks[0] = { ...first, role: 'lessor', basis: 'presumed', why: `${holderName(first)} holds ${rangeText(first)} (${first.status ?? 'no status stated'}) but ${asText(leased)}, another organisation, announces it: presumed to lease the space to that network` };
  return {
    blocks,
    hoster: {
      key: leased.holderKey ?? `AS${leased.asn}`, name: asHolder, ...partyCountry(leased.holderCountry, leased.asCountry, 'as'), basis: 'presumed', why, abuse: [],
      evidenceIds: evidenceIds(leased.evidenceId, leased.holderEvidenceId, first.evidenceId), block: undefined, asn: leased.asn,
    },
  };
}

function hosterOfBlock(b: RoledBlock, why: string, basis: RoleBasis, o: ChainOrigin | undefined): HosterFinding {
  return {
    key: b.holderKey ?? b.key, name: holderName(b), country: b.country, countryFrom: b.countryFrom, basis, why, abuse: b.abuse,
    evidenceIds: evidenceIds(b.evidenceId, b.holderEvidenceId, o?.evidenceId, o?.holderEvidenceId), block: b, asn: o?.asn,
  };
}
