// `chain(url, at)`: the hosting chain of one URL as the graph holds it now, or as it was at a
// moment, with roles (and how each is known), holders, countries, abuse contacts, the states of
// the name and the domain, the last known chain when the name stopped resolving, and the evidence
// id of every step.
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { withRoles, type ChainReport } from '../../chain/chain-report.ts';
import type { HosterFinding } from '../../chain/infer-roles.ts';
import { dnsStateWords, registryStateWords } from '../../chain/state-words.ts';
import type { DnsStateRow } from '../../queries/chain-states.ts';
import type { RegistryStateRow } from '../../queries/chain-domain.ts';
import { findChainForUrl } from '../../queries/chain.ts';
import { builder } from '../builder.ts';
import { CountrySourceEnum, RoleBasisEnum } from './chain-enums.ts';

type Address = ChainReport['addresses'][number];
type Block = Address['blocks'][number];
type Domain = NonNullable<ChainReport['domain']>;

const ChainBlock = builder.objectRef<Block>('ChainBlock').implement({
  description: 'A registry block above the address (most specific first) and the party that holds it.',
  fields: (t) => ({
    role: t.exposeString('role', { description: 'hoster, reseller, lessor or upstream (server/chain/infer-roles.ts)' }),
    basis: t.field({ type: RoleBasisEnum, resolve: (b) => b.basis }),
    why: t.exposeString('why', { description: 'why the holder has this role, in words' }),
    key: t.exposeString('key'),
    handle: t.exposeString('handle', { nullable: true }),
    name: t.exposeString('name', { nullable: true, description: 'netname' }),
    status: t.exposeString('status', { nullable: true }),
    start: t.exposeString('start'),
    end: t.exposeString('end'),
    prefixLength: t.exposeInt('prefixLength', { nullable: true }),
    holder: t.exposeString('holder', { nullable: true }),
    holderKey: t.exposeString('holderKey', { nullable: true }),
    holderNameFrom: t.exposeString('holderNameFrom', { nullable: true, description: "which field of the registry's answer named the holder (org-name, descr, …)" }),
    country: t.exposeString('country', { nullable: true, description: "the country the EU rules use: the holder organisation's, else the block's" }),
    countryFrom: t.field({ type: CountrySourceEnum, nullable: true, resolve: (b) => b.countryFrom }),
    abuseContacts: t.exposeStringList('abuse', { description: "the block's own abuse contacts, else its holder's" }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
    source: t.exposeString('source', { nullable: true, description: 'where the block came from: rdap, whois (live answers) or ripe-db (an imported registry dump)' }),
  }),
});

const TransitProvider = builder.objectRef<Address['origins'][number]['transitProviders'][number]>('TransitProvider').implement({
  description: 'An AS the origin buys transit from (CAIDA AS relationships).',
  fields: (t) => ({
    asn: t.exposeFloat('asn', { description: 'AS number (up to 2^32-1, beyond GraphQL Int)' }),
    name: t.exposeString('name', { nullable: true }),
  }),
});

const ChainOrigin = builder.objectRef<Address['origins'][number]>('ChainOrigin').implement({
  description: 'The routed prefix of the address and the AS originating it (BGP view, beside the registry view).',
  fields: (t) => ({
    prefix: t.exposeString('prefix'),
    asn: t.exposeFloat('asn', { description: 'AS number (up to 2^32-1, beyond GraphQL Int)' }),
    name: t.exposeString('name', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
    source: t.exposeString('source', { nullable: true, description: 'dns (Team Cymru, live), ripe-db (route objects) or caida (RouteViews)' }),
    transitProviders: t.field({ type: [TransitProvider], resolve: (o) => o.transitProviders }),
  }),
});

const ChainCdn = builder.objectRef<Address['cdn'][number]>('ChainCdn').implement({
  description: 'A published CDN or cloud range that holds the address: the real hoster is behind it, and the CDN is the party to ask for the origin.',
  fields: (t) => ({
    provider: t.exposeString('provider'),
    cidr: t.exposeString('cidr', { description: 'the published range' }),
    service: t.exposeString('service', { nullable: true, description: 'service tag or product, when published' }),
    region: t.exposeString('region', { nullable: true }),
    operatorKey: t.exposeString('operatorKey', { nullable: true, description: 'Organization key of the provider' }),
    abuseContacts: t.exposeStringList('abuse'),
    evidenceId: t.exposeString('evidenceId', { nullable: true, description: 'the import run of the published list' }),
  }),
});

const ChainHoster = builder.objectRef<HosterFinding>('ChainHoster').implement({
  description: 'Who stores the material at an address, and how that is known: an assignment (registered), an allocation its holder announces from its own AS (inferred), or leased space announced by another network (presumed).',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    basis: t.field({ type: RoleBasisEnum, resolve: (h) => h.basis }),
    why: t.exposeString('why'),
    country: t.exposeString('country', { nullable: true }),
    countryFrom: t.field({ type: CountrySourceEnum, nullable: true, resolve: (h) => h.countryFrom }),
    abuseContacts: t.exposeStringList('abuse'),
    block: t.string({ nullable: true, description: 'the block key it holds, when a registry block makes it the hoster', resolve: (h) => h.block?.key ?? null }),
    asn: t.float({ nullable: true, description: 'the AS it announces the address from, when routing decided it', resolve: (h) => h.asn ?? null }),
    evidenceIds: t.exposeStringList('evidenceIds'),
  }),
});

