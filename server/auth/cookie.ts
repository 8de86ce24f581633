// The session cookie. RFC 6265bis: HttpOnly keeps it from page script, Secure from plain HTTP,
// SameSite=Strict from every cross-site request (section 5.6.7.1), Path=/ for the whole app.
// No Expires or Max-Age: it lasts for the browser session, the server ends it after 12 idle hours.
// Secure is left off only for plain http to a loopback address (the local quick start), where the
// cookie never crosses a network and a browser would otherwise not keep it.
export const SESSION_COOKIE_NAME = 'hostchain_session';
export const SESSION_COOKIE_ATTRIBUTES = 'HttpOnly; Secure; SameSite=Strict; Path=/';
const LOOPBACK_COOKIE_ATTRIBUTES = 'HttpOnly; SameSite=Strict; Path=/';

export interface CookieTransport {
  /** False only for plain http to a loopback host. */
  secure: boolean;
}

const attributes = (t: CookieTransport) => (t.secure ? SESSION_COOKIE_ATTRIBUTES : LOOPBACK_COOKIE_ATTRIBUTES);

/** True for https, and for any host that is not a loopback name or address. */
export function needsSecureCookie(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host));
}

const TOKEN = /^[A-Za-z0-9_-]+$/;

/** The Set-Cookie header value that hands the browser its session id. */
export function sessionCookie(sessionId: string, t: CookieTransport = { secure: true }): string {
  if (!TOKEN.test(sessionId)) throw new Error('a session id is base64url text');
  return `${SESSION_COOKIE_NAME}=${sessionId}; ${attributes(t)}`;
}

/** The Set-Cookie header value that makes the browser drop the cookie (sign-out). */
export function clearSessionCookie(t: CookieTransport = { secure: true }): string {
  return `${SESSION_COOKIE_NAME}=; ${attributes(t)}; Max-Age=0`;
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
