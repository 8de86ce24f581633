// Who may read what a case holds, written down apart from the server (server/graphql/access/ and
// server/queries/need-to-know.ts are not read here): each case-bound field or walk, called with the
// fixture's case "Operation Nightjar", and what each kind of caller should get.
// - 'shown': it ran and the answer carries a URL path of the case (MARKER)
// - 'ran': it ran and the answer carries none (nothing to show, or withheld from a walk)
// - 'NOT_A_MEMBER' / 'FORBIDDEN' / 'UNAUTHENTICATED': refused with that code
// Members: alice (investigator, made the case), bob (viewer) and carol (legal), added by alice.
// Non-members: one account of each role (test-viewer … test-admin). Nobody: no credentials.
import type { Role } from '../../../server/auth/permissions.ts';

/** Every URL of the case has this in its path; no shared fact (host, address, block) does. */
export const MARKER = 'nightjar-path';
export const CASE = 'Operation Nightjar';
export const SECRET_IP_URL = `http://198.51.100.3/${MARKER}/1.jpg`;
export const SECRET_HOST_URL = `http://shop-b.example/${MARKER}/2.jpg`;
export const OPEN_URL = 'http://198.51.100.4/open/3.jpg';

export type Expect = 'shown' | 'ran' | 'NOT_A_MEMBER' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export interface Fixture {
  orderId: string;
  jobId: string;
  intakeEvidenceId: string;
  noticeRunEvidenceId: string;
}

export interface NtkRow {
  /** The lowest role that may call it at all (below it: FORBIDDEN). */
  lowest: Role;
  /** What a member at or above `lowest` gets. */
  member: Exclude<Expect, 'FORBIDDEN' | 'UNAUTHENTICATED'>;
  /** What a signed-in non-member at or above `lowest` gets. */
  nonMember: Exclude<Expect, 'FORBIDDEN' | 'UNAUTHENTICATED'>;
  /** When an administrator who is not a member gets something else (they see that a case exists). */
  adminNonMember?: Exclude<Expect, 'FORBIDDEN' | 'UNAUTHENTICATED'>;
  /** When only the case's creator (alice) among members may (setting members). */
  creatorOnly?: boolean;
  operation: (f: Fixture) => string;
}

const q = (lowest: Role, member: NtkRow['member'], nonMember: NtkRow['nonMember'], operation: NtkRow['operation'], extra: Partial<NtkRow> = {}): NtkRow =>
  ({ lowest, member, nonMember, operation: (f) => `query { ${operation(f)} }`, ...extra });
const m = (lowest: Role, member: NtkRow['member'], nonMember: NtkRow['nonMember'], operation: NtkRow['operation'], extra: Partial<NtkRow> = {}): NtkRow =>
  ({ lowest, member, nonMember, operation: (f) => `mutation { ${operation(f)} }`, ...extra });
const s = JSON.stringify;

