// The administrator's screen: accounts, API tokens and the audit log; and the first
// administrator from the one-time setup link (before anyone can sign in).
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

// The parts of the schema's types (schema-types.ts, generated from the SDL) that the documents ask for.
export type Account = Pick<S.UserAccount, 'username' | 'role' | 'createdAt' | 'createdBy' | 'disabledAt'>;

export type ApiTokenInfo = Pick<S.ApiToken, 'id' | 'label' | 'createdAt' | 'revokedAt'>;

export type AuditLine = Pick<S.AuditEntry, 'seq' | 'at' | 'username' | 'action' | 'target' | 'ip'>;

const ACCOUNT = 'username role createdAt createdBy disabledAt';
const ACCOUNT_OR_REFUSAL = `__typename ... on UserAccount { ${ACCOUNT} } ... on Refusal { code message }`;
type AccountOrRefusal = (Account & { __typename: 'UserAccount' }) | { __typename: string; code: string; message: string };

function accountOrThrow(r: AccountOrRefusal): Account {
  if (r.__typename === 'UserAccount') return r as Account;
  throw new Error((r as { message: string }).message);
}

export async function fetchAccounts(): Promise<Account[]> {
  return (await requestGraphQL<{ users: Account[] }>(`{ users { ${ACCOUNT} } }`)).users;
}

export async function createAccount(username: string, role: string, password: string): Promise<Account> {
  const q = `mutation($u: String!, $r: Role!, $p: String!) { createUser(username: $u, role: $r, password: $p) { ${ACCOUNT_OR_REFUSAL} } }`;
  return accountOrThrow((await requestGraphQL<{ createUser: AccountOrRefusal }>(q, { u: username, r: role, p: password })).createUser);
}

export async function changeRole(username: string, role: string): Promise<Account> {
  const q = `mutation($u: String!, $r: Role!) { setUserRole(username: $u, role: $r) { ${ACCOUNT_OR_REFUSAL} } }`;
  return accountOrThrow((await requestGraphQL<{ setUserRole: AccountOrRefusal }>(q, { u: username, r: role })).setUserRole);
}

export async function setDisabled(username: string, disabled: boolean): Promise<Account> {
  const q = `mutation($u: String!, $d: Boolean!) { setUserDisabled(username: $u, disabled: $d) { ${ACCOUNT_OR_REFUSAL} } }`;
  return accountOrThrow((await requestGraphQL<{ setUserDisabled: AccountOrRefusal }>(q, { u: username, d: disabled })).setUserDisabled);
}

export async function fetchTokens(): Promise<ApiTokenInfo[]> {
  return (await requestGraphQL<{ myApiTokens: ApiTokenInfo[] }>('{ myApiTokens { id label createdAt revokedAt } }')).myApiTokens;
}

export async function createApiToken(label: string): Promise<{ id: string; token: string }> {
  return (await requestGraphQL<{ createApiToken: { id: string; token: string } }>('mutation($l: String!) { createApiToken(label: $l) { id token } }', { l: label })).createApiToken;
}

export async function revokeApiToken(id: string): Promise<boolean> {
  return (await requestGraphQL<{ revokeApiToken: boolean }>('mutation($id: ID!) { revokeApiToken(id: $id) }', { id })).revokeApiToken;
}

export interface AuditCheck {
  ok: boolean;
  broken: { seq: number; reason: string; message: string } | null;
  /** What the check found, in sentences: the HMACs, the head signed outside the graph, unsigned older entries. */
  findings: string[];
}

/** The audit entries since a time (oldest first) and the check of the whole log (hash chain, HMACs, signed head). */
export async function fetchAudit(since: Date): Promise<{ entries: AuditLine[]; check: AuditCheck }> {
  const q = 'query($s: DateTime!) { auditLog(since: $s, limit: 2000) { seq at username action target ip } auditLogCheck { ok broken { seq reason message } findings } }';
  const d = await requestGraphQL<{ auditLog: AuditLine[]; auditLogCheck: AuditCheck }>(q, { s: since.toISOString() });
  return { entries: d.auditLog, check: d.auditLogCheck };
}

export async function setUpFirstAdmin(setupToken: string, username: string, password: string): Promise<Account> {
  const q = `mutation($t: String!, $u: String!, $p: String!) { setUpFirstAdmin(setupToken: $t, username: $u, password: $p) { ${ACCOUNT_OR_REFUSAL} } }`;
  return accountOrThrow((await requestGraphQL<{ setUpFirstAdmin: AccountOrRefusal }>(q, { t: setupToken, u: username, p: password })).setUpFirstAdmin);
}
