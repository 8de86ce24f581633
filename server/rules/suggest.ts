// The addressee suggestion: every rule of the table (rule-table.ts) is tried on every address of
// every URL; the proposals are grouped by instrument and addressee, so one order covers all the
// URLs one party can act on, and each group carries the reasons and the evidence they rest on.
import type { AddressView, Party } from './chain-parties.ts';
import { isFlagRule, type Condition, type Flag, type FlagRule, type Instrument, type Material, type ProposalRule, type RuleTable, type Target } from './rule-table.ts';

export interface SuggestContext {
  table: RuleTable;
  material: Material;
  /** The authority's own member state: providers elsewhere in the EU are flagged. */
  homeCountry: string;
  /** Domains the user marked as dedicated to the material. */
  dedicatedDomains: ReadonlySet<string>;
  /** Orders a party received and did not comply with in time (from its record). */
  unanswered(partyKey: string): number;
}

export interface Reason {
  ruleId: string;
  url: string;
  address: string;
  text: string;
  evidenceIds: string[];
}

export interface Proposal {
  ruleId: string;
  instrument: Instrument;
  addressee: Party;
  reason: Reason;
  legalBasis: string | undefined;
  deadlineHours: number | undefined;
}

export interface RaisedFlag {
  ruleId: string;
  flag: Flag;
  party: Party;
  reason: Reason;
  /** The flag is about the URL's chain as a whole (e.g. the last known chain), not one party: every group of the URL carries it. */
  wholeChain?: boolean;
}

/** What a removal order may claim about its addressee, by how the hoster is known. */
const HOSTER_CLAIMS: Record<Party['basis'], string> = {
  registered: 'it is the hosting service provider that stores the material',
  inferred: 'it is the hosting service provider that stores the material (read from registry and routing data together)',
  presumed: 'it is presumed to be the hosting service provider that stores the material (no registry states it)',
};

const CHAIN_FLAGS: ReadonlySet<Flag> = new Set(['last-known-chain']);

export interface AddresseeGroup {
  instrument: Instrument;
  addressee: Party;
  urls: string[];
  legalBasis: string | undefined;
  deadlineHours: number | undefined;
  reasons: Reason[];
  flags: RaisedFlag[];
}

/** A hoster that left this many orders unanswered or late counts as unresponsive. */
export const UNRESPONSIVE_AFTER = 1;

const hosterOf = (v: AddressView) => v.hoster;

/** The holders above the hoster, nearest first: above its own block, or every block when the hoster is presumed from routing. */
function above(v: AddressView): Party[] {
  const hoster = hosterOf(v);
  const own = hoster?.block === undefined ? -1 : v.blocks.findIndex((b) => b.block?.key === hoster.block?.key);
  return v.blocks.slice(own + 1).filter((b) => b.key !== hoster?.key);
}

function conditionHolds(c: Condition, v: AddressView, ctx: SuggestContext): boolean {
  const hoster = hosterOf(v);
  switch (c) {
    case 'behind-cdn':
      return v.cdn.length > 0;
    case 'hoster-known':
      return hoster !== undefined;
    case 'hoster-unknown':
      return v.blocks.length > 0 && hoster === undefined;
    case 'hoster-presumed':
      return hoster?.basis === 'presumed';
    case 'chain-ended':
      return v.lastKnownEndedAt !== undefined;
    case 'hoster-outside-eu':
      return hoster?.inEu === false;
    case 'hoster-unresponsive':
      return hoster !== undefined && ctx.unanswered(hoster.key) >= UNRESPONSIVE_AFTER;
    case 'domain-dedicated':
      return v.domain !== undefined && ctx.dedicatedDomains.has(v.domain);
    case 'addressee-in-other-member-state':
      return false; // decided per proposal, below
  }
}

function targetOf(t: Target, v: AddressView): Party | undefined {
  const up = above(v);
  switch (t) {
    case 'cdn':
      return v.cdn[0];
    case 'hoster':
      return hosterOf(v);
    case 'most-specific-holder':
      return v.blocks[0];
    case 'next-up':
      return up[0];
    case 'next-up-in-eu':
      return up.find((b) => b.inEu === true);
    case 'registrar':
      return v.registrar;
  }
}

const holds = (when: string[], v: AddressView, ctx: SuggestContext) =>
  when.every((w) => (w.startsWith('not ') ? !conditionHolds(w.slice(4) as Condition, v, ctx) : conditionHolds(w as Condition, v, ctx)));

function fill(template: string, vars: Record<string, string | number | undefined | null>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '?'));
}

