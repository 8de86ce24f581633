// `UrlChain.parties`: every party on the chain with its role, the basis of the role and why, its
// country (and where it comes from), EU membership, abuse contacts and its record of orders (read
// for all parties of all chains in one statement). Roles and bases come from the one role list.
import { chainParties, type ChainParty } from '../../chain/chain-parties-list.ts';
import { builder } from '../builder.ts';
import { CountrySourceEnum, PartyRoleEnum, RoleBasisEnum } from './chain-enums.ts';
import { loadersOf } from '../loaders.ts';
import { UrlChain } from './chain.ts';
import { PartyRecordRef } from './orders.ts';

const Party = builder.objectRef<ChainParty>('ChainParty').implement({
  description: 'A party on the chain in one role.',
  fields: (t) => ({
    role: t.field({ type: PartyRoleEnum, resolve: (p) => p.role }),
    basis: t.field({ type: RoleBasisEnum, resolve: (p) => p.basis }),
    why: t.exposeString('why', { description: 'why it has this role, in words' }),
    key: t.exposeString('key', { description: 'Organization key (or the block key when no holder is registered, AS<n> for ASes)' }),
    name: t.exposeString('name'),
    country: t.exposeString('country', { nullable: true, description: 'the country the EU rules use' }),
    countryFrom: t.field({ type: CountrySourceEnum, nullable: true, resolve: (p) => p.countryFrom }),
    inEu: t.boolean({ nullable: true, description: 'established in an EU member state (null when the country is unknown)', resolve: (p) => p.inEu ?? null }),
    abuseContacts: t.exposeStringList('abuse'),
    block: t.exposeString('block', { nullable: true, description: 'the registry block that makes it a party' }),
    blockStatus: t.exposeString('blockStatus', { nullable: true }),
    addresses: t.exposeStringList('addresses', { description: 'the addresses of the URL it serves in this role' }),
    evidenceIds: t.exposeStringList('evidenceIds'),
    record: t.field({ type: PartyRecordRef, description: 'orders it received and how they ended', resolve: (p, _a, ctx) => loadersOf(ctx).partyRecords.load(p.key) }),
  }),
});

builder.objectField(UrlChain, 'parties', (t) =>
  t.field({ type: [Party], description: 'every party on the chain, once per role (of the last known chain when the name no longer resolves)', resolve: (c) => chainParties(c) }),
);
