import { describe, expect, it } from 'vitest';
import type { AddressView, Party } from '../../../server/rules/chain-parties.ts';
import { loadRuleTable, parseRuleTable } from '../../../server/rules/rule-table.ts';
import { groupProposals, suggestForAddress, type SuggestContext } from '../../../server/rules/suggest.ts';

const table = loadRuleTable();
const party = (p: Partial<Party> & Pick<Party, 'key' | 'name' | 'role'>): Party => ({
  country: null, countryFrom: p.country ? 'organisation' : null, inEu: undefined, abuse: [], evidenceIds: [`ev-${p.key}`], basis: 'registered',
  why: p.block ? `${p.name} holds ${p.block.range} (${p.block.status}), the most specific registry object covering 192.0.2.70` : '', ...p,
});
const hoster = party({ key: 'RIPE:ORG-SH1', name: 'Shady Hosting', role: 'hoster', country: 'NL', inEu: true, block: { key: 'b3', range: '192.0.2.64/28', status: 'ASSIGNED PA' } });
const reseller = party({ key: 'RIPE:ORG-RS1', name: 'Example Reseller', role: 'reseller', country: 'SC', inEu: false, block: { key: 'b2', range: '192.0.2.0/25', status: 'SUB-ALLOCATED PA' } });
const upstream = party({ key: 'RIPE:ORG-UP1', name: 'Example Upstream', role: 'upstream', country: 'NL', inEu: true, block: { key: 'b1', range: '192.0.2.0/24', status: 'ALLOCATED PA' } });
// The hoster is the first block's holder when that block is an assignment, as the chain reads it, unless the test says otherwise.
const view = (v: Partial<AddressView>): AddressView => {
  const blocks = v.blocks ?? [hoster, reseller, upstream];
  return { url: 'http://x.example/1', address: '192.0.2.70', domain: 'x.example', blocks, hoster: blocks[0]?.role === 'hoster' ? blocks[0] : undefined, cdn: [], registrar: party({ key: 'IANA:9999', name: 'Example Registrar', role: 'registrar' }), lastKnownEndedAt: undefined, ...v };
};
const ctx = (over: Partial<SuggestContext> = {}): SuggestContext => ({ table, material: 'terrorist', homeCountry: 'NL', dedicatedDomains: new Set(), unanswered: () => 0, ...over });
const summary = (v: AddressView, c = ctx()) => {
  const s = suggestForAddress(v, c);
  return { proposals: s.proposals.map((p) => `${p.ruleId}: ${p.instrument} → ${p.addressee.name}`), flags: s.flags.map((f) => `${f.flag}: ${f.party.name}`) };
};

describe('the addressee rules table', () => {
  it('loads, and every proposal rule names an instrument and an addressee from the vocabulary', () => {
    expect(table.rules.map((r) => r.id)).toContain('removal-to-hoster');
    expect(table.materials).toMatchObject({ terrorist: { deadlineHours: 1 }, csam: { deadlineHours: 12 } });
  });

  it('refuses an edited table with an unknown word, naming the rule and the field', () => {
    const broken = { ...table, rules: [{ id: 'typo', when: ['hoster-knwon'], instrument: 'removal-order', to: 'hoster', reason: 'x' }] };
    expect(() => parseRuleTable(broken, 'edited.json')).toThrow(/edited\.json: rule "typo" when\.0: unknown condition/);
    expect(() => parseRuleTable({ ...table, rules: [table.rules[0], table.rules[0]] }, 'edited.json')).toThrow(/rule id "cdn-disclose-origin" appears twice/);
  });
});

describe('each rule on a chain', () => {
  it('removal-to-hoster: the assignment holder gets the removal order, with the deadline of the material', () => {
    const s = suggestForAddress(view({ blocks: [hoster, upstream] }), ctx());
    expect(s.proposals.map((p) => [p.ruleId, p.instrument, p.addressee.name, p.deadlineHours])).toEqual([['removal-to-hoster', 'removal-order', 'Shady Hosting', 1]]);
    expect(s.proposals[0]!.reason.text).toBe('Shady Hosting holds 192.0.2.64/28 (ASSIGNED PA), the most specific registry object covering 192.0.2.70: it is the hosting service provider that stores the material.');
    expect(s.proposals[0]!.reason.evidenceIds).toEqual(['ev-RIPE:ORG-SH1']);
    expect(suggestForAddress(view({ blocks: [hoster, upstream] }), ctx({ material: 'csam' })).proposals[0]!.deadlineHours).toBe(12);
  });

  it('cdn-disclose-origin: behind a CDN, the CDN is asked for the origin and nobody gets a removal order', () => {
    const cdn = { ...party({ key: 'NAME:Example CDN', name: 'Example CDN', role: 'cdn' }), cidr: '203.0.113.0/24' };
    expect(summary(view({ cdn: [cdn], blocks: [party({ key: 'RIPE:ORG-CDN', name: 'Example CDN Inc.', role: 'hoster', country: 'US', inEu: false })] }))).toEqual({
      proposals: ['cdn-disclose-origin: information-demand → Example CDN'],
      flags: ['no-eu-representative: Example CDN Inc.'],
    });
  });

  it('hoster-unknown-demand-up: with no assignment registered, the most specific holder is asked who its customer is', () => {
    expect(summary(view({ blocks: [reseller, upstream] })).proposals).toEqual(['hoster-unknown-demand-up: information-demand → Example Reseller']);
  });

  it('hoster-outside-eu-demand-up: a hoster outside the EU gets the order, and the first party above it in the EU a demand, flagged', () => {
    const panama = { ...hoster, country: 'PA', inEu: false };
    expect(summary(view({ blocks: [panama, reseller, upstream] }))).toEqual({
      proposals: ['removal-to-hoster: removal-order → Shady Hosting', 'hoster-outside-eu-demand-up: information-demand → Example Upstream'],
      flags: ['no-eu-representative: Shady Hosting'],
    });
  });

  it('hoster-unresponsive-demand-up: a hoster that left orders unanswered brings a demand to the next party up', () => {
    expect(summary(view({}), ctx({ unanswered: (k) => (k === hoster.key ? 2 : 0) })).proposals).toEqual([
      'removal-to-hoster: removal-order → Shady Hosting',
      'hoster-unresponsive-demand-up: information-demand → Example Reseller',
    ]);
  });

  it('domain-dedicated-to-registrar: a domain the user marked goes to its registrar as well', () => {
    expect(summary(view({}), ctx({ dedicatedDomains: new Set(['x.example']) })).proposals).toContain('domain-dedicated-to-registrar: registrar-request → Example Registrar');
  });

  it('flag-other-member-state: an addressee in another member state is flagged for notice to its authority', () => {
    const german = { ...hoster, name: 'Beispiel Hosting GmbH', country: 'DE' };
    expect(summary(view({ blocks: [german, upstream] })).flags).toEqual(['notify-member-state: Beispiel Hosting GmbH']);
    expect(summary(view({ blocks: [hoster, upstream] })).flags).toEqual([]);
  });
});

