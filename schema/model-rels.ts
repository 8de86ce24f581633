// Relationship types. Fact edges are intervals of one source's observation: `open` while seen,
// ended (endedAt) when a later answer in scope drops them; never deleted.
import type { RelDef } from './model-types.ts';

const ttl = { ttl: { type: 'integer' as const, description: 'DNS TTL as answered' } };

export const RELS: RelDef[] = [
  { type: 'ON_HOST', displayName: 'on host', description: 'The URL names this host.', from: ['Url'], to: ['Hostname', 'IpAddress'], fact: true, props: {} },
  { type: 'IN_DOMAIN', displayName: 'in domain', description: 'The host name lies in this registrable domain.', from: ['Hostname'], to: ['Domain'], fact: true, props: {} },
  { type: 'ALIAS_OF', displayName: 'alias of (CNAME)', description: 'A CNAME: the name is an alias of the target.', from: ['Hostname'], to: ['Hostname'], fact: true, props: ttl },
  { type: 'RESOLVES_TO', displayName: 'resolves to', description: 'An A or AAAA record.', from: ['Hostname'], to: ['IpAddress'], fact: true, props: { recordType: { type: 'string', description: 'A or AAAA' }, ...ttl } },
  { type: 'DNS_STATE', displayName: 'DNS state', description: 'The name gave no record of this type: NXDOMAIN or NODATA (answers; ended by a later answer with records) or a failed lookup (SERVFAIL, REFUSED, TIMEOUT, FAILED: written with the failed evidence, ending nothing).', from: ['Hostname'], to: ['DnsState'], fact: true, props: { recordType: { type: 'string', description: 'the record type asked (A, AAAA), part of the edge identity' } } },
  { type: 'PTR', displayName: 'reverse name', description: 'The PTR record of the address.', from: ['IpAddress'], to: ['Hostname'], fact: true, props: ttl },
  { type: 'DELEGATED_TO', displayName: 'name server', description: 'An NS record of the domain.', from: ['Domain'], to: ['Hostname'], fact: true, props: ttl },
  { type: 'REGISTERED_VIA', displayName: 'registrar', description: 'The registrar of the domain. Ended by a later answer of the same source that names another registrar or says the name is free.', from: ['Domain'], to: ['Organization'], fact: true, props: { lastRegistrar: { type: 'boolean', description: 'true when the registry names this registrar only as the last one (.nl quarantine: the name is deleted, the registrar can still restore it)' } } },
  { type: 'REGISTRY_STATE', displayName: 'registry state', description: "The domain's state at its registry (registered, free, quarantine, redemption, client-hold, …), from the registry's RDAP status or WHOIS answer. A later answer of the same source ends the states it no longer states; a failed or throttled lookup ends nothing.", from: ['Domain'], to: ['RegistryState'], fact: true, props: { stated: { type: 'string', description: "the registry's own words behind the state (status values, or the line of a free answer)" } } },
  { type: 'RESOLD_BY', displayName: 'reseller', description: 'The reseller that sold the domain (named by the .nl registry and in RDAP reseller roles).', from: ['Domain'], to: ['Organization'], fact: true, props: {} },
  { type: 'IN_NETBLOCK', displayName: 'in net block', description: 'The most specific registry object covering the address.', from: ['IpAddress'], to: ['Netblock'], fact: true, props: {} },
  { type: 'WITHIN', displayName: 'within', description: 'The net block lies inside the enclosing one (sub-allocation inside allocation).', from: ['Netblock'], to: ['Netblock'], fact: true, props: {} },
  { type: 'HELD_BY', displayName: 'held by', description: 'The organisation that holds the block or AS.', from: ['Netblock', 'AutonomousSystem'], to: ['Organization'], fact: true, props: { nameFrom: { type: 'string', description: "where the holder's name was read: org-name, descr, owner, jpnic-organization, krnic-organization-name, rdap-registrant-fn, rdap-registrant-org, arin-orgname, arin-custname" } } },
  { type: 'ABUSE_CONTACT', displayName: 'abuse contact', description: 'Where abuse reports go.', from: ['Netblock', 'Organization', 'AutonomousSystem'], to: ['Contact'], fact: true, props: {} },
  { type: 'IN_ROUTE', displayName: 'routed in', description: 'The address lies in this routed prefix.', from: ['IpAddress'], to: ['Route'], fact: true, props: {} },
  { type: 'ORIGINATED_BY', displayName: 'originated by', description: 'The AS that originates the prefix (or that the registry names as origin).', from: ['Route', 'Netblock'], to: ['AutonomousSystem'], fact: true, props: {} },
  { type: 'BUYS_TRANSIT_FROM', displayName: 'buys transit from', description: 'Customer → provider (CAIDA serial-2 "-1").', from: ['AutonomousSystem'], to: ['AutonomousSystem'], fact: true, props: {} },
  { type: 'PEERS_WITH', displayName: 'peers with', description: 'Settlement-free peering (CAIDA "0").', from: ['AutonomousSystem'], to: ['AutonomousSystem'], fact: true, props: {} },
  { type: 'IN_CDN_RANGE', displayName: 'fronted by', description: 'The address lies in a published CDN or cloud range.', from: ['IpAddress'], to: ['CdnRange'], fact: true, props: {} },
  { type: 'OPERATED_BY', displayName: 'operated by', description: 'The provider that publishes the range.', from: ['CdnRange'], to: ['Organization'], fact: true, props: {} },
  { type: 'ABOUT', displayName: 'about', description: 'The evidence is an answer about this node (also for failed lookups).', from: ['Evidence'], to: ['*'], fact: false, props: {} },
  { type: 'IN_CASE', displayName: 'in case', description: 'The URL belongs to the case.', from: ['Url'], to: ['Case'], fact: false, props: { addedAt: { type: 'datetime', description: 'when added' }, line: { type: 'integer', description: 'line of the input list' } } },
  { type: 'REPORTS', displayName: 'reports', description: 'The takedown notice is about this URL.', from: ['Notice'], to: ['Url'], fact: true, props: {} },
  { type: 'ADDRESSED_TO', displayName: 'addressed to', description: 'The order or demand goes to this party (a block when its holder is unknown).', from: ['Order'], to: ['Organization', 'Netblock'], fact: false, props: {} },
  { type: 'COVERS', displayName: 'covers', description: 'The order covers this URL.', from: ['Order'], to: ['Url'], fact: false, props: { removedAt: { type: 'datetime', description: 'when the party reported or the authority saw it removed' } } },
  { type: 'HAS_EVENT', displayName: 'status change', description: 'A status change of the order.', from: ['Order'], to: ['OrderEvent'], fact: false, props: {} },
  { type: 'HAS_SESSION', displayName: 'signed in as', description: 'A browser session of the user.', from: ['User'], to: ['Session'], fact: false, props: {} },
  { type: 'HAS_TOKEN', displayName: 'API token', description: 'An API token of the user.', from: ['User'], to: ['ApiToken'], fact: false, props: {} },
  { type: 'MEMBER_OF', displayName: 'member of', description: "The user may read the case's URLs, notices, orders and packs (need-to-know). The case's creator becomes one; its creator or an administrator adds and removes others. A case without members is closed to everyone until an administrator adds some.", from: ['User'], to: ['Case'], fact: false, props: { addedAt: { type: 'datetime', description: 'when added' }, addedBy: { type: 'string', description: 'who added the user (the creator itself when it made the case)' } } },
];
