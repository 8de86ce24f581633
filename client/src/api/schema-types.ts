// Generated from schema/schema.graphql by scripts/client-types/gen-client-types.ts; do not edit.
// Run `npm run client:types` after `npm run schema:print`; CI checks it with `-- --check`.

export type AddCaseMemberResult = AuthRefused | Case;

/** One instrument to one party, covering every URL it can act on. */
export interface AddresseeGroup {
  __typename?: 'AddresseeGroup';
  addressee: Party;
  deadlineHours: number | null;
  flags: SuggestionFlag[];
  /** removal-order, information-demand or registrar-request */
  instrument: string;
  legalBasis: string | null;
  reasons: SuggestionReason[];
  urls: string[];
}

export interface AddresseeSuggestion {
  __typename?: 'AddresseeSuggestion';
  /** the registrable domains of the URLs; pass any in dedicatedDomains to address its registrar */
  domains: string[];
  groups: AddresseeGroup[];
  /** every party on the chains (hoster, resellers, upstream, CDN, registrar): an override may name any */
  parties: Party[];
  /** parties no group addresses, each with why */
  skipped: SkippedParty[];
  /** URLs without a chain (not resolved yet, or no registry data) */
  unresolved: string[];
}

/** An API token for scripts; the token itself is shown once, when created. */
export interface ApiToken {
  __typename?: 'ApiToken';
  createdAt: string;
  id: string;
  label: string;
  revokedAt: string | null;
}

/** One line of the append-only audit log. */
export interface AuditEntry {
  __typename?: 'AuditEntry';
  action: string;
  at: string;
  /** JSON */
  detail: string | null;
  hash: string;
  ip: string | null;
  seq: number;
  target: string | null;
  username: string | null;
}

/** The whole audit log checked: hash chain, each entry's HMAC under the key kept outside the graph, and the head signed outside the graph (a cut-off tail). */
export interface AuditLogCheck {
  __typename?: 'AuditLogCheck';
  broken: BrokenAuditEntry | null;
  entries: number;
  /** what was found, in sentences */
  findings: string[];
  /** the newest entry found */
  headSeq: number;
  ok: boolean;
  /** entries whose HMAC matches */
  signedEntries: number;
  /** the entry the head file outside the graph names; null when there is none */
  signedHeadSeq: number | null;
  /** entries written before the audit key existed (hash chain only) */
  unsignedEntries: number;
}

/** That another member state's competent authority was told about an order. */
export interface AuthorityNotice {
  __typename?: 'AuthorityNotice';
  at: string;
  by: string;
  country: string;
  id: string;
  /** late-order */
  kind: string;
  note: string | null;
}

export type AuthRefusalCode = 'ADMIN_EXISTS' | 'AUDIT_CONTENDED' | 'BAD_ROLE' | 'BAD_USERNAME' | 'FORBIDDEN' | 'SETUP_REFUSED' | 'THROTTLED' | 'UNAUTHENTICATED' | 'UNKNOWN_USER' | 'USER_DISABLED' | 'USER_EXISTS' | 'WEAK_PASSWORD';

/** An account change refused: a weak password, a taken or invalid name, a role that may not take this step. */
export interface AuthRefused {
  __typename?: 'AuthRefused';
  code: string;
  message: string;
  /** the code as an enum */
  reason: AuthRefusalCode;
}

/** A URL argument that is not a resolvable http(s) URL. */
export interface BadUrl {
  __typename?: 'BadUrl';
  code: string;
  message: string;
}

export interface BrokenAuditEntry {
  __typename?: 'BrokenAuditEntry';
  message: string;
  reason: string;
  seq: number;
}

/** A set of reported URLs worked on together. */
export interface Case {
  __typename?: 'Case';
  /** when its first URL was added */
  createdAt: string | null;
  /** who made it over the API; null for a case made from the command line or before cases had members */
  createdBy: string | null;
  id: string;
  /** you are a member: you may read its URLs, figures and orders (need-to-know) */
  isMember: boolean;
  /** who may read it; an empty list means nobody may until an administrator adds members */
  members: CaseMember[];
  name: string;
  /** orders and demands drafted for the case, oldest first; null when you are not a member of the case (see isMember) */
  orders: Order[] | null;
  /** URLs whose lookups are all stored; null when you are not a member of the case (see isMember) */
  resolvedCount: number | null;
  /** null when you are not a member of the case (see isMember) */
  urlCount: number | null;
  /** in input order; null when you are not a member of the case (see isMember) */
  urls: CaseUrlConnection | null;
}

export interface CaseConnection {
  __typename?: 'CaseConnection';
  edges: CaseEdge[];
  pageInfo: PageInfo;
}

export interface CaseEdge {
  __typename?: 'CaseEdge';
  cursor: string;
  node: Case;
}

/** An account that may read the case: its URLs, notices, orders and packs. */
export interface CaseMember {
  __typename?: 'CaseMember';
  addedAt: string;
  /** who added it (the creator itself when it made the case) */
  addedBy: string;
  username: string;
}

/** A URL of the case, with whether its chain is resolved. */
export interface CaseUrl {
  __typename?: 'CaseUrl';
  /** lookups that failed in that run (kept as failed evidence) */
  failedLookups: number | null;
  /** why they failed ("<source> <query>: <reason>"), the first ten */
  failureReasons: string[];
  /** line of the input list it came from */
  line: number | null;
  /** when all its lookups were stored; null while not (yet) resolved */
  resolvedAt: string | null;
  url: string;
}

export interface CaseUrlConnection {
  __typename?: 'CaseUrlConnection';
  edges: CaseUrlEdge[];
  pageInfo: PageInfo;
}

export interface CaseUrlEdge {
  __typename?: 'CaseUrlEdge';
  cursor: string;
  node: CaseUrl;
}

export interface ChainAddress {
  __typename?: 'ChainAddress';
  address: string;
  blocks: ChainBlock[];
  /** CDN / cloud ranges holding the address; empty when not fronted */
  cdn: ChainCdn[];
  evidenceId: string | null;
  /** null when neither the registry nor routing names one */
  hoster: ChainHoster | null;
  origins: ChainOrigin[];
  recordType: string | null;
}