function varsOf(v: AddressView, ctx: SuggestContext, target?: Party): Record<string, string | number | undefined | null> {
  const hoster = hosterOf(v);
  const first = v.blocks[0];
  return {
    address: v.address, domain: v.domain, cdn: v.cdn[0]?.name, cdnRange: v.cdn[0]?.cidr,
    hoster: hoster?.name, hosterBlock: hoster?.block?.range, hosterStatus: hoster?.block?.status, hosterCountry: hoster?.country, hosterWhy: hoster?.why, hosterBasis: hoster?.basis, hosterClaim: hoster === undefined ? undefined : HOSTER_CLAIMS[hoster.basis],
    chainEndedAt: v.lastKnownEndedAt,
    holder: first?.name, holderBlock: first?.block?.range, holderStatus: first?.block?.status,
    target: target?.name, targetBlock: target?.block?.range, targetCountry: target?.country,
    registrar: v.registrar?.name, unanswered: hoster === undefined ? 0 : ctx.unanswered(hoster.key),
  };
}

/** Proposals and flags for one address of one URL. */
export function suggestForAddress(v: AddressView, ctx: SuggestContext): { proposals: Proposal[]; flags: RaisedFlag[] } {
  const proposals: Proposal[] = [];
  const flags: RaisedFlag[] = [];
  const reason = (rule: ProposalRule | FlagRule, party: Party | undefined, extra: Record<string, string | null | undefined> = {}): Reason => ({
    ruleId: rule.id, url: v.url, address: v.address, text: fill(rule.reason, { ...varsOf(v, ctx, party), ...extra }),
    evidenceIds: [...new Set([...(party?.evidenceIds ?? []), ...(hosterOf(v)?.evidenceIds ?? []), ...(v.cdn[0]?.evidenceIds ?? [])])],
  });
  const material = ctx.table.materials[ctx.material];
  for (const rule of ctx.table.rules) {
    if (isFlagRule(rule) || !holds(rule.when, v, ctx)) continue;
    const addressee = targetOf(rule.to, v);
    if (addressee === undefined) continue;
    const removal = rule.instrument === 'removal-order';
    proposals.push({ ruleId: rule.id, instrument: rule.instrument, addressee, reason: reason(rule, addressee), legalBasis: removal ? material.legalBasis : rule.legalBasis, deadlineHours: removal ? material.deadlineHours : undefined });
  }
  for (const rule of ctx.table.rules.filter(isFlagRule)) {
    const perAddressee = rule.when.includes('addressee-in-other-member-state');
    const rest = rule.when.filter((w) => w !== 'addressee-in-other-member-state');
    if (!holds(rest, v, ctx)) continue;
    if (!perAddressee) {
      const party = hosterOf(v) ?? v.blocks[0];
      if (party !== undefined) flags.push({ ruleId: rule.id, flag: rule.flag, party, reason: reason(rule, party), wholeChain: CHAIN_FLAGS.has(rule.flag) });
      continue;
    }
    for (const p of proposals) {
      const c = p.addressee.country?.toUpperCase();
      if (p.addressee.inEu === true && c !== undefined && c !== 'EU' && c !== ctx.homeCountry.toUpperCase()) {
        flags.push({ ruleId: rule.id, flag: rule.flag, party: p.addressee, reason: reason(rule, p.addressee, { addressee: p.addressee.name, addresseeCountry: p.addressee.country }) });
      }
    }
  }
  return { proposals, flags };
}

/** Groups the proposals of many URLs by instrument and addressee, most URLs first. */
export function groupProposals(views: AddressView[], ctx: SuggestContext): AddresseeGroup[] {
  const groups = new Map<string, AddresseeGroup>();
  for (const v of views) {
    const { proposals, flags } = suggestForAddress(v, ctx);
    for (const p of proposals) {
      const k = `${p.instrument}|${p.addressee.key}`;
      let g = groups.get(k);
      if (g === undefined) groups.set(k, (g = { instrument: p.instrument, addressee: p.addressee, urls: [], legalBasis: p.legalBasis, deadlineHours: p.deadlineHours, reasons: [], flags: [] }));
      if (!g.urls.includes(v.url)) g.urls.push(v.url);
      g.reasons.push(p.reason);
      for (const f of flags.filter((x) => x.wholeChain === true || x.party.key === p.addressee.key || (x.flag === 'no-eu-representative' && p.instrument !== 'removal-order'))) {
        if (!g.flags.some((y) => y.flag === f.flag && y.party.key === f.party.key)) g.flags.push(f);
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.urls.length - a.urls.length || a.addressee.name.localeCompare(b.addressee.name) || a.instrument.localeCompare(b.instrument));
}
