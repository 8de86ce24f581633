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
