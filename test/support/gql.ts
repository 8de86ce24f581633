// GraphQL over yoga.fetch (no port, no HTTP): the way graph tests ask the API.
import type { HostchainYoga } from '../../server/graphql/yoga.ts';

export function graphqlClient(yoga: HostchainYoga) {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data!;
  };
}

/** The errors of a request that is expected to fail: message and code of each. */
export function graphqlErrors(yoga: HostchainYoga) {
  return async (query: string, variables: Record<string, unknown> = {}): Promise<{ message: string; code: unknown }[]> => {
    const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: unknown } }[] };
    return (body.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code }));
  };
}