export const NEED_TO_KNOW: Record<string, NtkRow> = {
  'cases: the list': q('viewer', 'shown', 'ran', () => 'cases(first: 200) { edges { node { name urls { edges { node { url } } } orders { urls { url } } } } }'),
  'case: its URLs': q('viewer', 'shown', 'NOT_A_MEMBER', () => `case(name: ${s(CASE)}) { name urlCount urls { edges { node { url } } } }`, { adminNonMember: 'ran' }),
  'case: its orders': q('viewer', 'shown', 'NOT_A_MEMBER', () => `case(name: ${s(CASE)}) { orders { id urls { url } } }`, { adminNonMember: 'ran' }),
  'case: its members': q('viewer', 'ran', 'NOT_A_MEMBER', () => `case(name: ${s(CASE)}) { members { username } }`, { adminNonMember: 'ran' }),
  'chain: an address URL': q('viewer', 'shown', 'NOT_A_MEMBER', () => `chain(url: ${s(SECRET_IP_URL)}) { url }`),
  'chain: a host-name URL': q('viewer', 'shown', 'NOT_A_MEMBER', () => `chain(url: ${s(SECRET_HOST_URL)}) { url }`),
  'hostingTimeline': q('viewer', 'ran', 'NOT_A_MEMBER', () => `hostingTimeline(url: ${s(SECRET_HOST_URL)}) { from }`),
  'addressees: by case': q('viewer', 'shown', 'NOT_A_MEMBER', () => `addressees(caseName: ${s(CASE)}, material: CSAM) { unresolved groups { urls } }`),
  'addressees: by URL': q('viewer', 'shown', 'NOT_A_MEMBER', () => `addressees(urls: [${s(SECRET_IP_URL)}], material: CSAM) { unresolved groups { urls } }`),
  'order': q('viewer', 'shown', 'NOT_A_MEMBER', (f) => `order(id: "${f.orderId}") { id urls { url } }`),
  'orders: the list': q('viewer', 'shown', 'ran', () => 'orders(first: 200) { edges { node { id urls { url } } } }'),
  'orders: one addressee': q('viewer', 'shown', 'ran', () => 'orders(first: 200, addresseeKey: "RIPE:ORG-H1-RIPE") { edges { node { urls { url } } } }'),
  'evidencePack': q('viewer', 'shown', 'NOT_A_MEMBER', (f) => `evidencePack(orderId: "${f.orderId}") { json }`),
  'orderDocument': q('viewer', 'shown', 'NOT_A_MEMBER', (f) => `orderDocument(orderId: "${f.orderId}", language: EN) { text }`),
  'resolveJob': q('viewer', 'ran', 'NOT_A_MEMBER', (f) => `resolveJob(id: "${f.jobId}") { id total }`),
  'evidence: the intake line of a URL': q('viewer', 'shown', 'NOT_A_MEMBER', (f) => `evidence(id: "${f.intakeEvidenceId}") { rawText }`),
  'evidence: the notice export naming it': q('viewer', 'shown', 'NOT_A_MEMBER', (f) => `evidence(id: "${f.noticeRunEvidenceId}") { rawText }`),
  'entity: the URL node': q('viewer', 'shown', 'NOT_A_MEMBER', () => `entity(label: "Url", key: ${s(SECRET_IP_URL)}) { node { id } }`),
  'entity: the case node': q('viewer', 'ran', 'NOT_A_MEMBER', () => `entity(label: "Case", key: ${s(`case:${CASE}`)}) { node { id } }`),
  'entity: the order node': q('viewer', 'shown', 'NOT_A_MEMBER', (f) => `entity(label: "Order", key: "${f.orderId}") { facts { sourceId targetId } }`),
  'entity: the notice node': q('viewer', 'shown', 'NOT_A_MEMBER', () => 'entity(label: "Notice", key: "notice:NJ-1") { facts { sourceId targetId } }'),
  'entity: the shared address': q('viewer', 'shown', 'ran', () => 'entity(label: "IpAddress", key: "198.51.100.3") { facts { sourceId targetId evidence { rawText } } }'),
  'entity: the shared host name': q('viewer', 'shown', 'ran', () => 'entity(label: "Hostname", key: "shop-b.example") { facts { sourceId targetId } }'),
  'neighbourhood: from the shared address': q('viewer', 'shown', 'ran', () => 'neighbourhood(label: "IpAddress", key: "198.51.100.3", depth: 2) { nodes { id name } edges { sourceId targetId evidence { rawText } } }'),
  'neighbourhood: from the shared host name': q('viewer', 'shown', 'ran', () => 'neighbourhood(label: "Hostname", key: "shop-b.example", depth: 3) { nodes { id name } }'),
  'neighbourhood: from the hoster, through its orders': q('viewer', 'shown', 'ran', () => 'neighbourhood(label: "Organization", key: "RIPE:ORG-H1-RIPE", depth: 3, limit: 2000) { nodes { id name } }'),
  'neighbourhood: from the URL node': q('viewer', 'shown', 'NOT_A_MEMBER', () => `neighbourhood(label: "Url", key: ${s(SECRET_IP_URL)}) { nodes { id } }`),
  'search: the address': q('viewer', 'ran', 'ran', () => 'search(text: "198.51.100.3") { id name detail }'),
  'search: the path': q('viewer', 'ran', 'ran', () => `search(text: ${s(MARKER)}) { id name detail }`),
  'search: the case name': q('viewer', 'ran', 'ran', () => 'search(text: "Nightjar") { id name detail }'),
  'startResolve: into the case': m('investigator', 'ran', 'NOT_A_MEMBER', () => `startResolve(urls: ["ftp://not-resolvable.example/"], caseName: ${s(CASE)}) { rejected { line } }`),
  'draftOrder: for the case': m('investigator', 'ran', 'NOT_A_MEMBER', () => `draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-H1-RIPE", urls: [], material: CSAM, caseName: ${s(CASE)}, suggestedRuleId: "removal-to-hoster") { __typename }`),
  'draftOrder: for its URL': m('investigator', 'ran', 'NOT_A_MEMBER', () => `draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-NONE", urls: [${s(SECRET_IP_URL)}], material: CSAM) { __typename }`),
  // A change the status table refuses (drafted → complied): it runs without changing the order.
  'changeOrderStatus': m('legal', 'ran', 'NOT_A_MEMBER', (f) => `changeOrderStatus(id: "${f.orderId}", status: COMPLIED) { __typename }`),
  'recordRemoval': m('investigator', 'ran', 'NOT_A_MEMBER', (f) => `recordRemoval(id: "${f.orderId}", url: "http://not-in-the-order.example/") { __typename }`),
  // Refused before any mail server is asked (not one address): it runs without sending.
  'sendOrderByEmail': m('legal', 'ran', 'NOT_A_MEMBER', (f) => `sendOrderByEmail(id: "${f.orderId}", to: "not-an-address", language: EN) { __typename }`),
  'addCaseMember': m('viewer', 'ran', 'NOT_A_MEMBER', () => `addCaseMember(caseName: ${s(CASE)}, username: "bob") { __typename }`, { adminNonMember: 'ran', creatorOnly: true }),
  'removeCaseMember': m('viewer', 'ran', 'NOT_A_MEMBER', () => `removeCaseMember(caseName: ${s(CASE)}, username: "nobody-on-it") { __typename }`, { adminNonMember: 'ran', creatorOnly: true }),
};
