// The addressee suggestion for a case or a list of URLs: each URL's chain as the graph holds it
// now, the record of every party that may be addressed, then the rule table (server/rules/).
import { withRoles } from '../chain/chain-report.ts';
import type { GraphDb } from '../db/driver.ts';
import { addressViews, type AddressView } from '../rules/chain-parties.ts';
import type { Material, RuleTable } from '../rules/rule-table.ts';
import { groupProposals, type AddresseeGroup } from '../rules/suggest.ts';
import { findChainForUrl, type ChainCache } from './chain.ts';
import { chainParties, nameCdnsByRegistry, skippedParties, type SkippedParty } from '../addressees/chain-party-notes.ts';
import type { Party } from '../rules/chain-parties.ts';
import { ORDER_WAS_LATE } from '../orders/order-late.ts';

const CASE_URLS = `MATCH (u:Url)-[:IN_CASE]->(:Case {id: $caseId}) RETURN u.url AS url ORDER BY url LIMIT $limit`;

// A party's record: orders it received that it did not comply with in time (late, even if
// complied later, or not complied at all). Read from the orders (few) towards the parties: a
// party pattern without a label would scan every node of a graph holding a whole RIR.
const UNANSWERED = `
MATCH (o:Order)-[:ADDRESSED_TO]->(p)
WHERE p.key IN $keys AND (o.status = 'not-complied' OR ${ORDER_WAS_LATE})
RETURN p.key AS key, count(o) AS unanswered`;

export interface AddresseeQuery {
  caseId?: string | undefined;
  urls?: string[] | undefined;
  material: Material;
  homeCountry: string;
  dedicatedDomains?: string[] | undefined;
}

export interface AddresseeAnswer {
  groups: AddresseeGroup[];
  /** URLs with no chain in the graph yet (not resolved), or no registry data for any address. */
  unresolved: string[];
  /** Every party on the chains, for an override to any of them. */
  parties: Party[];
  /** Parties no group addresses, and why. */
  skipped: SkippedParty[];
  /** The registrable domains of the URLs (any may be marked as dedicated to the material). */
  domains: string[];
}

export const MAX_CASE_URLS = 20_000;
const CHAIN_READS = 16;

export async function suggestAddressees(db: GraphDb, table: RuleTable, q: AddresseeQuery): Promise<AddresseeAnswer> {
  const urls = [...new Set([...(q.urls ?? []), ...(q.caseId === undefined ? [] : (await db.read<{ url: string }>(CASE_URLS, { caseId: q.caseId, limit: MAX_CASE_URLS })).map((r) => r.url))])];
  const views: AddressView[] = [];
  const unresolved: string[] = [];
  // Chains are read CHAIN_READS at a time (each is a handful of index seeks); the result keeps the URL order.
  const perUrl: AddressView[][] = [];
  // URLs on one host share its chain: read once per host.
  const hosts: ChainCache = new Map();
  for (let i = 0; i < urls.length; i += CHAIN_READS) {
    const slice = urls.slice(i, i + CHAIN_READS);
    const chains = await Promise.all(slice.map((url) => findChainForUrl(db, url, { cache: hosts })));
    chains.forEach((chain) => perUrl.push(chain === undefined ? [] : nameCdnsByRegistry(addressViews(withRoles(chain)).filter((a) => a.blocks.length > 0 || a.cdn.length > 0))));
  }
  perUrl.forEach((v, i) => {
    if (v.length === 0) unresolved.push(urls[i]!);
    views.push(...v);
  });
  const keys = [...new Set(views.flatMap((v) => [...v.blocks.map((b) => b.key), ...(v.hoster === undefined ? [] : [v.hoster.key])]))];
  const record = new Map((await db.read<{ key: string; unanswered: number }>(UNANSWERED, { keys })).map((r) => [r.key, Number(r.unanswered)]));
  const dedicated = new Set(q.dedicatedDomains ?? []);
  const groups = groupProposals(views, { table, material: q.material, homeCountry: q.homeCountry, dedicatedDomains: dedicated, unanswered: (k) => record.get(k) ?? 0 });
  const domains = [...new Set(views.flatMap((v) => (v.domain === undefined ? [] : [v.domain])))].sort();
  return { groups, unresolved, parties: chainParties(views), skipped: skippedParties(views, groups, dedicated), domains };
}
