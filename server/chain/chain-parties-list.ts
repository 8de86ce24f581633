// Every party on one URL's chain, once per role: the hoster, resellers and upstream from the
// registry blocks, the CDN in front, the origin AS's holder and its transit providers, the
// registrar, and the regional registry that registered the address space. Each with its country
// and EU membership; the GraphQL layer adds its record of orders. Built on the same views the
// addressee rules read (rules/chain-parties.ts), so the chain view and the suggestion agree.
import { addressViews, type PartyRole } from '../rules/chain-parties.ts';
import { isInEu } from '../rules/eu-member-states.ts';
import type { ChainReport } from './format-chain.ts';

export type ChainPartyRole = PartyRole | 'registry';

export interface ChainParty {
  role: ChainPartyRole;
  key: string;
  name: string;
  country: string | null;
  inEu: boolean | undefined;
  abuse: string[];
  /** The addresses of the URL this party serves in this role. */
  addresses: string[];
  evidenceIds: string[];
}

/** RIR names as the block keys spell them ("RIPE 192.0.2.0-192.0.2.255"). */
const RIR_NAMES: Record<string, { name: string; country: string | null }> = {
  RIPE: { name: 'RIPE NCC', country: 'NL' }, ARIN: { name: 'ARIN', country: 'US' }, APNIC: { name: 'APNIC', country: 'AU' },
  LACNIC: { name: 'LACNIC', country: 'UY' }, AFRINIC: { name: 'AFRINIC', country: 'MU' },
};

export function chainParties(chain: ChainReport): ChainParty[] {
  const parties = new Map<string, ChainParty>();
  const add = (p: Omit<ChainParty, 'addresses' | 'inEu'>, address: string | undefined) => {
    const id = `${p.role} ${p.key}`;
    const seen = parties.get(id) ?? { ...p, inEu: isInEu(p.country), addresses: [], evidenceIds: [] };
    if (address !== undefined && !seen.addresses.includes(address)) seen.addresses.push(address);
    for (const e of p.evidenceIds) if (!seen.evidenceIds.includes(e)) seen.evidenceIds.push(e);
    parties.set(id, seen);
  };
  for (const view of addressViews(chain)) {
    for (const c of view.cdn) add({ ...c, role: 'cdn' }, view.address);
    for (const b of view.blocks) add(b, view.address);
    if (view.registrar !== undefined) add(view.registrar, undefined);
  }
  for (const a of chain.addresses) {
    for (const o of a.origins) {
      add({ role: 'origin', key: `AS${o.asn}`, name: o.name ?? `AS${o.asn}`, country: o.country, abuse: [], evidenceIds: o.evidenceId === null ? [] : [o.evidenceId] }, a.address);
      for (const t of o.transitProviders) add({ role: 'transit', key: `AS${t.asn}`, name: t.name ?? `AS${t.asn}`, country: null, abuse: [], evidenceIds: [] }, a.address);
    }
    const rir = a.blocks.at(-1)?.key.split(' ')[0];
    const known = rir === undefined ? undefined : RIR_NAMES[rir];
    if (rir !== undefined) add({ role: 'registry', key: `RIR:${rir}`, name: known?.name ?? rir, country: known?.country ?? null, abuse: [], evidenceIds: [] }, a.address);
  }
  return [...parties.values()];
}
