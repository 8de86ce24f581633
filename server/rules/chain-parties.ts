// The parties on one URL's chain, each with its role, country, EU membership, abuse contacts and
// the evidence behind it: what the addressee rules read. One view per address of the URL.
import type { ChainReport } from '../chain/format-chain.ts';
import { isInEu } from './eu-member-states.ts';

export type PartyRole = 'hoster' | 'reseller' | 'upstream' | 'cdn' | 'registrar' | 'origin' | 'transit';

export interface Party {
  /** Organization key ("RIPE:ORG-…", "IANA:292", "NAME:Example CDN"), or the block key when no holder is known. */
  key: string;
  name: string;
  role: PartyRole;
  country: string | null;
  inEu: boolean | undefined;
  abuse: string[];
  /** The registry block that makes it a party (for hoster, reseller, upstream). */
  block?: { key: string; range: string; status: string | null } | undefined;
  evidenceIds: string[];
}

export interface AddressView {
  url: string;
  address: string;
  domain: string | undefined;
  /** Most specific first: hoster (when an assignment is registered), resellers, upstream. */
  blocks: Party[];
  cdn: (Party & { cidr: string })[];
  registrar: Party | undefined;
}

const ev = (...ids: (string | null | undefined)[]) => ids.filter((i): i is string => typeof i === 'string' && i !== '');

export function addressViews(chain: ChainReport): AddressView[] {
  const d = chain.domain;
  const registrar: Party | undefined = d?.registrar
    ? { key: d.registrarKey ?? `NAME:${d.registrar}`, name: d.registrar, role: 'registrar', country: null, inEu: undefined, abuse: d.registrarAbuse, evidenceIds: [] }
    : undefined;
  return chain.addresses.map((a) => ({
    url: chain.url,
    address: a.address,
    domain: d?.domain,
    registrar,
    cdn: a.cdn.map((c) => ({ key: c.operatorKey ?? `NAME:${c.provider}`, name: c.provider, role: 'cdn' as const, country: null, inEu: undefined, abuse: c.abuse, cidr: c.cidr, evidenceIds: ev(c.evidenceId) })),
    blocks: a.blocks.map((b) => {
      const country = b.holderCountry ?? b.blockCountry;
      const range = b.prefixLength === null ? `${b.start} - ${b.end}` : `${b.start}/${b.prefixLength}`;
      return {
        key: b.holderKey ?? b.key, name: b.holder ?? `holder of ${range}`, role: b.role, country, inEu: isInEu(country), abuse: b.abuse,
        block: { key: b.key, range, status: b.status }, evidenceIds: ev(b.evidenceId),
      };
    }),
  }));
}