/** A registry block above the address (most specific first) and the party that holds it. */
export interface ChainBlock {
  __typename?: 'ChainBlock';
  /** the block's own abuse contacts, else its holder's */
  abuseContacts: string[];
  basis: RoleBasis;
  /** the country the EU rules use: the holder organisation's, else the block's */
  country: string | null;
  countryFrom: CountrySource | null;
  end: string;
  evidenceId: string | null;
  handle: string | null;
  holder: string | null;
  holderKey: string | null;
  /** which field of the registry's answer named the holder (org-name, descr, …) */
  holderNameFrom: string | null;
  key: string;
  /** netname */
  name: string | null;
  prefixLength: number | null;
  /** hoster, reseller, lessor or upstream (server/chain/infer-roles.ts) */
  role: string;
  /** where the block came from: rdap, whois (live answers) or ripe-db (an imported registry dump) */
  source: string | null;
  start: string;
  status: string | null;
  /** why the holder has this role, in words */
  why: string;
}

/** A published CDN or cloud range that holds the address: the real hoster is behind it, and the CDN is the party to ask for the origin. */
export interface ChainCdn {
  __typename?: 'ChainCdn';
  abuseContacts: string[];
  /** the published range */
  cidr: string;
  /** the import run of the published list */
  evidenceId: string | null;
  /** Organization key of the provider */
  operatorKey: string | null;
  provider: string;
  region: string | null;
  /** service tag or product, when published */
  service: string | null;
}

export interface ChainDomain {
  __typename?: 'ChainDomain';
  domain: string;
  /** when no registration is in force: the registrar whose registration ended last */
  lastRegistrar: LastRegistrar | null;
  nameservers: string[];
  registrar: string | null;
  registrarAbuseContacts: string[];
  /** the registry names the registrar only as the last one (e.g. .nl quarantine) */
  registrarIsLast: boolean;
  registrarKey: string | null;
  reseller: string | null;
  /** until when the state holds, as the registry says */
  stateUntil: string | null;
  /** registry states in force (free, quarantine, redemption, hold, …) */
  states: RegistryState[];
  /** the registry's own status words */
  status: string | null;
}

/** Who stores the material at an address, and how that is known: an assignment (registered), an allocation its holder announces from its own AS (inferred), or leased space announced by another network (presumed). */
export interface ChainHoster {
  __typename?: 'ChainHoster';
  abuseContacts: string[];
  /** the AS it announces the address from, when routing decided it */
  asn: number | null;
  basis: RoleBasis;
  /** the block key it holds, when a registry block makes it the hoster */
  block: string | null;
  country: string | null;
  countryFrom: CountrySource | null;
  evidenceIds: string[];
  key: string;
  name: string;
  why: string;
}

/** The routed prefix of the address and the AS originating it (BGP view, beside the registry view). */
export interface ChainOrigin {
  __typename?: 'ChainOrigin';
  /** AS number (up to 2^32-1, beyond GraphQL Int) */
  asn: number;
  country: string | null;
  evidenceId: string | null;
  name: string | null;
  prefix: string;
  /** dns (Team Cymru, live), ripe-db (route objects) or caida (RouteViews) */
  source: string | null;
  transitProviders: TransitProvider[];
}

/** A party on the chain in one role. */
export interface ChainParty {
  __typename?: 'ChainParty';
  abuseContacts: string[];
  /** the addresses of the URL it serves in this role */
  addresses: string[];
  basis: RoleBasis;
  /** the registry block that makes it a party */
  block: string | null;
  blockStatus: string | null;
  /** the country the EU rules use */
  country: string | null;
  countryFrom: CountrySource | null;
  evidenceIds: string[];
  /** established in an EU member state (null when the country is unknown) */
  inEu: boolean | null;
  /** Organization key (or the block key when no holder is registered, AS<n> for ASes) */
  key: string;
  name: string;
  /** orders it received and how they ended */
  record: PartyRecord;
  role: ChainPartyRole;
  /** why it has this role, in words */
  why: string;
}

/** The role of a party on a hosting chain (server/chain/party-roles.ts). */
export type ChainPartyRole = 'cdn' | 'domain_reseller' | 'hoster' | 'lessor' | 'origin' | 'registrar' | 'registry' | 'reseller' | 'transit' | 'upstream';

export type ChangeOrderStatusResult = AuthRefused | Order | OrderRefused;

/** The form of the content an order targets. */
export type ContentForm = 'AUDIO' | 'AUDIO_IMAGE' | 'IMAGE' | 'OTHER' | 'PDF' | 'TEXT' | 'VIDEO';

/** What the order targets, or what the provider took down. */
export type ContentTarget = 'CHANNEL' | 'ITEM' | 'MESSAGE' | 'PROFILE' | 'SITE';

/** Where a party's country comes from: one rule for every view and for the EU rules (the organisation's registered address first). */
export type CountrySource = 'as' | 'block' | 'organisation';

export interface CreatedApiToken {
  __typename?: 'CreatedApiToken';
  id: string;
  /** send as "Authorization: Bearer <token>"; shown now and never again */
  token: string;
}

export type CreateUserResult = AuthRefused | UserAccount;

export interface CurrentUser {
  __typename?: 'CurrentUser';
  /** what this role may do (server/auth/permissions.ts: read-case, write-case, create-order, change-order, …): a client shows only the controls for these */
  actions: string[];
  /** for a browser session: what a reloaded page sends back in x-csrf-token */
  csrfToken: string | null;
  role: string;
  username: string;
  /** session or token */
  via: string;
}

/** The Neo4j server this instance uses. */
export interface DatabaseHealth {
  __typename?: 'DatabaseHealth';
  edition: string | null;
  error: string | null;
  migrations: SchemaMigration[];
  reachable: boolean;
  /** since when this server has found the database unreachable (null: it answers) */
  unavailableSince: string | null;
  /** Bolt or neo4j:// URI (no credentials). */
  uri: string;
  version: string | null;
}

export type DecideProceedingResult = AuthRefused | BadUrl | OrderRefused | Proceeding;

export interface DemoResult {
  __typename?: 'DemoResult';
  caseName: string;
  failed: number;
  resolved: number;
  urls: string[];
}

/** What the DNS answered for a name that gave no address: NXDOMAIN, NODATA, or a failed lookup (which ends no fact). */
export interface DnsState {
  __typename?: 'DnsState';
  evidenceId: string | null;
  lastSeen: string;
  name: string;
  recordType: string | null;
  since: string;
  state: string;
  words: string;
}

/** text (UTF-8) or pdf */
export type DocumentFormat = 'PDF' | 'TEXT';

/** nl or en */
export type DocumentLanguage = 'EN' | 'NL';

