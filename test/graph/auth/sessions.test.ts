import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCsrf } from '../../../server/auth/csrf.ts';
import { endSession, SESSION_IDLE_MS, sessionUser, startSession } from '../../../server/auth/sessions.ts';
import { createFirstAdmin, createUser } from '../../../server/auth/users.ts';
import { nodesOf, propertiesContaining } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
const t0 = new Date('2025-03-01T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const client = { ip: '192.0.2.10', userAgent: 'Firefox/128', now: t0 };
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  await resetGraph(db);
  await createFirstAdmin(db, { username: 'ada', password: 'first admin passphrase' }, t0);
  await createUser(db, { username: 'ivo', password: 'investigator passphrase', role: 'investigator', by: 'ada' }, t0);
});
afterAll(() => db.close());

describe('browser sessions', () => {
  it('start with the right password: a 256-bit id, a CSRF token and an expiry 12 hours on', async () => {
    const s = await startSession(db, 'ivo', 'investigator passphrase', client);
    expect(s.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(checkCsrf(s.csrfToken, s.csrfToken)).toBe(true);
    expect(s.expiresAt).toEqual(later(12 * HOUR));
    expect(await sessionUser(db, s.sessionId, later(HOUR))).toEqual({ username: 'ivo', role: 'investigator' });
  });

  it('are stored under the hash of their id, linked to the user, and the id is in no property', async () => {
    const s = await startSession(db, 'ivo', 'investigator passphrase', client);
    expect(await propertiesContaining(db, s.sessionId)).toEqual([]);
    expect(await nodesOf(db, 'Session', ['ip', 'userAgent'])).toContain('192.0.2.10|Firefox/128');
  });

  it('are refused for a wrong password or an unknown user, with the same message', async () => {
    await expect(startSession(db, 'ivo', 'not the passphrase', client)).rejects.toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED', message: 'wrong username or password' }));
    await expect(startSession(db, 'nobody', 'investigator passphrase', client)).rejects.toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED', message: 'wrong username or password' }));
  });

  it('expire after 12 hours without use', async () => {
    const s = await startSession(db, 'ivo', 'investigator passphrase', client);
    expect(await sessionUser(db, s.sessionId, later(SESSION_IDLE_MS + 1))).toBeUndefined();
  });

  it('stay alive while used: each use moves the idle expiry on', async () => {
    const s = await startSession(db, 'ivo', 'investigator passphrase', client);
    expect(await sessionUser(db, s.sessionId, later(11 * HOUR))).toBeDefined();
    expect(await sessionUser(db, s.sessionId, later(22 * HOUR))).toEqual({ username: 'ivo', role: 'investigator' });
    expect(await sessionUser(db, s.sessionId, later(34 * HOUR + 1))).toBeUndefined();
  });

  it('are refused once ended, and end only once', async () => {
    const s = await startSession(db, 'ivo', 'investigator passphrase', client);
    expect(await endSession(db, s.sessionId, later(HOUR))).toBe(true);
    expect(await sessionUser(db, s.sessionId, later(HOUR + 1))).toBeUndefined();
    expect(await endSession(db, s.sessionId, later(HOUR + 2))).toBe(false);
  });

  it('refuse an id that was never issued', async () => {
    expect(await sessionUser(db, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', t0)).toBeUndefined();
    expect(await sessionUser(db, '', t0)).toBeUndefined();
  });
});
