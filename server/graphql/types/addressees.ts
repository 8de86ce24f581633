// `addressees(caseId | urls, material)`: who receives which instrument, grouped by the party that
// can act, with every reason and the evidence it rests on (rules in server/rules/addressee-rules.json).
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { suggestAddressees, type AddresseeAnswer } from '../../queries/addressees.ts';
import type { Party } from '../../rules/chain-parties.ts';
import type { SkippedParty } from '../../addressees/chain-party-notes.ts';
import type { AddresseeGroup, RaisedFlag, Reason } from '../../rules/suggest.ts';
import { builder } from '../builder.ts';
import { CountrySourceEnum, RoleBasisEnum } from './chain-enums.ts';

export const MaterialEnum = builder.enumType('Material', {
  description: 'The kind of material, chosen by the user: it sets the legal basis and the deadline of a removal order.',
  values: { TERRORIST: { value: 'terrorist', description: 'EU TCO Regulation: one hour' }, CSAM: { value: 'csam', description: 'Dutch act: at most 12 hours' } } as const,
});

const PartyRef = builder.objectRef<Party>('Party').implement({
  description: 'A party on a chain with its role there.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Organization key, or the block key when no holder is known' }),
    name: t.exposeString('name'),
    role: t.exposeString('role', { description: 'a ChainPartyRole value: hoster, reseller, lessor, upstream, cdn, registrar, …' }),
    basis: t.field({ type: RoleBasisEnum, resolve: (p) => p.basis }),
    why: t.exposeString('why', { description: 'why it has this role, in words' }),
    country: t.exposeString('country', { nullable: true, description: 'the country the EU rules use' }),
    countryFrom: t.field({ type: CountrySourceEnum, nullable: true, resolve: (p) => p.countryFrom }),
    inEu: t.boolean({ nullable: true, resolve: (p) => p.inEu ?? null }),
    abuseContacts: t.exposeStringList('abuse'),
    block: t.string({ nullable: true, description: 'the registry block that makes it a party', resolve: (p) => p.block?.range ?? null }),
    blockStatus: t.string({ nullable: true, resolve: (p) => p.block?.status ?? null }),
  }),
});

const ReasonRef = builder.objectRef<Reason>('SuggestionReason').implement({
  description: 'Why a rule applied to one address of one URL, with the evidence of the facts it rests on.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    url: t.exposeString('url'),
    address: t.exposeString('address'),
    text: t.exposeString('text'),
    evidenceIds: t.exposeStringList('evidenceIds'),
  }),
});

const FlagRef = builder.objectRef<RaisedFlag>('SuggestionFlag').implement({
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    flag: t.exposeString('flag', { description: 'no-eu-representative, notify-member-state or last-known-chain' }),
    party: t.field({ type: PartyRef, resolve: (f) => f.party }),
    text: t.string({ resolve: (f) => f.reason.text }),
  }),
});

const Group = builder.objectRef<AddresseeGroup>('AddresseeGroup').implement({
  description: 'One instrument to one party, covering every URL it can act on.',
  fields: (t) => ({
    instrument: t.exposeString('instrument', { description: 'removal-order, information-demand or registrar-request' }),
    addressee: t.field({ type: PartyRef, resolve: (g) => g.addressee }),
    urls: t.exposeStringList('urls'),
    legalBasis: t.string({ nullable: true, resolve: (g) => g.legalBasis ?? null }),
    deadlineHours: t.float({ nullable: true, resolve: (g) => g.deadlineHours ?? null }),
    reasons: t.field({ type: [ReasonRef], resolve: (g) => g.reasons }),
    flags: t.field({ type: [FlagRef], resolve: (g) => g.flags }),
  }),
});

const Skipped = builder.objectRef<SkippedParty>('SkippedParty').implement({
  description: 'A party on the chains that no group addresses, and why (the same sentence for all the URLs it holds).',
  fields: (t) => ({ party: t.field({ type: PartyRef, resolve: (s) => s.party }), text: t.exposeString('text'), urls: t.exposeStringList('urls') }),
});

const Answer = builder.objectRef<AddresseeAnswer>('AddresseeSuggestion').implement({
  fields: (t) => ({
    parties: t.field({ type: [PartyRef], description: 'every party on the chains (hoster, resellers, upstream, CDN, registrar): an override may name any', resolve: (a) => a.parties }),
    skipped: t.field({ type: [Skipped], description: 'parties no group addresses, each with why', resolve: (a) => a.skipped }),
    domains: t.exposeStringList('domains', { description: 'the registrable domains of the URLs; pass any in dedicatedDomains to address its registrar' }),
    groups: t.field({ type: [Group], resolve: (a) => a.groups }),
    unresolved: t.exposeStringList('unresolved', { description: 'URLs without a chain (not resolved yet, or no registry data)' }),
  }),
});

builder.queryField('addressees', (t) =>
  t.field({
    type: Answer,
    description: 'The suggested addressees for a case and/or a list of URLs, grouped by instrument and party.',
    args: {
      caseName: t.arg.string({ description: 'a case by name' }),
      urls: t.arg.stringList({ description: 'URLs in any spelling (normalised)' }),
      material: t.arg({ type: MaterialEnum, required: true }),
      homeCountry: t.arg.string({ description: "the authority's member state; default: the configured authority.country" }),
      dedicatedDomains: t.arg.stringList({ description: 'domains the user judges dedicated to the material (their registrar is addressed too)' }),
    },
    resolve: (_root, args, ctx) =>
      suggestAddressees(ctx.db, ctx.rules, {
        caseId: args.caseName ? `case:${args.caseName}` : undefined,
        urls: args.urls?.map((u) => normalizeUrl(u).url),
        material: args.material,
        homeCountry: args.homeCountry ?? ctx.config.authority.country,
        dedicatedDomains: args.dedicatedDomains ?? undefined,
      }),
  }),
);