const ChainAddress = builder.objectRef<Address>('ChainAddress').implement({
  fields: (t) => ({
    hoster: t.field({ type: ChainHoster, nullable: true, description: 'null when neither the registry nor routing names one', resolve: (a) => a.hoster ?? null }),
    origins: t.field({ type: [ChainOrigin], resolve: (a) => a.origins }),
    cdn: t.field({ type: [ChainCdn], description: 'CDN / cloud ranges holding the address; empty when not fronted', resolve: (a) => a.cdn }),
    address: t.exposeString('address'),
    recordType: t.exposeString('recordType', { nullable: true }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
    blocks: t.field({ type: [ChainBlock], resolve: (a) => a.blocks }),
  }),
});

const RegistryState = builder.objectRef<RegistryStateRow>('RegistryState').implement({
  description: "A state of the domain in the registry, with the answer that stated it.",
  fields: (t) => ({
    state: t.exposeString('state'),
    words: t.string({ resolve: (s) => registryStateWords(s.state) }),
    since: t.field({ type: 'DateTime', resolve: (s) => s.since }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
  }),
});

const LastRegistrar = builder.objectRef<NonNullable<Domain['lastRegistrar']>>('LastRegistrar').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    key: t.exposeString('key'),
    endedAt: t.field({ type: 'DateTime', resolve: (r) => r.endedAt }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
  }),
});

const ChainDomain = builder.objectRef<Domain>('ChainDomain').implement({
  fields: (t) => ({
    domain: t.exposeString('domain'),
    registrar: t.exposeString('registrar', { nullable: true }),
    registrarKey: t.exposeString('registrarKey', { nullable: true }),
    registrarAbuseContacts: t.exposeStringList('registrarAbuse'),
    registrarIsLast: t.exposeBoolean('registrarIsLast', { description: 'the registry names the registrar only as the last one (e.g. .nl quarantine)' }),
    lastRegistrar: t.field({ type: LastRegistrar, nullable: true, description: 'when no registration is in force: the registrar whose registration ended last', resolve: (d) => d.lastRegistrar }),
    reseller: t.exposeString('reseller', { nullable: true }),
    nameservers: t.exposeStringList('nameservers'),
    states: t.field({ type: [RegistryState], description: 'registry states in force (free, quarantine, redemption, hold, …)', resolve: (d) => d.states }),
    stateUntil: t.exposeString('stateUntil', { nullable: true, description: 'until when the state holds, as the registry says' }),
    status: t.exposeString('status', { nullable: true, description: "the registry's own status words" }),
  }),
});

const DnsState = builder.objectRef<DnsStateRow>('DnsState').implement({
  description: 'What the DNS answered for a name that gave no address: NXDOMAIN, NODATA, or a failed lookup (which ends no fact).',
  fields: (t) => ({
    name: t.exposeString('name'),
    recordType: t.exposeString('recordType', { nullable: true }),
    state: t.exposeString('state'),
    words: t.string({ resolve: (s) => dnsStateWords(s.state) }),
    since: t.field({ type: 'DateTime', resolve: (s) => s.since }),
    lastSeen: t.field({ type: 'DateTime', resolve: (s) => s.lastSeen }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
  }),
});

const LastKnown = builder.objectRef<NonNullable<ChainReport['lastKnown']>>('LastKnownChain').implement({
  description: 'The chain that was in force until the name stopped resolving to it.',
  fields: (t) => ({
    endedAt: t.field({ type: 'DateTime', resolve: (l) => l.endedAt }),
    chain: t.field({ type: UrlChain, resolve: (l) => l.chain }),
  }),
});

export const UrlChain = builder.objectRef<ChainReport>('UrlChain');

UrlChain.implement({
  description: 'URL → host → CNAME chain → addresses → registry blocks and holders; the domain beside it.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', nullable: true, description: 'the moment the chain is read at; null: now', resolve: (c) => c.at }),
    dnsStates: t.field({ type: [DnsState], description: 'when no address is in force: what the DNS answered (NXDOMAIN, …)', resolve: (c) => c.dnsStates }),
    lastKnown: t.field({ type: LastKnown, nullable: true, description: 'when the name no longer resolves: the chain in force until then', resolve: (c) => c.lastKnown ?? null }),
    url: t.exposeString('url'),
    host: t.exposeString('host'),
    aliases: t.exposeStringList('aliases', { description: 'the host and the names its CNAME chain leads to' }),
    addresses: t.field({ type: [ChainAddress], resolve: (c) => c.addresses }),
    domain: t.field({ type: ChainDomain, nullable: true, resolve: (c) => c.domain ?? null }),
  }),
});

builder.queryField('chain', (t) =>
  t.field({
    type: UrlChain,
    nullable: true,
    description: 'The hosting chain of a URL (any spelling; it is normalised), now or as it was at a moment, or null when not resolved yet.',
    args: { url: t.arg.string({ required: true }), at: t.arg({ type: 'DateTime', description: 'read the facts in force at this moment instead of now' }) },
    resolve: async (_root, args, ctx) => {
      const chain = await findChainForUrl(ctx.db, normalizeUrl(args.url).url, { at: args.at ?? undefined });
      return chain === undefined ? null : withRoles(chain);
    },
  }),
);
