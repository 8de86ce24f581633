// GraphQL over yoga.fetch (no port, no HTTP): the way graph tests ask the API, as a signed-in user
// of a role (an API token made on first use, after the file's graph reset) or as nobody.
import type { Role } from '../../server/auth/permissions.ts';
import type { GraphDb } from '../../server/db/driver.ts';
import type { HostchainYoga } from '../../server/graphql/yoga.ts';
import { testUserToken } from './test-users.ts';

export type Caller = { db: GraphDb; role: Role } | 'anonymous';

function headersFor(caller: Caller): () => Promise<Record<string, string>> {
  let token: Promise<string> | undefined;
  return async (): Promise<Record<string, string>> => {
    if (caller === 'anonymous') return { 'content-type': 'application/json' };
    token ??= testUserToken(caller.db, caller.role);
    return { 'content-type': 'application/json', authorization: `Bearer ${await token}` };
  };
}

async function post(yoga: HostchainYoga, headers: Record<string, string>, query: string, variables: Record<string, unknown>) {
  const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };
}

export function graphqlClient(yoga: HostchainYoga, caller: Caller) {
  const headers = headersFor(caller);
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post(yoga, await headers(), query, variables);
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  };
}

/** The errors of a request that is expected to fail: message and code of each. */
export function graphqlErrors(yoga: HostchainYoga, caller: Caller) {
  const headers = headersFor(caller);
  return async (query: string, variables: Record<string, unknown> = {}): Promise<{ message: string; code: unknown }[]> => {
    const body = await post(yoga, await headers(), query, variables);
    return (body.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code }));
  };
}
