// `UrlChain.parties`: every party on the chain with its role, country, EU membership, abuse
// contacts and its record of orders (read for all parties of all chains in one statement).
import { chainParties, type ChainParty } from '../../chain/chain-parties-list.ts';
import { builder } from '../builder.ts';
import { loadersOf } from '../loaders.ts';
import { UrlChain } from './chain.ts';
import { PartyRecordRef } from './orders.ts';

const ROLES = ['hoster', 'reseller', 'upstream', 'cdn', 'registrar', 'origin', 'transit', 'registry'] as const;
const PartyRoleEnum = builder.enumType('ChainPartyRole', {
  description: 'hoster: holds the assignment the address is in; reseller: a sub-allocation between; upstream: the allocation (rents out the space); cdn: a CDN or reverse proxy in front; origin: holder of the AS that announces the route; transit: an AS the origin buys transit from; registrar: of the domain; registry: the regional internet registry of the address space.',
  values: ROLES,
});

const Party = builder.objectRef<ChainParty>('ChainParty').implement({
  description: 'A party on the chain in one role.',
  fields: (t) => ({
    role: t.field({ type: PartyRoleEnum, resolve: (p) => p.role }),
    key: t.exposeString('key', { description: 'Organization key (or the block key when no holder is registered, AS<n> for ASes)' }),
    name: t.exposeString('name'),
    country: t.exposeString('country', { nullable: true }),
    inEu: t.boolean({ nullable: true, description: 'established in an EU member state (null when the country is unknown)', resolve: (p) => p.inEu ?? null }),
    abuseContacts: t.exposeStringList('abuse'),
    addresses: t.exposeStringList('addresses', { description: 'the addresses of the URL it serves in this role' }),
    evidenceIds: t.exposeStringList('evidenceIds'),
    record: t.field({ type: PartyRecordRef, description: 'orders it received and how they ended', resolve: (p, _a, ctx) => loadersOf(ctx).partyRecords.load(p.key) }),
  }),
});

builder.objectField(UrlChain, 'parties', (t) => t.field({ type: [Party], description: 'every party on the chain, once per role', resolve: (c) => chainParties(c) }));