/** A domain that left a party after a confirmed removal and appeared at another within the window. */
export interface DomainMove {
  __typename?: 'DomainMove';
  domain: string;
  fromKey: string;
  fromName: string;
  removedAt: string;
  /** when the chain first named the new party */
  seenAt: string;
  toKey: string;
  toName: string;
}

export type DraftOrderResult = AuthRefused | BadUrl | Order | OrderRefused;

/** Whether the order can be sent by e-mail from here, from which sender, to which mailboxes. */
export interface EmailDelivery {
  __typename?: 'EmailDelivery';
  /** a mail server is configured (smtp.host or HOSTCHAIN_SMTP) */
  configured: boolean;
  from: string | null;
  recipients: EmailRecipientChoice[];
}

/** A mailbox the order can go to, from the chain's registry data. */
export interface EmailRecipientChoice {
  __typename?: 'EmailRecipientChoice';
  email: string;
  evidenceId: string | null;
  /** the one proposed; any other needs a reason */
  proposed: boolean;
  role: string | null;
  /** own, held-block, held-as or enclosing-block */
  via: string;
  /** where the mailbox comes from, in words */
  why: string;
}

/** A party's enforcement file: every order and demand it received, deadlines missed, re-uploads, demands to parties above it and follow-up findings, with their evidence; one document for a penalty decision. */
export interface EnforcementFile {
  __typename?: 'EnforcementFile';
  /** the newest moment the file records */
  asOf: string | null;
  json: string;
  jsonPath: string;
  orderIds: string[];
  partyCountry: string | null;
  partyKey: string;
  partyName: string;
  /** where the PDF is downloaded (same sign-in) */
  pdfPath: string;
  /** SHA-256 of the JSON form, stated in the text and the PDF */
  sha256: string;
  summary: EnforcementSummary;
  text: string;
  textPath: string;
  /** orders to the party you may not read: not in the file */
  withheld: number;
}

export interface EnforcementSummary {
  __typename?: 'EnforcementSummary';
  compliedInTime: number;
  demands: number;
  /** information demands about the same URLs to parties above it */
  demandsAbove: number;
  followUpFindings: number;
  missedDeadlines: number;
  notComplied: number;
  open: number;
  orders: number;
  /** URLs that came back after removal */
  reUploads: number;
  removalOrders: number;
}

/** One node with everything the graph states about it. */
export interface Entity {
  __typename?: 'Entity';
  /** every edge touching the node, ended ones included, open first */
  facts: GraphEdge[];
  node: GraphNode;
  properties: NodeProperty[];
  /** neighbours left out of facts: in cases you are not a member of */
  withheld: Withheld;
}

/** One answer of one source to one query, as received: the proof behind facts. */
export interface Evidence {
  __typename?: 'Evidence';
  byteLength: number;
  /** why it failed */
  error: string | null;
  id: string;
  /** JSON: transport, rcode, HTTP status, counts */
  meta: string | null;
  observedAt: string;
  /** the query as sent */
  query: string;
  /** where a large bulk file is kept instead of its bytes */
  rawPath: string | null;
  /** the raw answer decoded as UTF-8 (invalid bytes replaced), its first 256 KiB; show it as text, never as HTML */
  rawText: string | null;
  rawTextTruncated: boolean;
  /** the server asked, by name */
  server: string;
  /** host:port actually contacted (or the file for bulk runs) */
  serverAddress: string;
  /** SHA-256 (hex) of the raw bytes */
  sha256: string;
  /** dns, whois, rdap, ripe-db, caida, cdn, user, notices, … */
  source: string;
  /** ok or failed */
  status: string;
}

/** The evidence pack of an order: the same order on the same graph gives the same bytes. */
export interface EvidencePackFile {
  __typename?: 'EvidencePackFile';
  evidenceCount: number;
  /** the printable page */
  html: string;
  /** the pack (format hostchain-evidence-pack/1) */
  json: string;
  /** SHA-256 of the JSON bytes, printed on the page */
  sha256: string;
}

/** The last follow-up lookup of one URL: when, what was asked, and whether it was answered (a failed or throttled lookup concludes nothing). */
export interface FollowUpCheck {
  __typename?: 'FollowUpCheck';
  answered: boolean;
  asked: string | null;
  at: string;
  /** the last answered state: resolving, NXDOMAIN or NODATA */
  state: string | null;
  url: string;
}

/** What a follow-up round found changed for one URL of the order (written only when something changed). */
export interface FollowUpFinding {
  __typename?: 'FollowUpFinding';
  /** when the round that found it ran */
  at: string;
  /** the answers it rests on */
  evidenceIds: string[];
  fromName: string | null;
  fromParty: string | null;
  id: string;
  /** moved, stopped-resolving or resolves-again */
  kind: string;
  /** NXDOMAIN or NODATA when it stopped resolving */
  state: string | null;
  toName: string | null;
  toParty: string | null;
  url: string;
  /** the finding in words: "example.org moved from A to B on …, evidence …" */
  words: string;
}

/** One follow-up round: orders and URLs asked, how many were answered, what was found. */
export interface FollowUpRound {
  __typename?: 'FollowUpRound';
  answered: number;
  at: string;
  findings: FollowUpRoundFinding[];
  notAnswered: number;
  orders: number;
  urls: number;
}

export interface FollowUpRoundFinding {
  __typename?: 'FollowUpRoundFinding';
  kind: string;
  orderId: string;
  toParty: string | null;
  url: string;
}

/** A fact (or a case/order link) between two nodes, with its interval and evidence. */
export interface GraphEdge {
  __typename?: 'GraphEdge';
  displayName: string;
  /** when a later answer no longer stated it; null while it holds */
  endedAt: string | null;
  evidence: Evidence | null;
  evidenceId: string | null;
  firstSeen: string | null;
  id: string;
  lastSeen: string | null;
  /** which source stated it: dns, rdap, whois, ripe-db, caida, … */
  source: string | null;
  /** GraphNode id of the start */
  sourceId: string;
  /** GraphNode id of the end */
  targetId: string;
  /** RESOLVES_TO, IN_NETBLOCK, WITHIN, HELD_BY, … */
  type: string;
}

