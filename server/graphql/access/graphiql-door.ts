// GraphiQL is a tool for users: a browser that is not signed in gets a short page saying where to
// sign in instead of 9 MB of editor, and every answer of the API carries the security headers the
// rest of the site has. GraphiQL's page is inline script and style, so it gets its own policy:
// inline allowed, but nothing fetched or framed from anywhere else.
import type { Plugin } from 'graphql-yoga';
import type { GraphDb } from '../../db/driver.ts';
import { authenticate } from '../../auth/authenticate.ts';
import { COMMON_HEADERS, cspWith } from '../../http/security-headers.ts';

export const GRAPHIQL_CSP = cspWith({
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self' data:",
  'worker-src': "'self' blob:",
});

const SIGN_IN_FIRST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostchain: sign in first</title></head>
<body><h1>Sign in first</h1><p>GraphiQL is for signed-in users. <a href="/">Sign in on the main page</a>, then open this address again.
Scripts use an API token (Authorization: Bearer …) made on the Account screen.</p></body></html>
`;

function wantsPage(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

/** For yoga's `graphiql` option: the editor only for a signed-in browser. */
export function graphiqlForUsers<T>(db: GraphDb, now: () => Date, options: T): (request: Request) => Promise<T | false> {
  return async (request) => ((await authenticate(db, request.headers, now())).user === undefined ? false : options);
}

/** Answers the page request that graphiqlForUsers turned down, and adds the headers to every answer. */
export function graphiqlDoor(db: GraphDb, now: () => Date): Plugin {
  return {
    onRequest: async ({ request, endResponse, fetchAPI }) => {
      if (!wantsPage(request)) return;
      if ((await authenticate(db, request.headers, now())).user !== undefined) return;
      endResponse(new fetchAPI.Response(SIGN_IN_FIRST, { status: 401, headers: { 'content-type': 'text/html; charset=utf-8' } }));
    },
    onResponse: ({ response }) => {
      for (const [k, v] of Object.entries(COMMON_HEADERS)) response.headers.set(k, v);
      response.headers.set('content-security-policy', (response.headers.get('content-type') ?? '').startsWith('text/html') ? GRAPHIQL_CSP : "default-src 'none'; frame-ancestors 'none'");
    },
  };
}
