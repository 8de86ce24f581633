// `chain(url)`: the hosting chain of one URL as the graph holds it now, with roles, holders,
// countries, abuse contacts and the evidence id of every step.
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { withRoles, type ChainReport } from '../../chain/format-chain.ts';
import { findChainForUrl } from '../../queries/chain.ts';
import { builder } from '../builder.ts';

type Address = ChainReport['addresses'][number];
type Block = Address['blocks'][number];
type Domain = NonNullable<ChainReport['domain']>;

const ChainBlock = builder.objectRef<Block>('ChainBlock').implement({
  description: 'A registry block above the address (most specific first) and the party that holds it.',
  fields: (t) => ({
    role: t.exposeString('role', { description: 'hoster, reseller or upstream, read from the RIR status' }),
    key: t.exposeString('key'),
    handle: t.exposeString('handle', { nullable: true }),
    name: t.exposeString('name', { nullable: true, description: 'netname' }),
    status: t.exposeString('status', { nullable: true }),
    start: t.exposeString('start'),
    end: t.exposeString('end'),
    prefixLength: t.exposeInt('prefixLength', { nullable: true }),
    holder: t.exposeString('holder', { nullable: true }),
    holderKey: t.exposeString('holderKey', { nullable: true }),
    country: t.string({ nullable: true, resolve: (b) => b.holderCountry ?? b.blockCountry }),
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

const ChainAddress = builder.objectRef<Address>('ChainAddress').implement({
  fields: (t) => ({
    origins: t.field({ type: [ChainOrigin], resolve: (a) => a.origins }),
    cdn: t.field({ type: [ChainCdn], description: 'CDN / cloud ranges holding the address; empty when not fronted', resolve: (a) => a.cdn }),
    address: t.exposeString('address'),
    recordType: t.exposeString('recordType', { nullable: true }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
    blocks: t.field({ type: [ChainBlock], resolve: (a) => a.blocks }),
  }),
});

const ChainDomain = builder.objectRef<Domain>('ChainDomain').implement({
  fields: (t) => ({
    domain: t.exposeString('domain'),
    registrar: t.exposeString('registrar', { nullable: true }),
    registrarKey: t.exposeString('registrarKey', { nullable: true }),
    registrarAbuseContacts: t.exposeStringList('registrarAbuse'),
    reseller: t.exposeString('reseller', { nullable: true }),
    nameservers: t.exposeStringList('nameservers'),
  }),
});

export const UrlChain = builder.objectRef<ChainReport>('UrlChain').implement({
  description: 'URL → host → CNAME chain → addresses → registry blocks and holders; the domain beside it.',
  fields: (t) => ({
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
    description: 'The hosting chain of a URL (any spelling; it is normalised), or null when not resolved yet.',
    args: { url: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const chain = await findChainForUrl(ctx.db, normalizeUrl(args.url).url);
      return chain === undefined ? null : withRoles(chain);
    },
  }),
);
