// Who may call each root field of the API, and which calls go into the audit log: one table to
// review (the actions and the roles that may take them are in server/auth/permissions.ts). A root
// field missing here is refused for everyone (fail closed), and a test walks the printed schema
// so a new field cannot ship without a line here.
import type { Action } from '../../auth/permissions.ts';
import type { CaseBound } from './need-to-know-check.ts';

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
  /** What the call names that is bound to a case: refused with NOT_A_MEMBER unless the caller may read it (need-to-know-check.ts). */
  bound?: (args: Record<string, unknown>) => CaseBound | CaseBound[] | undefined;
}

const arg = (name: string, prefix: string) => (a: Record<string, unknown>) => (a[name] === undefined || a[name] === null ? null : `${prefix}:${String(a[name])}`);
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const ifStr = <T>(v: unknown, make: (s: string) => T): T | undefined => (str(v) === undefined ? undefined : make(str(v)!));
const urlsOf = (v: unknown) => (Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string') : typeof v === 'string' ? [v] : []);
const caseRead = (a: Record<string, unknown>) => ifStr(a.name, (name): CaseBound => ({ kind: 'case-read', name }));
const caseManage = (a: Record<string, unknown>) => ifStr(a.caseName, (name): CaseBound => ({ kind: 'case-manage', name }));
const urlArg = (a: Record<string, unknown>): CaseBound => ({ kind: 'urls', urls: urlsOf(a.url) });
const orderArg = (name: string) => (a: Record<string, unknown>) => ifStr(a[name], (id): CaseBound => ({ kind: 'order', id }));
const jobArg = (a: Record<string, unknown>) => ifStr(a.id, (id): CaseBound => ({ kind: 'job', id }));
const nodeArg = (a: Record<string, unknown>): CaseBound => ({ kind: 'node', label: String(a.label), key: String(a.key) });
/** A case named in a call works in it (members only), and the URLs named are checked themselves. */
const caseWorkOrUrls = (orNew: boolean) => (a: Record<string, unknown>): CaseBound[] => [
  ...(typeof a.caseName === 'string' ? [{ kind: 'case-work', name: a.caseName, orNew } as const] : []),
  { kind: 'urls', urls: urlsOf(a.urls) },
];
const caseOrUrls = (a: Record<string, unknown>) => (typeof a.caseName === 'string' ? `case:${a.caseName}` : Array.isArray(a.urls) ? `urls:${a.urls.length}` : null);

export const ROOT_FIELD_ACCESS: Record<'Query' | 'Mutation' | 'Subscription', Record<string, FieldAccess>> = {
  Query: {
    health: { access: 'public' },
    me: { access: 'public' },
    graphStats: { access: 'read-case' },
    search: { access: 'read-case', cost: 5 },
    // Lists only the caller's cases (an administrator's: all, their content closed unless a member).
    cases: { access: 'read-case', audit: () => 'cases' },
    case: { access: 'read-case', audit: arg('name', 'case'), bound: caseRead },
    // The walk leaves out URLs, cases, orders and notices the caller may not read (counted as withheld).
    neighbourhood: { access: 'read-case', bound: nodeArg, cost: 5 },
    // The facts of a node come with their evidence: reading them is reading evidence.
    entity: { access: 'read-evidence', audit: (a) => `node:${String(a.label)}:${String(a.key)}`, bound: nodeArg },
    evidence: { access: 'read-evidence', audit: arg('id', 'evidence'), bound: (a) => ifStr(a.id, (id): CaseBound => ({ kind: 'evidence', id })) },
    chain: { access: 'read-case', audit: arg('url', 'url'), bound: urlArg },
    hostingTimeline: { access: 'read-case', audit: arg('url', 'url'), bound: urlArg },
    addressees: { access: 'read-case', audit: caseOrUrls, bound: caseWorkOrUrls(false), cost: 10 },
    order: { access: 'read-case', audit: arg('id', 'order'), bound: orderArg('id') },
    orders: { access: 'read-case', audit: (a) => `orders:${Array.isArray(a.status) ? a.status.join(',') : 'all'}${typeof a.addresseeKey === 'string' ? `:party:${a.addresseeKey}` : ''}` },
    partyRecord: { access: 'read-case', audit: arg('key', 'party') },
    evidencePack: { access: 'read-evidence', audit: arg('orderId', 'order'), bound: orderArg('orderId'), cost: 10 },
    // Makes the document anew each call: every one is in the audit log, with the kind and language asked for.
    orderDocument: { access: 'read-evidence', audit: (a) => `order:${String(a.orderId)}:document:${String(a.kind ?? 'own')}.${String(a.language)}`, bound: orderArg('orderId'), cost: 10 },
    // Follow-up (issue 16): late orders the caller may read; a party's enforcement file (only orders the caller may read are in it).
    lateOrders: { access: 'read-case', audit: () => 'late-orders' },
    enforcementFile: { access: 'read-evidence', audit: arg('partyKey', 'party'), cost: 10 },
    resolveJob: { access: 'read-case', audit: arg('id', 'job'), bound: jobArg },
    // Reads the notices of every case in the period: audited as a report over the period.
    hosterReport: { access: 'read-case', audit: (a) => `hoster-report:${iso(a.from)}..${iso(a.to)}:${String(a.role ?? 'hoster')}`, cost: 20 },
    // Counts every case's orders of the year (no URL, case or party in it): audited as a report.
    transparencyReport: { access: 'read-case', audit: (a) => `transparency-report:${String(a.year)}`, cost: 20 },
    myApiTokens: { access: 'signed-in' },
    users: { access: 'manage-users' },
    auditLog: { access: 'read-audit' },
    verifyAuditLog: { access: 'read-audit', cost: 20 },
    auditLogCheck: { access: 'read-audit', cost: 20 },
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
    // A new case becomes the caller's; an existing one takes URLs from its members only.
    startResolve: { access: 'write-case', audit: (a) => (typeof a.caseName === 'string' ? `case:${a.caseName}` : null), bound: (a) => ifStr(a.caseName, (name): CaseBound => ({ kind: 'case-work', name, orNew: true })), cost: 10 },
    // The job's own case binds it, as for its progress.
    resumeResolve: { access: 'write-case', audit: arg('id', 'job'), bound: jobArg, cost: 10 },
    importNotices: { access: 'import-data', audit: arg('fileName', 'notices'), cost: 10 },
    loadDemoCase: { access: 'write-case', audit: () => 'case:demo', cost: 10 },
    // Drafting with an overrideReason also needs override-suggestion: the resolver checks that.
    draftOrder: { access: 'create-order', audit: (a) => `party:${String(a.addresseeKey)}`, bound: caseWorkOrUrls(false) },
    changeOrderStatus: { access: 'change-order', audit: arg('id', 'order'), bound: orderArg('id') },
    // Seeing that a URL is gone is an investigator's check; the order's status follows from it.
    recordRemoval: { access: 'write-case', audit: arg('id', 'order'), bound: orderArg('id') },
    recordOrderSent: { access: 'send-order', audit: arg('id', 'order'), bound: orderArg('id') },
    recordProviderFeedback: { access: 'change-order', audit: arg('id', 'order'), bound: orderArg('id') },
    // Sending is the authority speaking to a provider: legal staff; the resolver adds the recipient and Message-ID to the log.
    sendOrderByEmail: { access: 'send-order', audit: (x) => `order:${String(x.id)} to:${String(x.to)}`, bound: orderArg('id') },
    // Follow-up (issue 16): re-resolving an order's URLs is an investigator's lookup; telling another member state is legal's.
    runFollowUp: { access: 'write-case', audit: arg('orderId', 'order'), bound: orderArg('orderId'), cost: 10 },
    recordAuthorityNotified: { access: 'send-order', audit: arg('orderId', 'order'), bound: orderArg('orderId') },
    // Complaints, reviews and specific measures on an order are legal matters (the report counts them).
    recordProceeding: { access: 'change-order', audit: arg('orderId', 'order'), bound: orderArg('orderId') },
    decideProceeding: { access: 'change-order', audit: arg('orderId', 'order'), bound: orderArg('orderId') },
    // Its creator or an administrator sets who is on a case.
    addCaseMember: { access: 'read-case', audit: (a) => `case:${String(a.caseName)}:member:${String(a.username)}`, bound: caseManage },
    removeCaseMember: { access: 'read-case', audit: (a) => `case:${String(a.caseName)}:member:${String(a.username)}`, bound: caseManage },
  },
  Subscription: {
    resolveJobProgress: { access: 'read-case', audit: arg('id', 'job'), bound: jobArg },
  },
};
