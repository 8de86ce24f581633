// Who may call each root field of the API, and which calls go into the audit log: one table to
// review (the actions and the roles that may take them are in server/auth/permissions.ts). A root
// field missing here is refused for everyone (fail closed), and a test walks the printed schema
// so a new field cannot ship without a line here.
import type { Action } from '../../auth/permissions.ts';

export type Access =
  /** Anyone, signed in or not: the health check and signing in. */
  | 'public'
  /** Any signed-in user, whatever the role: about themselves (tokens, sign-out). */
  | 'signed-in'
  | Action;

export interface FieldAccess {
  access: Access;
  /** Written to the audit log when set: the call reads or changes a case, an order or evidence. The target names what from the arguments. */
  audit?: (args: Record<string, unknown>) => string | null;
  /** What one call takes from the caller's budget (query-limits.ts): 1 when unset; more for searches, walks and reports. */
  cost?: number;
}

const arg = (name: string, prefix: string) => (a: Record<string, unknown>) => (a[name] === undefined || a[name] === null ? null : `${prefix}:${String(a[name])}`);
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
const caseOrUrls = (a: Record<string, unknown>) => (typeof a.caseName === 'string' ? `case:${a.caseName}` : Array.isArray(a.urls) ? `urls:${a.urls.length}` : null);

export const ROOT_FIELD_ACCESS: Record<'Query' | 'Mutation' | 'Subscription', Record<string, FieldAccess>> = {
  Query: {
    health: { access: 'public' },
    me: { access: 'public' },
    graphStats: { access: 'read-case' },
    search: { access: 'read-case', cost: 5 },
    cases: { access: 'read-case', audit: () => 'cases' },
    case: { access: 'read-case', audit: arg('name', 'case') },
    neighbourhood: { access: 'read-case', cost: 5 },
    // The facts of a node come with their evidence: reading them is reading evidence.
    entity: { access: 'read-evidence', audit: (a) => `node:${String(a.label)}:${String(a.key)}` },
    evidence: { access: 'read-evidence', audit: arg('id', 'evidence') },
    chain: { access: 'read-case', audit: arg('url', 'url') },
    hostingTimeline: { access: 'read-case', audit: arg('url', 'url') },
    addressees: { access: 'read-case', audit: caseOrUrls, cost: 10 },
    order: { access: 'read-case', audit: arg('id', 'order') },
    orders: { access: 'read-case', audit: (a) => `orders:${Array.isArray(a.status) ? a.status.join(',') : 'all'}${typeof a.addresseeKey === 'string' ? `:party:${a.addresseeKey}` : ''}` },
    partyRecord: { access: 'read-case', audit: arg('key', 'party') },
    evidencePack: { access: 'read-evidence', audit: arg('orderId', 'order'), cost: 10 },
    resolveJob: { access: 'read-case', audit: arg('id', 'job') },
    // Reads the notices of every case in the period: audited as a report over the period.
    hosterReport: { access: 'read-case', audit: (a) => `hoster-report:${iso(a.from)}..${iso(a.to)}:${String(a.role ?? 'hoster')}`, cost: 20 },
    myApiTokens: { access: 'signed-in' },
    users: { access: 'manage-users' },
    auditLog: { access: 'read-audit' },
    verifyAuditLog: { access: 'read-audit', cost: 20 },
  },
  Mutation: {
    // A password hash is slow on purpose: a sign-in costs more than a read.
    signIn: { access: 'public', cost: 5 },
    signOut: { access: 'signed-in' },
    createApiToken: { access: 'signed-in' },
    revokeApiToken: { access: 'signed-in' },
    createUser: { access: 'manage-users' },
    setUserRole: { access: 'manage-users' },
    setUserDisabled: { access: 'manage-users' },
    // Nobody is signed in yet: the one-time token and a loopback address are the credential (server/auth/setup-token.ts).
    setUpFirstAdmin: { access: 'public', cost: 5 },
    startResolve: { access: 'write-case', audit: (a) => (typeof a.caseName === 'string' ? `case:${a.caseName}` : null), cost: 10 },
    resumeResolve: { access: 'write-case', audit: arg('id', 'job'), cost: 10 },
    importNotices: { access: 'import-data', audit: arg('fileName', 'notices'), cost: 10 },
    loadDemoCase: { access: 'write-case', audit: () => 'case:demo', cost: 10 },
    // Drafting with an overrideReason also needs override-suggestion: the resolver checks that.
    draftOrder: { access: 'create-order', audit: (a) => `party:${String(a.addresseeKey)}` },
    changeOrderStatus: { access: 'change-order', audit: arg('id', 'order') },
    // Seeing that a URL is gone is an investigator's check; the order's status follows from it.
    recordRemoval: { access: 'write-case', audit: arg('id', 'order') },
  },
  Subscription: {
    resolveJobProgress: { access: 'read-case', audit: arg('id', 'job') },
  },
};
