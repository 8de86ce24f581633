// Who may call each root field, written down independently of server/graphql/access/: the lowest
// role that may call it ('public': anyone; 'signed-in': any account), and a small operation that
// calls it with harmless arguments (unknown ids, an empty list), so that an allowed call runs its
// resolver without changing much. access-control.test.ts tries each with every role and nobody.
import type { Role } from '../../../server/auth/permissions.ts';

export type Lowest = 'public' | 'signed-in' | Role;

export interface MatrixRow {
  lowest: Lowest;
  operation: string;
}

const q = (lowest: Lowest, body: string): MatrixRow => ({ lowest, operation: `query { ${body} }` });
const m = (lowest: Lowest, body: string): MatrixRow => ({ lowest, operation: `mutation { ${body} }` });
const NO_ORDER = 'ord-00000000-0000-0000-0000-000000000000';

export const QUERY_MATRIX: Record<string, MatrixRow> = {
  health: q('public', 'health { ok }'),
  me: q('public', 'me { username }'),
  graphStats: q('viewer', 'graphStats { urls }'),
  search: q('viewer', 'search(text: "198.51.100.1") { key }'),
  cases: q('viewer', 'cases(first: 1) { edges { node { name } } }'),
  case: q('viewer', 'case(name: "Matrix") { name }'),
  chain: q('viewer', 'chain(url: "http://matrix.example/") { url }'),
  hostingTimeline: q('viewer', 'hostingTimeline(url: "http://matrix.example/") { from }'),
  addressees: q('viewer', 'addressees(urls: ["http://matrix.example/"], material: CSAM) { unresolved }'),
  order: q('viewer', `order(id: "${NO_ORDER}") { id }`),
  orders: q('viewer', 'orders(first: 1, status: [SENT]) { edges { node { id } } }'),
  partyRecord: q('viewer', 'partyRecord(key: "RIPE:ORG-NONE") { received }'),
  evidencePack: q('viewer', `evidencePack(orderId: "${NO_ORDER}") { evidenceCount }`),
  orderDocument: q('viewer', `orderDocument(orderId: "${NO_ORDER}", language: EN) { text }`),
  resolveJob: q('viewer', 'resolveJob(id: "job-none") { id }'),
  lateOrders: q('viewer', 'lateOrders { id }'),
  enforcementFile: q('viewer', 'enforcementFile(partyKey: "RIPE:ORG-NONE") { sha256 }'),
  neighbourhood: q('viewer', 'neighbourhood(label: "IpAddress", key: "198.51.100.1") { truncated }'),
  entity: q('viewer', 'entity(label: "IpAddress", key: "198.51.100.1") { node { id } }'),
  evidence: q('viewer', 'evidence(id: "evidence-none") { id }'),
  myApiTokens: q('signed-in', 'myApiTokens { id }'),
  hosterReport: q('viewer', 'hosterReport(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { rowCount }'),
  transparencyReport: q('viewer', 'transparencyReport(year: 2025) { year }'),
  users: q('admin', 'users { username }'),
  auditLog: q('admin', 'auditLog(since: "2026-01-01T00:00:00Z", limit: 1) { seq }'),
  verifyAuditLog: q('admin', 'verifyAuditLog { seq }'),
  auditLogCheck: q('admin', 'auditLogCheck { ok findings }'),
};

export const MUTATION_MATRIX: Record<string, MatrixRow> = {
  signIn: m('public', 'signIn(username: "test-viewer", password: "correct horse battery staple") { username }'),
  signOut: m('signed-in', 'signOut'),
  createApiToken: m('signed-in', 'createApiToken(label: "matrix") { id }'),
  revokeApiToken: m('signed-in', 'revokeApiToken(id: "tok-none")'),
  createUser: m('admin', 'createUser(username: "matrix-user", role: viewer, password: "short") { __typename }'),
  setUserRole: m('admin', 'setUserRole(username: "matrix-nobody", role: viewer) { __typename }'),
  setUserDisabled: m('admin', 'setUserDisabled(username: "matrix-nobody", disabled: true) { __typename }'),
  setUpFirstAdmin: m('public', 'setUpFirstAdmin(setupToken: "none", username: "matrix-admin", password: "short") { __typename }'),
  startResolve: m('investigator', 'startResolve(urls: ["ftp://matrix.example/"]) { rejected { line } }'),
  resumeResolve: m('investigator', 'resumeResolve(id: "job-none") { id }'),
  loadDemoCase: m('investigator', 'loadDemoCase { resolved }'),
  importNotices: m('investigator', 'importNotices(fileName: "matrix.csv", csv: "url,reported_at\\n") { alreadyImported }'),
  draftOrder: m('investigator', 'draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-NONE", urls: [], material: CSAM) { __typename }'),
  changeOrderStatus: m('legal', `changeOrderStatus(id: "${NO_ORDER}", status: SENT) { __typename }`),
  recordRemoval: m('investigator', `recordRemoval(id: "${NO_ORDER}", url: "http://matrix.example/") { __typename }`),
  recordOrderSent: m('legal', `recordOrderSent(id: "${NO_ORDER}", channel: PERCI) { __typename }`),
  recordProviderFeedback: m('legal', `recordProviderFeedback(id: "${NO_ORDER}", outcome: REMOVED, at: "2026-01-01T00:00:00Z") { __typename }`),
  sendOrderByEmail: m('legal', `sendOrderByEmail(id: "${NO_ORDER}", to: "abuse@matrix.example", language: EN) { __typename }`),
  runFollowUp: m('investigator', `runFollowUp(orderId: "${NO_ORDER}") { urls }`),
  recordAuthorityNotified: m('legal', `recordAuthorityNotified(orderId: "${NO_ORDER}", country: "DE") { __typename }`),
  // Any account may ask; who may set a case's members (its creator, an administrator) is need-to-know's (need-to-know-matrix.ts).
  addCaseMember: m('viewer', 'addCaseMember(caseName: "Matrix", username: "matrix-nobody") { __typename }'),
  removeCaseMember: m('viewer', 'removeCaseMember(caseName: "Matrix", username: "matrix-nobody") { __typename }'),
  recordProceeding: m('legal', `recordProceeding(orderId: "${NO_ORDER}", kind: COMPLAINT, startedAt: "2025-01-01T00:00:00Z") { __typename }`),
  decideProceeding: m('legal', `decideProceeding(orderId: "${NO_ORDER}", id: "proc-none", decision: "upheld", decidedAt: "2025-01-02T00:00:00Z") { __typename }`),
};

export const SUBSCRIPTION_MATRIX: Record<string, MatrixRow> = {
  resolveJobProgress: { lowest: 'viewer', operation: 'subscription { resolveJobProgress(id: "job-none") { id } }' },
};