/** A node of the investigation graph as the client draws it. */
export interface GraphNode {
  __typename?: 'GraphNode';
  /** a block's holder organisation's registered country, else the node's own (the chain's party country) */
  country: string | null;
  /** where country comes from: organisation (the registered holder), block (the block itself) or as (the AS registration) */
  countryFrom: string | null;
  /** "<label>:<key>": the same node has the same id in every answer */
  id: string;
  key: string;
  /** Url, Hostname, Domain, IpAddress, Netblock, Organization, AutonomousSystem, … */
  label: string;
  /** what to show: netname or organisation name, host name, address, … */
  name: string | null;
}

export interface GraphStats {
  __typename?: 'GraphStats';
  cases: number;
  urls: number;
}

export interface Health {
  __typename?: 'Health';
  checkedAt: string;
  database: DatabaseHealth;
  ok: boolean;
}

export interface HosterMonth {
  __typename?: 'HosterMonth';
  /** YYYY-MM (UTC, by report time) */
  month: string;
  notices: number;
  onlineAfter48hShare: number | null;
  /** URLs of each top party in the month */
  parties: HosterMonthParty[];
  removedWithin24hShare: number | null;
  urls: number;
}

export interface HosterMonthParty {
  __typename?: 'HosterMonthParty';
  partyKey: string;
  urls: number;
}

/** Orders and demands addressed to the party in the period, and how they ended. */
export interface HosterOrders {
  __typename?: 'HosterOrders';
  compliedInTime: number;
  informationDemands: number;
  late: number;
  notComplied: number;
  received: number;
  removalOrders: number;
}

export interface HosterReport {
  __typename?: 'HosterReport';
  from: string;
  months: HosterMonth[];
  moves: DomainMove[];
  role: HosterRole;
  rowCount: number;
  rows: HosterRow[];
  to: string;
  topN: number;
  /** their share of all reported URLs, 0–1 */
  topShare: number;
  /** URLs carried by the top N parties */
  topUrls: number;
  totals: HosterTotals;
}

/** The role a party had on the chain when the notice was sent. */
export type HosterRole = 'HOSTER' | 'LESSOR' | 'ORIGIN' | 'RESELLER' | 'UPSTREAM';

/** One party in one role over the period: a row of the ranking table. */
export interface HosterRow {
  __typename?: 'HosterRow';
  cases: number;
  country: string | null;
  /** domains back after all their reported URLs were removed */
  domainReuploads: number;
  domains: number;
  domainsMovedAway: number;
  /** domains that came to this party after a takedown elsewhere */
  domainsReceived: number;
  name: string;
  notices: number;
  orders: HosterOrders;
  /** Organization key (the block key when no holder is known, AS<n> for an AS without one): opens the party in the graph */
  partyKey: string;
  /** by URLs */
  rank: number;
  role: HosterRole;
  /** of all URLs reported in the period, 0–1 */
  shareOfUrls: number;
  speed: RemovalSpeed;
  /** notices of URLs reported again after a confirmed removal */
  urlReuploads: number;
  /** URLs reported at the party (each once) */
  urls: number;
}

export type HosterRowOrder = 'DOMAINS_RECEIVED' | 'ONLINE_AFTER_48H' | 'REUPLOADS' | 'URLS';

/** All URLs reported in the period, whatever party. */
export interface HosterTotals {
  __typename?: 'HosterTotals';
  /** notices attached to the nearest observation because no chain fact was in force at the notice */
  approximateAttachments: number;
  cases: number;
  domainReuploads: number;
  domains: number;
  notices: number;
  speed: RemovalSpeed;
  /** URLs with no party in the role at the notice (no chain known) */
  unattributedUrls: number;
  urlReuploads: number;
  urls: number;
}

/** A stretch of time in which the same addresses and hoster(s) were in force. */
export interface HostingPeriod {
  __typename?: 'HostingPeriod';
  addresses: string[];
  from: string;
  /** empty when the hoster is unknown (or nothing resolved) */
  hosters: HostingPeriodHoster[];
  /** false: the name gave no address in this period */
  resolved: boolean;
  /** null: still in force */
  to: string | null;
}

export interface HostingPeriodHoster {
  __typename?: 'HostingPeriodHoster';
  country: string | null;
  key: string;
  name: string;
}

export type Instrument = 'INFORMATION_DEMAND' | 'REGISTRAR_REQUEST' | 'REMOVAL_ORDER';

/** The chain that was in force until the name stopped resolving to it. */
export interface LastKnownChain {
  __typename?: 'LastKnownChain';
  chain: UrlChain;
  endedAt: string;
}

export interface LastRegistrar {
  __typename?: 'LastRegistrar';
  endedAt: string;
  evidenceId: string | null;
  key: string;
  name: string;
}

/** An order not acted on within its deadline (late, complied after it, or still open past it). */
export interface LateOrder {
  __typename?: 'LateOrder';
  addresseeCountry: string | null;
  addresseeKey: string;
  addresseeName: string;
  /** the member state whose authority must be told (the provider's establishment, when another EU member state); null: none */
  countryToTell: string | null;
  deadline: string | null;
  id: string;
  instrument: string;
  notices: AuthorityNotice[];
  sentAt: string | null;
  status: string;
  /** a notice to countryToTell is recorded */
  told: boolean;
  /** why that member state, or why none, in words */
  why: string;
}

/** The kind of material, chosen by the user: it sets the legal basis and the deadline of a removal order. */
export type Material = 'CSAM' | 'TERRORIST';

