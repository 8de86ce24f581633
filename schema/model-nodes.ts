// Node labels of the hosting-chain graph. Every label that holds observed facts gets firstSeen,
// lastSeen and lastEvidenceId from the upsert (see FACT_NODE_PROPS in model.ts).
import type { NodeDef } from './model-types.ts';

const s = (description: string) => ({ type: 'string' as const, description });
const i = (description: string) => ({ type: 'integer' as const, description });
const dt = (description: string) => ({ type: 'datetime' as const, description });

/** IP range keys: 32 hex digits of the IPv6 address, IPv4 mapped into ::ffff:0:0/96, so one string order covers both families. */
const rangeProps = {
  rangeStart: s('first address as a 32-hex-digit key (IPv4 mapped into ::ffff:0:0/96); range-indexed'),
  rangeEnd: s('last address as a 32-hex-digit key; range-indexed'),
  family: i('4 or 6'),
  start: s('first address, canonical text'),
  end: s('last address, canonical text'),
};

export const NODES: NodeDef[] = [
  { label: 'Url', displayName: 'URL', description: 'A reported URL, normalised (scheme, punycode host, no userinfo or fragment). Never fetched.', key: ['url'], props: { url: s('normalised URL, the key'), scheme: s('http or https'), port: i('explicit non-default port') } },
  { label: 'Hostname', displayName: 'Host name', description: 'A fully qualified DNS name in ASCII (punycode).', key: ['name'], props: { name: s('lower-case ASCII name without the root dot'), unicodeName: s('IDN U-label form for display') } },
  { label: 'Domain', displayName: 'Domain', description: 'A registrable domain by the ICANN section of the Public Suffix List.', key: ['name'], props: { name: s('registrable domain, ASCII'), soaPrimaryNs: s('SOA MNAME'), soaResponsible: s('SOA RNAME'), soaSerial: i('SOA serial'), status: s('registry status words, comma-separated'), created: s('registration date as stated'), expires: s('expiry date as stated') } },
  { label: 'IpAddress', displayName: 'IP address', description: 'An IPv4 or IPv6 address in canonical text.', key: ['address'], props: { address: s('canonical text'), family: i('4 or 6'), rangeKey: s('32-hex-digit key, comparable with Netblock ranges') } },
  { label: 'Netblock', displayName: 'Net block', description: 'A registry object for an address range (inetnum, inet6num, ARIN NET, LACNIC block): allocation, sub-allocation or assignment. The chain uses the most specific one, not the BGP prefix.', key: ['key'], props: { key: s('"<registry> <start>-<end>": one node per registry range whatever protocol reported it'), registry: s('RIPE, ARIN, APNIC, LACNIC, AFRINIC'), handle: s("the registry's handle (ARIN NET-…, or the range text)"), name: s('netname'), status: s('ALLOCATED PA, SUB-ALLOCATED PA, ASSIGNED PA, REALLOCATION, …, upper case'), country: s('ISO country code as registered'), parentHandle: s('parent as the registry names it'), maintainers: { type: 'string[]', description: 'mnt-by handles' }, prefixLength: i('when the range is one CIDR'), ...rangeProps } },
  { label: 'Route', displayName: 'BGP route', description: 'A routed prefix and its origin (RIR route objects, CAIDA prefix-to-AS). Kept apart from Netblock on purpose.', key: ['key'], props: { key: s('"<prefix> AS<origin>"'), prefix: s('CIDR'), prefixLength: i('prefix length'), ...rangeProps } },
  { label: 'CdnRange', displayName: 'CDN / cloud range', description: 'A published range of a CDN or cloud provider: an IP inside is fronted by it.', key: ['key'], props: { key: s('"<provider> <cidr>", with " <service>" appended when the list names one (AWS lists a prefix under several services)'), provider: s('e.g. Cloudflare, AWS'), service: s('service tag or product, when published'), region: s('region, when published'), cidr: s('the range'), ...rangeProps } },
  { label: 'AutonomousSystem', displayName: 'Autonomous system', description: 'An AS by number.', key: ['number'], props: { number: i('AS number (up to 2^32-1)'), name: s('as-name / AS name'), country: s('country as registered') } },
  { label: 'Organization', displayName: 'Organisation', description: 'A party: RIR organisation, registrar, reseller, CDN provider. Roles (hoster, reseller, upstream, …) are derived per chain, not stored.', key: ['key'], props: { key: s('"<registry>:<handle>", "IANA:<registrar id>" or "NAME:<name>" when no handle is known'), handle: s('registry handle'), name: s('organisation name'), country: s('ISO country code'), kind: s('org, registrar, reseller, cdn, …') } },
  { label: 'Contact', displayName: 'Contact', description: 'An abuse mailbox or other contact address.', key: ['email'], props: { email: s('lower-case address'), role: s('abuse, technical, …') } },
  { label: 'Evidence', displayName: 'Evidence', description: 'One answer of one source to one query, kept as received: the proof behind facts.', key: ['id'], props: { id: s('derived from source, server address, query, time and content hash'), source: s('dns, whois, rdap, ripe-db, …'), server: s('server name'), serverAddress: s('host:port actually contacted'), query: s('the query as sent'), observedAt: dt('when the answer was received'), savedAt: dt('when it was stored'), status: s('ok or failed'), error: s('why it failed'), sha256: s('SHA-256 of the raw bytes'), byteLength: i('size of the raw bytes'), raw: { type: 'bytes', description: 'the raw answer, byte for byte' }, rawPath: s('where a large raw file is kept instead'), meta: s('JSON: transport, rcode, HTTP status, parser versions, counts') } },
  { label: 'Case', displayName: 'Case', description: 'A set of reported URLs worked on together.', key: ['id'], props: { id: s('case id'), name: s('case name'), createdAt: dt('creation time') } },
  { label: 'Order', displayName: 'Order / demand', description: 'A removal order or an information demand.', key: ['id'], props: { id: s('order id'), instrument: s('removal-order or information-demand'), status: s('drafted, sent, …'), deadline: dt('deadline') } },
  { label: 'SchemaMigration', displayName: 'Schema migration', description: 'A schema migration applied to this graph.', key: ['id'], props: { id: s('file name without .cypher'), checksum: s('SHA-256 of the file as applied'), appliedAt: dt('when it was applied') } },
];
