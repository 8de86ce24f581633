// Every party on one URL's chain, once per role: the hoster (however it is known), resellers,
// lessor and upstream from the registry blocks, the CDN in front, the origin AS's holder and its
// transit providers, the registrar and the domain's reseller, and the regional registry. Each
// with its role's basis and reason, country (and where it comes from) and EU membership; the
// GraphQL layer adds its record of orders. Built on the same views the addressee rules read
// (rules/chain-parties.ts), so the chain view and the suggestion agree.
import { addressViews, type Party } from '../rules/chain-parties.ts';
import { isInEu } from '../rules/eu-member-states.ts';
import type { ChainReport } from './chain-report.ts';
import { evidenceIds } from './infer-roles.ts';
import { partyCountry } from './party-country.ts';
import { RIR_NAMES } from './rir-names.ts';

export interface ChainParty extends Omit<Party, 'block'> {
  /** The addresses of the URL this party serves in this role. */
  addresses: string[];
  /** The registry block that makes it a party, as range text. */
  block: string | null;
  blockStatus: string | null;
}

export function chainParties(report: ChainReport): ChainParty[] {
  const parties = new Map<string, ChainParty>();
  const add = (p: Omit<Party, 'inEu'>, address: string | undefined) => {
    const id = `${p.role} ${p.key}`;
    const seen = parties.get(id) ?? { ...p, inEu: isInEu(p.country), addresses: [], evidenceIds: [], block: p.block?.range ?? null, blockStatus: p.block?.status ?? null };
    if (address !== undefined && !seen.addresses.includes(address)) seen.addresses.push(address);
    for (const e of p.evidenceIds) if (!seen.evidenceIds.includes(e)) seen.evidenceIds.push(e);
    parties.set(id, seen);
  };
  const chain = report.addresses.length === 0 && report.lastKnown !== undefined ? report.lastKnown.chain : report;
  for (const view of addressViews(report)) {
    for (const c of view.cdn) add(c, view.address);
    if (view.hoster !== undefined) add(view.hoster, view.address);
    for (const b of view.blocks) if (b.role !== 'hoster') add(b, view.address);
    if (view.registrar !== undefined) add(view.registrar, undefined);
  }
  const reseller = chain.domain?.reseller;
  if (reseller) add({ role: 'domain-reseller', key: `NAME:${reseller}`, name: reseller, country: null, countryFrom: null, abuse: [], basis: 'registered', why: `the registry names ${reseller} as the reseller of ${chain.domain?.domain}`, evidenceIds: [] }, undefined);
  for (const a of chain.addresses) {
    for (const o of a.origins) {
      const c = partyCountry(o.holderCountry, o.asCountry, 'as');
      add({ role: 'origin', key: o.holderKey ?? `AS${o.asn}`, name: o.name ?? `AS${o.asn}`, ...c, abuse: [], basis: 'registered', why: `AS${o.asn} announces ${o.prefix} (${o.source ?? 'routing data'})`, evidenceIds: evidenceIds(o.evidenceId, o.holderEvidenceId) }, a.address);
      for (const t of o.transitProviders) add({ role: 'transit', key: `AS${t.asn}`, name: t.name ?? `AS${t.asn}`, country: null, countryFrom: null, abuse: [], basis: 'registered', why: `AS${o.asn} buys transit from AS${t.asn} (CAIDA AS relationships)`, evidenceIds: [] }, a.address);
    }
    const rir = a.blocks.at(-1)?.key.split(' ')[0];
    const known = rir === undefined ? undefined : RIR_NAMES[rir];
    if (rir !== undefined) add({ role: 'registry', key: `RIR:${rir}`, name: known?.name ?? rir, country: known?.country ?? null, countryFrom: known ? 'organisation' : null, abuse: [], basis: 'registered', why: `the regional internet registry of ${a.blocks.at(-1)?.start ?? a.address}`, evidenceIds: [] }, a.address);
  }
  return [...parties.values()];
}
