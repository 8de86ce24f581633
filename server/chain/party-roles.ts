// The one list of roles a party can have on a hosting chain. The GraphQL enums, the addressee
// rules, the hoster report, the CLI and the client all derive from it, so a role means the same
// thing wherever it is shown or decided on.

export const PARTY_ROLES = {
  hoster: 'stores the material: holds the assignment the address is in, or the allocation it announces from its own AS, or (presumed) announces leased space from its own AS',
  reseller: 'a sub-allocation or re-allocation between the hoster and the allocation: sold the space on',
  lessor: 'holds the space in the registry but leases it to another network, which announces it from its own AS',
  upstream: 'holds the allocation from the regional registry and rents the space out',
  cdn: 'a CDN or reverse proxy in front of the site: knows the origin server',
  origin: 'holds the AS that announces the route of the address (BGP)',
  transit: 'an AS the origin buys transit from',
  registrar: 'the registrar of the domain',
  'domain-reseller': 'sold the domain name for the registrar (named by some registries, e.g. .nl)',
  registry: 'the regional internet registry of the address space',
} as const;

export type PartyRole = keyof typeof PARTY_ROLES;
export const PARTY_ROLE_NAMES = Object.keys(PARTY_ROLES) as PartyRole[];

/** The roles a registry block's holder can have (most specific block first). */
export type BlockRole = Extract<PartyRole, 'hoster' | 'reseller' | 'lessor' | 'upstream'>;

/** How a role is known: stated by the registry, inferred from registry and routing together, or presumed. */
export const ROLE_BASES = {
  registered: 'the registry states it (an assignment, a sub-allocation, an allocation)',
  inferred: 'read from the registry and routing together (an allocation announced from its holder\'s own AS)',
  presumed: 'the most likely reading, not stated anywhere (leased space: the announcing network hosts it)',
} as const;

export type RoleBasis = keyof typeof ROLE_BASES;
export const ROLE_BASIS_NAMES = Object.keys(ROLE_BASES) as RoleBasis[];

/** Roles the hoster report ranks parties in (the AS is its holder in the origin role). */
export const REPORT_ROLES = ['hoster', 'reseller', 'lessor', 'upstream', 'origin'] as const satisfies readonly PartyRole[];
export type ReportRole = (typeof REPORT_ROLES)[number];
