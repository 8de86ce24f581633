// The client's one way to the API: POST /graphql on the same origin (CSP connect-src 'self').
// The session rides in the HttpOnly cookie; every mutation also sends the CSRF token the server
// gave at sign-in (or in `me` after a reload).
export interface GraphQLError {
  message: string;
  extensions?: { code?: string; since?: string };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** An error the API answered with; `code` is its extensions.code (UNAUTHENTICATED, FORBIDDEN, …). */
export class ApiError extends Error {
  readonly code: string | undefined;
  /** DATABASE_UNAVAILABLE: since when the server has found its database away (ISO 8601). */
  readonly since: string | undefined;
  constructor(message: string, code: string | undefined, since?: string) {
    super(message);
    this.code = code;
    this.since = since;
  }
}

let csrfToken: string | null = null;
const unauthenticatedListeners: (() => void)[] = [];

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the API says nobody is signed in (an expired session, a sign-out elsewhere). */
export function onUnauthenticated(listener: () => void): void {
  unauthenticatedListeners.push(listener);
}

export async function requestGraphQL<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'same-origin' });
  const body = (await res.json()) as GraphQLResponse<T>;
  const first = body.errors?.[0];
  if (first !== undefined) {
    const code = first.extensions?.code;
    if (code === 'UNAUTHENTICATED') for (const l of unauthenticatedListeners) l();
    throw new ApiError(body.errors!.map((e) => e.message).join('; '), code, first.extensions?.since);
  }
  if (body.data === undefined || body.data === null) throw new ApiError(`no data (HTTP ${res.status})`, undefined);
  return body.data;
}