/** Jobs and decisions. */
export interface Mutation {
  __typename?: 'Mutation';
  /** Lets an account read the case (its creator or an administrator may). Refused with UNKNOWN_USER for an account that does not exist or is disabled. */
  addCaseMember: AddCaseMemberResult;
  changeOrderStatus: ChangeOrderStatusResult;
  /** A token for scripts, acting as the signed-in user with the same role. */
  createApiToken: CreatedApiToken;
  createUser: CreateUserResult;
  /** Records the decision of a proceeding on an order. */
  decideProceeding: DecideProceedingResult;
  /** Drafts an order from a suggestion group (suggestedRuleId), or against the suggestion with overrideReason, which is recorded. */
  draftOrder: DraftOrderResult;
  /** Import the hotline's notice-and-takedown records (CSV); bad lines are skipped and named, the good ones import. */
  importNotices: NoticeImport;
  /** Resolves the demo case (documentation addresses, example.* names) through loopback replay servers. */
  loadDemoCase: DemoResult;
  /** Records that a member state's competent authority was told about a late order (when, and how in the note). */
  recordAuthorityNotified: RecordAuthorityNotifiedResult;
  /** Records that a drafted order was sent outside hostchain (PERCI, post, …) and when: its deadline runs from then. Sending by e-mail from hostchain records itself. */
  recordOrderSent: RecordOrderSentResult;
  /** Records a complaint procedure, review proceeding or specific measure on an order (with its decision, when taken). */
  recordProceeding: RecordProceedingResult;
  /** Records the provider's answer (Annex II/III): removed, access disabled, gone without knowing which, or could not be executed (with its reason); the content's form and target. Content gone completes the order, late when after its deadline. */
  recordProviderFeedback: RecordProviderFeedbackResult;
  /** Records one URL of the order as removed; with all removed the order is complied, or late after its deadline. */
  recordRemoval: RecordRemovalResult;
  /** Takes an account off the case (its creator or an administrator may). A case left without members is closed until an administrator adds some. */
  removeCaseMember: RemoveCaseMemberResult;
  /** Resumes an interrupted job: a new job over the same list that skips the URLs resolved since the first one started. Null when the job is unknown or was not interrupted. */
  resumeResolve: ResolveJob | null;
  /** Revokes one of the caller's tokens (an admin may revoke anyone's). */
  revokeApiToken: boolean;
  /** Runs the follow-up of one open order now (the server runs it for every open order every followUp.intervalMinutes; the CLI: hostchain follow-up run). */
  runFollowUp: FollowUpRound;
  /** Sends a drafted order or demand by e-mail through the configured mail server, with its document and evidence pack attached; the message is kept as evidence and the deadline runs from the server's acceptance. A sent order is sent again only with resend. */
  sendOrderByEmail: SendOrderByEmailResult;
  /** Creates the first administrator with the one-time setup link that `npm start` prints on a graph without one. Works once, only from a loopback address. */
  setUpFirstAdmin: SetUpFirstAdminResult;
  /** Disables another account (its sessions end; its password and tokens stop working) or enables it again. */
  setUserDisabled: SetUserDisabledResult;
  /** Gives another account a new role (an admin never changes their own). */
  setUserRole: SetUserRoleResult;
  /** Starts a browser session: the answer sets the HttpOnly session cookie and gives the CSRF token. */
  signIn: SignedIn;
  /** Ends the browser session and clears its cookie. */
  signOut: boolean;
  /** Starts resolving URLs (one per list entry) into hosting chains; optionally grouped in a case. */
  startResolve: StartResolvePayload;
}

export interface Neighbourhood {
  __typename?: 'Neighbourhood';
  edges: GraphEdge[];
  nodes: GraphNode[];
  /** the limit cut it short: there is more to expand */
  truncated: boolean;
  /** left out: in cases you are not a member of */
  withheld: Withheld;
}

/** URLs of a job whose host name gave no address, for one DNS state. */
export interface NoAddressCount {
  __typename?: 'NoAddressCount';
  count: number;
  /** NXDOMAIN, NODATA (answers), or the failure: TIMEOUT, SERVFAIL, REFUSED, FAILED */
  state: string;
}

export interface NodeProperty {
  __typename?: 'NodeProperty';
  name: string;
  value: string;
}

/** The CSV header of each field (case-insensitive); unset fields are looked for under url, reported_at, notice_at, removed_at, last_online_at, id, case. */
export interface NoticeColumnsInput {
  case?: string | null;
  id?: string | null;
  lastOnlineAt?: string | null;
  noticeAt?: string | null;
  removedAt?: string | null;
  reportedAt?: string | null;
  url?: string | null;
}

export interface NoticeImport {
  __typename?: 'NoticeImport';
  /** the same file was imported before; nothing was written */
  alreadyImported: boolean;
  /** the run: the evidence of every notice it imported */
  evidenceId: string;
  problemCount: number;
  /** the first 1,000 skipped lines */
  problems: NoticeLineProblem[];
  records: number;
  urls: number;
}

/** A line that was skipped: where (line and field) and why. */
export interface NoticeLineProblem {
  __typename?: 'NoticeLineProblem';
  position: string;
  reason: string;
}

/** A removal order, information demand or registrar request. */
export interface Order {
  __typename?: 'Order';
  addresseeCountry: string | null;
  addresseeKey: string;
  addresseeName: string;
  /** the authority's member state when drafted; the reasons are read against it */
  authorityCountry: string | null;
  /** the case it was drafted for */
  caseName: string | null;
  /** how it was sent; null until sent */
  channel: OrderChannel | null;
  /** Article 11(3): the provider must not tell the content provider */
  confidential: boolean;
  /** what identifies the content beyond its URLs */
  contentDescription: string | null;
  contentForm: ContentForm | null;
  createdAt: string;
  createdBy: string;
  /** set when the order is sent */
  deadline: string | null;
  deadlineHours: number | null;
  /** The order's documents: its own, and the Article 4 copy when the provider is in another EU member state; Dutch and English, text and PDF. */
  documents: OrderDocumentLink[];
  emailDelivery: EmailDelivery;
  events: OrderEvent[];
  /** What the follow-up of the order found since it was sent */
  followUp: OrderFollowUp;
  id: string;
  instrument: string;
  legalBasis: string | null;
  material: string | null;
  /** the statuses this order may move to now (server/orders/order-status.ts); empty when final */
  nextStatuses: OrderStatus[];
  /** the provider's answer; null until recorded */
  outcome: ProviderOutcome | null;
  /** when the provider acted or answered */
  outcomeAt: string | null;
  /** why it could not be executed, or a note */
  outcomeReason: string | null;
  overrideReason: string | null;
  /** complaints, review proceedings and specific measures on this order, oldest first */
  proceedings: Proceeding[];
  /** every attempt to send it by e-mail, refused ones too, oldest first */
  sendAttempts: SentMessage[];
  sentAt: string | null;
  /** the e-mail the order was sent as, when sent by e-mail: its deadline runs from the server accepting it */
  sentMessage: SentMessage | null;
  /** the sent e-mail, kept as evidence */
  sentMessageEvidenceId: string | null;
  /** drafted, sent, acknowledged, complied, late, not-complied, withdrawn */
  status: string;
  suggestedRuleId: string | null;
  target: ContentTarget | null;
  /** a TCO removal order's reasons: the kinds of terrorist content (Article 2(7)) */
  tcoGrounds: TcoGround[];
  urls: OrderUrl[];
}

/** How an order or demand was sent; the EU asks how many removal orders went outside PERCI. */
export type OrderChannel = 'EMAIL' | 'OTHER' | 'PERCI' | 'POST';

