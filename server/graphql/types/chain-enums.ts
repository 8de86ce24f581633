// The chain's vocabularies as GraphQL enums, each derived from its one table in server/chain/.
import { COUNTRY_SOURCE_WORDS } from '../../chain/party-country.ts';
import { PARTY_ROLES, ROLE_BASES } from '../../chain/party-roles.ts';
import { builder } from '../builder.ts';

// GraphQL names cannot hold a hyphen: 'domain-reseller' is spelled domain_reseller in the schema, the value stays the same.
const describe = (table: Record<string, string>) => Object.fromEntries(Object.entries(table).map(([value, description]) => [value.replaceAll('-', '_'), { value, description }]));

export const PartyRoleEnum = builder.enumType('ChainPartyRole', {
  description: 'The role of a party on a hosting chain (server/chain/party-roles.ts).',
  values: describe(PARTY_ROLES) as { [K in keyof typeof PARTY_ROLES]: { value: K; description: string } },
});

export const RoleBasisEnum = builder.enumType('RoleBasis', {
  description: 'How a role is known.',
  values: describe(ROLE_BASES) as { [K in keyof typeof ROLE_BASES]: { value: K; description: string } },
});

export const CountrySourceEnum = builder.enumType('CountrySource', {
  description: "Where a party's country comes from: one rule for every view and for the EU rules (the organisation's registered address first).",
  values: describe(COUNTRY_SOURCE_WORDS) as { [K in keyof typeof COUNTRY_SOURCE_WORDS]: { value: K; description: string } },
});

