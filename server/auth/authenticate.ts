// Who is asking, from a request's headers: an API token (`Authorization: Bearer hc_…`, for
// scripts) or the browser's session cookie. A cookie-authenticated request also says whether it
// carried the session's CSRF token, so the caller can refuse a change that lacks it.
import type { GraphDb } from '../db/driver.ts';
import { sessionIdFromCookie } from './cookie.ts';
import { checkCsrf, CSRF_HEADER, csrfTokenFor } from './csrf.ts';
import type { AuthUser } from './permissions.ts';
import { sessionUser } from './sessions.ts';
import { tokenUser } from './tokens.ts';

export interface RequestAuth {
  user: AuthUser | undefined;
  via: 'token' | 'session' | 'none';
  /** Set for a live browser session: what page script must send back in x-csrf-token. */
  csrfToken: string | undefined;
  /** True for tokens (no ambient credential to forge) and for sessions whose request carried the right CSRF token. */
  csrfOk: boolean;
  /** The session id of the cookie, for sign-out. */
  sessionId: string | undefined;
}

export const ANONYMOUS: RequestAuth = { user: undefined, via: 'none', csrfToken: undefined, csrfOk: false, sessionId: undefined };

/** RFC 6750 section 2.1: `Authorization: Bearer <token>`, scheme case-insensitive. */
const BEARER = /^Bearer\s+(\S+)\s*$/i;

export async function authenticate(db: GraphDb, headers: Headers, now: Date): Promise<RequestAuth> {
  const bearer = BEARER.exec(headers.get('authorization') ?? '');
  if (bearer !== null) {
    const user = await tokenUser(db, bearer[1]!);
    // A wrong token is not silently downgraded to the cookie: the script should hear it is wrong.
    return { ...ANONYMOUS, user, via: user === undefined ? 'none' : 'token', csrfOk: user !== undefined };
  }
  const sessionId = sessionIdFromCookie(headers.get('cookie'));
  if (sessionId === undefined) return ANONYMOUS;
  const user = await sessionUser(db, sessionId, now);
  if (user === undefined) return { ...ANONYMOUS, sessionId };
  const csrfToken = csrfTokenFor(sessionId);
  return { user, via: 'session', csrfToken, csrfOk: checkCsrf(csrfToken, headers.get(CSRF_HEADER)), sessionId };
}

/** The client's address as the socket saw it (no proxy headers are trusted: the server binds to loopback by default). */
export function clientIp(serverContext: unknown): string | null {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? null;
}