export interface OrderConnection {
  __typename?: 'OrderConnection';
  edges: OrderEdge[];
  pageInfo: PageInfo;
}

/** tco-removal-order (Annex I), tco-cross-border-copy (Article 4), csam-order (Dutch CSAM act), information-demand (Awb 5:16) */
export type OrderDocumentKind = 'CSAM_ORDER' | 'INFORMATION_DEMAND' | 'TCO_CROSS_BORDER_COPY' | 'TCO_REMOVAL_ORDER';

/** One of an order's documents in one language and format, and where to download it (each download is made anew and audited). */
export interface OrderDocumentLink {
  __typename?: 'OrderDocumentLink';
  format: DocumentFormat;
  kind: OrderDocumentKind;
  language: DocumentLanguage;
  /** path on this server: GET it with the session cookie or a token */
  url: string;
}

/** The text of an order document: the same order gives the same text (and SHA-256). */
export interface OrderDocumentText {
  __typename?: 'OrderDocumentText';
  filename: string;
  kind: OrderDocumentKind;
  language: DocumentLanguage;
  /** SHA-256 of the UTF-8 text */
  sha256: string;
  text: string;
}

export interface OrderEdge {
  __typename?: 'OrderEdge';
  cursor: string;
  node: Order;
}

/** One status change: when, who, and a note. */
export interface OrderEvent {
  __typename?: 'OrderEvent';
  at: string;
  by: string;
  note: string | null;
  status: string;
}

/** The follow-up of an open order: its URLs' chains re-resolved on a schedule (DNS, registry, routing; never the content). */
export interface OrderFollowUp {
  __typename?: 'OrderFollowUp';
  /** the last lookup of each URL */
  checks: FollowUpCheck[];
  findings: FollowUpFinding[];
  lastCheckedAt: string | null;
  /** URLs whose last lookup failed or was throttled: not answered, nothing concluded */
  notAnswered: FollowUpCheck[];
  suggestedNewOrder: SuggestedNewOrder | null;
}

export type OrderRefusalCode = 'BAD_TRANSITION' | 'DUPLICATE' | 'NOT_FOUND' | 'NO_ADDRESSEE' | 'NO_REASON' | 'NO_URLS' | 'OVERRIDE_WITHOUT_REASON';

/** The order change is not possible as asked (a transition the status table forbids, an unknown order, an override without its reason, …). */
export interface OrderRefused {
  __typename?: 'OrderRefused';
  code: string;
  message: string;
  /** the code as an enum */
  reason: OrderRefusalCode;
}

export type OrderSendRefusalCode = 'ALREADY_SENT' | 'BAD_RECIPIENT' | 'NOT_DELIVERED' | 'NOT_FOUND' | 'NOT_SENDABLE' | 'NO_SMTP' | 'RECIPIENT_WITHOUT_REASON' | 'REFUSED_BY_SERVER' | 'SENDING' | 'SENT_NOT_RECORDED';

/** The order was not sent by e-mail: refused before sending (already sent, no mail server, a recipient without its reason), or the mail server refused it or could not be reached; then the attempt is kept as evidence. */
export interface OrderSendRefused {
  __typename?: 'OrderSendRefused';
  code: string;
  /** the failed attempt as kept (source smtp) */
  evidenceId: string | null;
  message: string;
  messageId: string | null;
  reason: OrderSendRefusalCode;
  /** the mail server's answer, or the connection error */
  serverReply: string | null;
}

export type OrderStatus = 'ACKNOWLEDGED' | 'COMPLIED' | 'DRAFTED' | 'LATE' | 'NOT_COMPLIED' | 'SENT' | 'WITHDRAWN';

export interface OrderUrl {
  __typename?: 'OrderUrl';
  removedAt: string | null;
  url: string;
}

export interface PageInfo {
  __typename?: 'PageInfo';
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
}

/** A party on a chain with its role there. */
export interface Party {
  __typename?: 'Party';
  abuseContacts: string[];
  basis: RoleBasis;
  /** the registry block that makes it a party */
  block: string | null;
  blockStatus: string | null;
  /** the country the EU rules use */
  country: string | null;
  countryFrom: CountrySource | null;
  inEu: boolean | null;
  /** Organization key, or the block key when no holder is known */
  key: string;
  name: string;
  /** a ChainPartyRole value: hoster, reseller, lessor, upstream, cdn, registrar, … */
  role: string;
  /** why it has this role, in words */
  why: string;
}

/** A party's record: orders received and how they ended. */
export interface PartyRecord {
  __typename?: 'PartyRecord';
  compliedInTime: number;
  late: number;
  notComplied: number;
  /** URLs removed under its orders that came back online: reported again by a later notice or covered by a later order */
  reUploads: number;
  received: number;
}

/** A complaint procedure, review proceeding or specific measure on an order, and its decision. */
export interface Proceeding {
  __typename?: 'Proceeding';
  /** who recorded it */
  by: string;
  decidedAt: string | null;
  /** null while pending */
  decision: string | null;
  id: string;
  kind: ProceedingKind;
  note: string | null;
  orderId: string;
  /** the provider a specific measure concerns */
  partyKey: string | null;
  startedAt: string;
}

/** What the transparency report counts beside the orders (TCO Regulation Article 21(1)(b), (d), (e)). */
export type ProceedingKind = 'COMPLAINT' | 'REVIEW' | 'SPECIFIC_MEASURE';

/** The provider's answer in the TCO Regulation's terms (Annex II: removed or access disabled; Annex III: could not be executed). */
export type ProviderOutcome = 'DISABLED' | 'NOT_ESTABLISHED' | 'NOT_EXECUTED' | 'REMOVED';

