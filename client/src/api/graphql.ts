// The client's one way to the API: POST /graphql on the same origin (CSP connect-src 'self').
export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

export async function requestGraphQL<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    credentials: 'same-origin',
  });
  const body = (await res.json()) as GraphQLResponse<T>;
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (body.data === undefined) throw new Error(`no data (HTTP ${res.status})`);
  return body.data;
}
