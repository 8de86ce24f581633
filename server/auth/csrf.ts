// CSRF protection for the browser session. The token is derived from the session id (SHA-256 with
// a purpose label), so nothing more is stored and a token read by page script cannot be turned
// back into the HttpOnly session id. The browser sends it in a header a cross-site form cannot set.
import { timingSafeEqual } from 'node:crypto';
import { sha256Hex } from './secrets.ts';

export const CSRF_HEADER = 'x-csrf-token';

export function csrfTokenFor(sessionId: string): string {
  return Buffer.from(sha256Hex(`hostchain-csrf\0${sessionId}`), 'hex').toString('base64url');
}

/** Constant-time: compares SHA-256 digests of both, so even the length of the token does not leak. */
export function checkCsrf(sessionCsrf: string, headerValue: string | null | undefined): boolean {
  if (headerValue === null || headerValue === undefined || headerValue === '' || sessionCsrf === '') return false;
  return timingSafeEqual(Buffer.from(sha256Hex(sessionCsrf), 'hex'), Buffer.from(sha256Hex(headerValue), 'hex'));
}