/** Read access to the hosting-chain graph. */
export interface Query {
  __typename?: 'Query';
  /** The suggested addressees for a case and/or a list of URLs, grouped by instrument and party. */
  addressees: AddresseeSuggestion;
  /** Audit entries from a time on, oldest first. */
  auditLog: AuditEntry[];
  /** The whole log checked, with what was found in sentences: unsigned, changed or missing entries. */
  auditLogCheck: AuditLogCheck;
  /** A case you are a member of (an administrator: any case, its content closed unless a member); others are refused with NOT_A_MEMBER. */
  case: Case | null;
  /** The cases you are a member of, newest first; for an administrator every case (the content of those they are not a member of stays closed). */
  cases: CaseConnection;
  /** The hosting chain of a URL (any spelling; it is normalised), now or as it was at a moment, or null when not resolved yet. */
  chain: UrlChain | null;
  /** The enforcement file of a party (organisation or block key); null when no such party. */
  enforcementFile: EnforcementFile | null;
  /** One node by label and key (as search and neighbourhood give them), or null. */
  entity: Entity | null;
  evidence: Evidence | null;
  evidencePack: EvidencePackFile | null;
  graphStats: GraphStats;
  /** Whether the API and its database are up, and the schema state of the graph. */
  health: Health;
  /** Repeat bad hosters: per party in a role, the URLs reported in [from, to), removal speed, re-uploads, orders and moves after takedowns; notices attach to the chain as it was when each was sent. */
  hosterReport: HosterReport;
  /** The hosting history of a URL's host name (a bare domain or address works too), oldest first, from the dated facts. */
  hostingTimeline: HostingPeriod[];
  /** Orders past their deadline that you may read, newest deadline first, each with the member state to tell and whether it was told. */
  lateOrders: LateOrder[];
  /** Who is signed in (null when nobody is). */
  me: CurrentUser | null;
  myApiTokens: ApiToken[];
  /** The nodes and edges around a node (null when it does not exist): depth 1 to 3, at most limit nodes (up to 2,000). */
  neighbourhood: Neighbourhood | null;
  order: Order | null;
  /** An order's document as text; null when there is no such order. kind defaults to the order's own document. */
  orderDocument: OrderDocumentText | null;
  /** Orders and demands of the cases you are a member of (and those drafted without a case for URLs you may read), newest first; only the given statuses, or one addressee’s, when asked. */
  orders: OrderConnection;
  /** Orders a party (organisation or block key) received and how they ended. */
  partyRecord: PartyRecord;
  resolveJob: ResolveJob | null;
  /** An IP address (the blocks holding it, most specific first), a CIDR, an AS number, an e-mail address, or words of a name or handle. */
  search: SearchHit[];
  /** The transparency figures of a calendar year. */
  transparencyReport: TransparencyReport;
  users: UserAccount[];
  /** Walks the hash chain of the whole log: null when every entry holds, else the first that does not. */
  verifyAuditLog: BrokenAuditEntry | null;
}

export type RecordAuthorityNotifiedResult = AuthRefused | AuthorityNotice | BadUrl | OrderRefused;

export type RecordOrderSentResult = AuthRefused | BadUrl | Order | OrderRefused;

export type RecordProceedingResult = AuthRefused | BadUrl | OrderRefused | Proceeding;

export type RecordProviderFeedbackResult = AuthRefused | BadUrl | Order | OrderRefused;

export type RecordRemovalResult = AuthRefused | BadUrl | Order | OrderRefused;

/** Why a change was not made: a code to branch on and a sentence to show. */
export interface Refusal {
  code: string;
  message: string;
}

/** A state of the domain in the registry, with the answer that stated it. */
export interface RegistryState {
  __typename?: 'RegistryState';
  evidenceId: string | null;
  since: string;
  state: string;
  words: string;
}

/** An input line that is not a resolvable URL, and why. */
export interface RejectedLine {
  __typename?: 'RejectedLine';
  input: string;
  line: number;
  reason: string;
}

/** Confirmed removals whose time from notice was above fromHours and up to toHours (the first bucket includes 0). */
export interface RemovalBucket {
  __typename?: 'RemovalBucket';
  fromHours: number;
  toHours: number | null;
  urls: number;
}

/** How fast reported URLs came down, the TU Delft monitor's way: the clock starts when the notice is sent; each URL counted once, by its first notice. */
export interface RemovalSpeed {
  __typename?: 'RemovalSpeed';
  /** the time-to-removal histogram */
  distribution: RemovalBucket[];
  /** nearest rank, over confirmed removals */
  medianRemovalHours: number | null;
  notRemoved: number;
  /** removed 48 h or more after the notice, or never removed and seen online 48 h or more after it */
  onlineAfter48h: number;
  onlineAfter48hShare: number | null;
  p90RemovalHours: number | null;
  /** with a confirmed removal */
  removed: number;
  removedWithin24h: number;
  /** of urls, 0–1 */
  removedWithin24hShare: number | null;
  /** neither removed nor seen online 48 h after the notice */
  unknownOutcome: number;
  urls: number;
}

export type RemoveCaseMemberResult = AuthRefused | Case;

export interface ResolveJob {
  __typename?: 'ResolveJob';
  /** while paused, and on an interrupted job: since when the database has been unavailable */
  databaseUnavailableSince: string | null;
  /** URLs whose lookups all ran and were stored, with or without an address (withAddress + noAddress) */
  done: number;
  etaSeconds: number | null;
  /** URLs whose resolve stopped on an error (not finished) */
  failed: number;
  finishedAt: string | null;
  id: string;
  lastError: string | null;
  /** of the done URLs: the host name gave no address (see noAddressByState); not "resolved" */
  noAddress: number;
  /** the URLs without an address by DNS state, most frequent first */
  noAddressByState: NoAddressCount[];
  /** URLs neither looked up, failed nor skipped: still to do on a running job, left for a resume on an interrupted one */
  notAsked: number;
  perSecond: number;
  /** the interrupted job this one resumes */
  resumes: string | null;
  /** resolved recently; not asked again */
  skipped: number;
  startedAt: string;
  /** running; paused (the database is unavailable: the job waits for it, see databaseUnavailableSince); interrupted (the database stayed away: stopped, nothing it did not ask is marked failed; resumeResolve runs the rest); finished; or failed */
  state: string;
  total: number;
  /** of the done URLs: the host name resolved to at least one address (or the URL names an IP) */
  withAddress: number;
  /** of the done URLs: at least one lookup failed (kept as failed evidence; retrying asks again) */
  withFailedLookups: number;
}

/** viewer < investigator < legal < admin; each may do what the one before may (server/auth/permissions.ts). */
export type Role = 'admin' | 'investigator' | 'legal' | 'viewer';

/** How a role is known. */
export type RoleBasis = 'inferred' | 'presumed' | 'registered';

/** A schema migration recorded in the graph when it was applied. */
export interface SchemaMigration {
  __typename?: 'SchemaMigration';
  appliedAt: string;
  /** SHA-256 of the migration file as applied. */
  checksum: string;
  id: string;
}

