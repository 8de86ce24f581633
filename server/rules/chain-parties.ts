// The parties on one URL's chain, each with its role, the basis of that role and why, country
// (and where it comes from), EU membership, abuse contacts and the evidence behind it: what the
// addressee rules read. One view per address of the URL; the roles come from the chain report
// (server/chain/infer-roles.ts), so the rules and every view agree on who the hoster is.
import type { ChainReport, ReportAddress } from '../chain/chain-report.ts';
import { evidenceIds, rangeText, type HosterFinding, type RoledBlock } from '../chain/infer-roles.ts';
import type { CountrySource } from '../chain/party-country.ts';
import type { PartyRole, RoleBasis } from '../chain/party-roles.ts';
import { isInEu } from './eu-member-states.ts';

export type { PartyRole } from '../chain/party-roles.ts';

export interface Party {
  /** Organization key ("RIPE:ORG-…", "IANA:292", "NAME:Example CDN"), the block key when no holder is known, AS<n> for an AS without one. */
  key: string;
  name: string;
  role: PartyRole;
  country: string | null;
  countryFrom: CountrySource | null;
  inEu: boolean | undefined;
  abuse: string[];
  basis: RoleBasis;
  /** Why it has this role, in words (empty for roles that need no reading, such as the registrar). */
  why: string;
  /** The registry block that makes it a party (for hoster, reseller, lessor, upstream). */
  block?: { key: string; range: string; status: string | null } | undefined;
  evidenceIds: string[];
}

export interface AddressView {
  url: string;
  address: string;
  domain: string | undefined;
  /** Who stores the material here (registered, inferred or presumed); undefined when unknown. */
  hoster: Party | undefined;
  /** Block holders, most specific first, each in its role (the hoster's own block included). */
  blocks: Party[];
  cdn: (Party & { cidr: string })[];
  registrar: Party | undefined;
  /** Set when the view is of the last known chain: the moment the name stopped resolving to it. */
  lastKnownEndedAt: string | undefined;
}

export function blockParty(b: RoledBlock): Party {
  const range = rangeText(b);
  return {
    key: b.holderKey ?? b.key, name: b.holder ?? `holder of ${range}`, role: b.role, country: b.country, countryFrom: b.countryFrom, inEu: isInEu(b.country), abuse: b.abuse,
    basis: b.basis, why: b.why, block: { key: b.key, range, status: b.status }, evidenceIds: evidenceIds(b.evidenceId, b.holderEvidenceId),
  };
}

export function hosterParty(h: HosterFinding): Party {
  const block = h.block === undefined ? undefined : { key: h.block.key, range: rangeText(h.block), status: h.block.status };
  return { key: h.key, name: h.name, role: 'hoster', country: h.country, countryFrom: h.countryFrom, inEu: isInEu(h.country), abuse: h.abuse, basis: h.basis, why: h.why, block, evidenceIds: h.evidenceIds };
}

function viewOf(chain: ChainReport, a: ReportAddress, registrar: Party | undefined, lastKnownEndedAt: string | undefined): AddressView {
  return {
    url: chain.url,
    address: a.address,
    domain: chain.domain?.domain,
    registrar,
    hoster: a.hoster === undefined ? undefined : hosterParty(a.hoster),
    cdn: a.cdn.map((c) => ({
      key: c.operatorKey ?? `NAME:${c.provider}`, name: c.provider, role: 'cdn' as const, country: null, countryFrom: null, inEu: undefined, abuse: c.abuse, cidr: c.cidr,
      basis: 'registered' as const, why: `${a.address} lies in ${c.cidr}, a range ${c.provider} publishes`, evidenceIds: evidenceIds(c.evidenceId),
    })),
    blocks: a.blocks.map(blockParty),
    lastKnownEndedAt,
  };
}

/** One view per address of the chain in force; of the last known chain when the name no longer resolves. */
export function addressViews(chain: ChainReport): AddressView[] {
  const acting = chain.addresses.length === 0 && chain.lastKnown !== undefined ? chain.lastKnown.chain : chain;
  const endedAt = acting === chain ? undefined : chain.lastKnown?.endedAt;
  const d = chain.domain ?? acting.domain;
  const name = d?.registrar ?? d?.lastRegistrar?.name ?? null;
  const registrar: Party | undefined =
    d && name
      ? {
          key: d.registrar ? (d.registrarKey ?? `NAME:${name}`) : (d.lastRegistrar?.key ?? `NAME:${name}`), name, role: 'registrar', country: null, countryFrom: null, inEu: undefined,
          abuse: d.registrar ? d.registrarAbuse : [], basis: 'registered', why: d.registrar ? (d.registrarIsLast ? `the registry names ${name} as the last registrar of ${d.domain}` : `the registrar of ${d.domain}`) : `the last registrar of ${d.domain} (its registration ended ${d.lastRegistrar?.endedAt})`,
          evidenceIds: evidenceIds(d.registrarEvidenceId, d.lastRegistrar?.evidenceId),
        }
      : undefined;
  return acting.addresses.map((a) => viewOf({ ...acting, url: chain.url }, a, registrar, endedAt));
}
