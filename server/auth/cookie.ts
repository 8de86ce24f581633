// The session cookie. RFC 6265bis: HttpOnly keeps it from page script, Secure from plain HTTP,
// SameSite=Strict from every cross-site request (section 5.6.7.1), Path=/ for the whole app.
// No Expires or Max-Age: it lasts for the browser session, the server ends it after 12 idle hours.
export const SESSION_COOKIE_NAME = 'hostchain_session';
export const SESSION_COOKIE_ATTRIBUTES = 'HttpOnly; Secure; SameSite=Strict; Path=/';

const TOKEN = /^[A-Za-z0-9_-]+$/;

/** The Set-Cookie header value that hands the browser its session id. */
export function sessionCookie(sessionId: string): string {
  if (!TOKEN.test(sessionId)) throw new Error('a session id is base64url text');
  return `${SESSION_COOKIE_NAME}=${sessionId}; ${SESSION_COOKIE_ATTRIBUTES}`;
}

/** The Set-Cookie header value that makes the browser drop the cookie (sign-out). */
export function clearSessionCookie(): string {
  return `${SESSION_COOKIE_NAME}=; ${SESSION_COOKIE_ATTRIBUTES}; Max-Age=0`;
}

/** The session id from a Cookie request header, or undefined. */
export function sessionIdFromCookie(header: string | null | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE_NAME) continue;
    const value = part.slice(eq + 1).trim();
    return TOKEN.test(value) ? value : undefined;
  }
  return undefined;
}