/** A node found by search: its label and key, a display name and a detail (status, kind, role). */
export interface SearchHit {
  __typename?: 'SearchHit';
  detail: string | null;
  /** the GraphNode id, for neighbourhood and entity */
  id: string;
  key: string;
  label: string;
  name: string | null;
}

export type SendLanguage = 'EN' | 'NL';

export type SendOrderByEmailResult = AuthRefused | Order | OrderRefused | OrderSendRefused;

/** An e-mail an order was sent as (or offered as, when not accepted), kept as evidence byte for byte. */
export interface SentMessage {
  __typename?: 'SentMessage';
  accepted: boolean;
  /** when the mail server answered: for the accepted message, the sending time the deadline runs from */
  at: string;
  by: string;
  evidenceId: string;
  from: string;
  language: string;
  messageId: string;
  /** why it went to another address than the addressee's own contact */
  recipientReason: string | null;
  resend: boolean;
  /** host:port contacted */
  server: string;
  /** the server's final reply line ("250 2.0.0 queued as …"), or its refusal, or the connection error */
  serverReply: string;
  /** SHA-256 of the message bytes */
  sha256: string;
  subject: string;
  to: string;
}

export type SetUpFirstAdminResult = AuthRefused | UserAccount;

export type SetUserDisabledResult = AuthRefused | UserAccount;

export type SetUserRoleResult = AuthRefused | UserAccount;

/** A new browser session. The session id itself travels only in the HttpOnly cookie. */
export interface SignedIn {
  __typename?: 'SignedIn';
  /** what this role may do (server/auth/permissions.ts: read-case, write-case, create-order, change-order, …): a client shows only the controls for these */
  actions: string[];
  /** send back in the x-csrf-token header with every mutation */
  csrfToken: string;
  /** after 12 hours without use */
  expiresAt: string;
  role: string;
  username: string;
}

/** A party on the chains that no group addresses, and why (the same sentence for all the URLs it holds). */
export interface SkippedParty {
  __typename?: 'SkippedParty';
  party: Party;
  text: string;
  urls: string[];
}

export interface StartResolvePayload {
  __typename?: 'StartResolvePayload';
  job: ResolveJob;
  rejected: RejectedLine[];
}

/** Live progress over server-sent events. */
export interface Subscription {
  __typename?: 'Subscription';
  /** Progress events of a job until it ends, then the stream closes (a job that has ended gives its last state once; an unknown id is refused). */
  resolveJobProgress: ResolveJob;
}

/** After a move: the order the addressee suggestion proposes to the new hoster (draft it with draftOrder). */
export interface SuggestedNewOrder {
  __typename?: 'SuggestedNewOrder';
  addresseeKey: string;
  addresseeName: string;
  instrument: string;
  /** the rule it follows; null: the rules propose nothing for the new hoster, so drafting needs a reason */
  ruleId: string | null;
  urls: string[];
}

export interface SuggestionFlag {
  __typename?: 'SuggestionFlag';
  /** no-eu-representative, notify-member-state or last-known-chain */
  flag: string;
  party: Party;
  ruleId: string;
  text: string;
}

/** Why a rule applied to one address of one URL, with the evidence of the facts it rests on. */
export interface SuggestionReason {
  __typename?: 'SuggestionReason';
  address: string;
  evidenceIds: string[];
  ruleId: string;
  text: string;
  url: string;
}

/** A kind of terrorist content under Article 2(7) of Regulation (EU) 2021/784: the reasons of a TCO removal order. */
export type TcoGround = 'A_INCITES' | 'B_SOLICITS' | 'C_GROUP' | 'D_INSTRUCTS' | 'E_THREATENS';

/** An AS the origin buys transit from (CAIDA AS relationships). */
export interface TransitProvider {
  __typename?: 'TransitProvider';
  /** AS number (up to 2^32-1, beyond GraphQL Int) */
  asn: number;
  name: string | null;
}

/** One figure of the report: its key (as in the CSV), what it counts in words, and the count. */
export interface TransparencyFigure {
  __typename?: 'TransparencyFigure';
  count: number | null;
  figure: string;
  words: string;
}

/** The yearly transparency figures counted from the orders sent in the calendar year (UTC). */
export interface TransparencyReport {
  __typename?: 'TransparencyReport';
  asOf: string;
  /** the report as CSV: year, section, figure, words, count */
  csv: string;
  from: string;
  /** the report as one JSON document */
  json: string;
  sections: TransparencySection[];
  to: string;
  /** distinct URLs added to a case in the year, whatever their material */
  urlsAssessed: number;
  year: number;
}

/** The figures of one instrument in the year: TCO removal orders, CSAM orders or information demands. */
export interface TransparencySection {
  __typename?: 'TransparencySection';
  afterDeadline: number;
  crossBorderCopies: number;
  deadlineHours: number | null;
  /** every figure of the section, as the CSV lists them */
  figures: TransparencyFigure[];
  /** sent in the year */
  issued: number;
  /** tco, csam or demands */
  key: string;
  lateOrderNotifications: number;
  notGone: number;
  outsidePerci: number;
  /** the figures in sentences, as the page shows them first */
  sentences: string[];
  title: string;
  urlsInOrders: number;
  withinDeadline: number;
}

/** URL → host → CNAME chain → addresses → registry blocks and holders; the domain beside it. */
export interface UrlChain {
  __typename?: 'UrlChain';
  addresses: ChainAddress[];
  /** the host and the names its CNAME chain leads to */
  aliases: string[];
  /** the moment the chain is read at; null: now */
  at: string | null;
  /** when no address is in force: what the DNS answered (NXDOMAIN, …) */
  dnsStates: DnsState[];
  domain: ChainDomain | null;
  host: string;
  /** when the name no longer resolves: the chain in force until then */
  lastKnown: LastKnownChain | null;
  /** every party on the chain, once per role (of the last known chain when the name no longer resolves) */
  parties: ChainParty[];
  url: string;
}

export interface UserAccount {
  __typename?: 'UserAccount';
  createdAt: string;
  createdBy: string;
  /** when an admin disabled the account; null while it may sign in */
  disabledAt: string | null;
  role: string;
  username: string;
}

/** Nodes next to what was drawn that belong to cases you are not a member of (need-to-know): counted, never named. "3 URLs in cases you are not a member of". */
export interface Withheld {
  __typename?: 'Withheld';
  cases: number;
  notices: number;
  orders: number;
  urls: number;
}
