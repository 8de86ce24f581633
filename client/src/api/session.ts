// Signing in and out. The session id never reaches script: it is an HttpOnly cookie.
import { requestGraphQL, setCsrfToken } from './graphql.ts';
import type * as S from './schema-types.ts';

export type SessionUser = Pick<S.CurrentUser, 'username' | 'role' | 'actions'>;

export async function fetchMe(): Promise<SessionUser | null> {
  const d = await requestGraphQL<{ me: Pick<S.CurrentUser, 'username' | 'role' | 'csrfToken' | 'actions'> | null }>('{ me { username role csrfToken actions } }');
  setCsrfToken(d.me?.csrfToken ?? null);
  return d.me === null ? null : { username: d.me.username, role: d.me.role, actions: d.me.actions };
}

export async function signIn(username: string, password: string): Promise<SessionUser> {
  const q = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username role csrfToken actions } }';
  const d = await requestGraphQL<{ signIn: Pick<S.SignedIn, 'username' | 'role' | 'csrfToken' | 'actions'> }>(q, { u: username, p: password });
  setCsrfToken(d.signIn.csrfToken);
  return { username: d.signIn.username, role: d.signIn.role, actions: d.signIn.actions };
}

export async function signOut(): Promise<void> {
  await requestGraphQL<{ signOut: boolean }>('mutation { signOut }');
  setCsrfToken(null);
}