describe('hosters known from routing', () => {
  const lessor = party({ key: 'RIPE:ORG-LS1', name: 'Example Lessor', role: 'lessor', country: 'NL', inEu: true, basis: 'presumed', block: { key: 'b1', range: '192.0.2.0/24', status: 'ALLOCATED PA' } });
  const lessee = party({ key: 'RIPE:ORG-LE1', name: 'Example Lessee', role: 'hoster', country: 'NL', inEu: true, basis: 'presumed', why: 'AS64501 (Example Lessee) announces 192.0.2.0/24, which the registry gives to Example Lessor (192.0.2.0/24, ALLOCATED PA) with no assignment to Example Lessee: leased space, presumably hosted by the announcing network' });

  it('hoster-presumed-confirm-lessor: leased space gets the order to the announcing network, saying it is presumed, and a demand to the lessor to confirm', () => {
    const s = suggestForAddress(view({ blocks: [lessor], hoster: lessee }), ctx());
    expect(s.proposals.map((p) => `${p.ruleId}: ${p.instrument} → ${p.addressee.name}`)).toEqual([
      'removal-to-hoster: removal-order → Example Lessee',
      'hoster-presumed-confirm-lessor: information-demand → Example Lessor',
    ]);
    expect(s.proposals[0]!.reason.text).toBe(`${lessee.why}: it is presumed to be the hosting service provider that stores the material (no registry states it).`);
  });

  it('an allocation its holder announces itself gets the removal order, not a demand for an unknown hoster', () => {
    const cloud = party({ key: 'ARIN:EXCL', name: 'Example Cloud', role: 'hoster', country: 'US', inEu: false, basis: 'inferred', why: 'Example Cloud holds 192.0.2.0/24 (DIRECT ALLOCATION), … announces it from its own AS64496', block: { key: 'b1', range: '192.0.2.0/24', status: 'DIRECT ALLOCATION' } });
    expect(summary(view({ blocks: [cloud], hoster: cloud })).proposals).toEqual(['removal-to-hoster: removal-order → Example Cloud']);
  });

  it('flag-last-known-chain: every group of a URL whose name stopped resolving says the parties are those of the last known chain', () => {
    const groups = groupProposals([view({ blocks: [hoster, reseller, upstream], lastKnownEndedAt: '2026-11-20T10:00:00.000Z' })], ctx({ unanswered: () => 1 }));
    expect(groups.map((g) => [g.addressee.name, g.flags.map((f) => f.flag)])).toEqual([['Example Reseller', ['last-known-chain']], ['Shady Hosting', ['last-known-chain']]]);
    expect(groups[0]!.flags[0]!.reason.text).toBe('The name no longer resolves to 192.0.2.70: it stopped at 2026-11-20T10:00:00.000Z. The parties are those of the last known chain (the hoster of record at that time).');
  });
});

describe('grouping a case', () => {
  it('puts all URLs one party can act on into one group per instrument, most URLs first', () => {
    const views = [1, 2, 3].map((i) => view({ url: `http://x.example/${i}`, blocks: [hoster, upstream] }));
    const other = view({ url: 'http://y.example/1', blocks: [reseller, upstream] });
    const groups = groupProposals([...views, other], ctx());
    expect(groups.map((g) => [g.instrument, g.addressee.name, g.urls.length])).toEqual([['removal-order', 'Shady Hosting', 3], ['information-demand', 'Example Reseller', 1]]);
    expect(groups[0]!.reasons).toHaveLength(3);
  });
});

describe('the rules README', () => {
  it('documents every condition and addressee the code knows', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONDITIONS, TARGETS } = await import('../../../server/rules/rule-table.ts');
    const readme = readFileSync(new URL('../../../server/rules/README.md', import.meta.url), 'utf8');
    for (const w of [...CONDITIONS, ...TARGETS]) expect(readme, w).toContain(`| \`${w}\` |`);
  });
});
