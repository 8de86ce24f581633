import { describe, expect, it } from 'vitest';
import { clearSessionCookie, SESSION_COOKIE_ATTRIBUTES, sessionCookie, sessionIdFromCookie } from '../../../server/auth/cookie.ts';
import { checkCsrf, csrfTokenFor } from '../../../server/auth/csrf.ts';

const SID = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';

describe('the CSRF check', () => {
  it('accepts the token of the session and refuses another, a missing or an empty one', () => {
    const token = csrfTokenFor(SID);
    expect(checkCsrf(token, token)).toBe(true);
    expect(checkCsrf(token, csrfTokenFor(`${SID}x`))).toBe(false);
    expect(checkCsrf(token, token.slice(0, -1))).toBe(false);
    expect(checkCsrf(token, undefined)).toBe(false);
    expect(checkCsrf(token, null)).toBe(false);
    expect(checkCsrf('', '')).toBe(false);
  });

  it('derives a token that does not contain the session id', () => {
    expect(csrfTokenFor(SID)).not.toContain(SID);
    expect(csrfTokenFor(SID)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, Secure, SameSite=Strict and for the whole path', () => {
    expect(SESSION_COOKIE_ATTRIBUTES).toBe('HttpOnly; Secure; SameSite=Strict; Path=/');
    expect(sessionCookie(SID)).toBe(`hostchain_session=${SID}; HttpOnly; Secure; SameSite=Strict; Path=/`);
  });

  it('is cleared with the same attributes and Max-Age=0', () => {
    expect(clearSessionCookie()).toBe('hostchain_session=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0');
  });

  it('refuses to format a value that could inject attributes', () => {
    expect(() => sessionCookie('x; Domain=evil.example')).toThrow();
  });

  it('is read back from a Cookie header among others, and nothing else is taken for it', () => {
    expect(sessionIdFromCookie(`theme=dark; hostchain_session=${SID}; lang=nl`)).toBe(SID);
    expect(sessionIdFromCookie('theme=dark')).toBeUndefined();
    expect(sessionIdFromCookie('hostchain_session=a"b')).toBeUndefined();
    expect(sessionIdFromCookie(undefined)).toBeUndefined();
  });
});
