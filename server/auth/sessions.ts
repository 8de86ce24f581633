// Browser sessions: a random 256-bit id in an HttpOnly cookie (cookie.ts), stored only as its
// SHA-256, ended after 12 hours without use or on sign-out. The clock is injected.
import type { GraphDb } from '../db/driver.ts';
import { AuthError } from './auth-error.ts';
import { csrfTokenFor } from './csrf.ts';
import { isRole, type AuthUser } from './permissions.ts';
import { randomSecret, sha256Hex } from './secrets.ts';
import { END_SESSION, START_SESSION, TOUCH_SESSION } from './sessions-cypher.ts';
import { checkCredentials } from './users.ts';

/** OWASP Session Management Cheat Sheet: idle timeouts of hours suit low-risk apps; a working day here. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

export interface SessionClient {
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

export interface StartedSession {
  /** Goes into the cookie, and nowhere else. */
  sessionId: string;
  /** Goes to page script, which sends it back in the x-csrf-token header. */
  csrfToken: string;
  expiresAt: Date;
  user: AuthUser;
}

export async function startSession(db: GraphDb, username: string, password: string, client: SessionClient): Promise<StartedSession> {
  const user = await checkCredentials(db, username, password);
  if (user === undefined) throw new AuthError('UNAUTHENTICATED', 'wrong username or password');
  const sessionId = randomSecret();
  const expiresAt = new Date(client.now.getTime() + SESSION_IDLE_MS);
  await db.write(START_SESSION, {
    username: user.username, idHash: sha256Hex(sessionId), now: client.now.toISOString(), expiresAt: expiresAt.toISOString(),
    ip: client.ip, userAgent: client.userAgent?.slice(0, 512) ?? null,
  });
  return { sessionId, csrfToken: csrfTokenFor(sessionId), expiresAt, user };
}

/** The user of a live session, which counts as a use (the idle expiry moves on); undefined when ended or expired. */
export async function sessionUser(db: GraphDb, sessionId: string, now: Date): Promise<AuthUser | undefined> {
  if (sessionId === '') return undefined;
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  const [row] = await db.write<{ username: string; role: string }>(TOUCH_SESSION, { idHash: sha256Hex(sessionId), now: now.toISOString(), expiresAt: expiresAt.toISOString() });
  return row !== undefined && isRole(row.role) ? { username: row.username, role: row.role } : undefined;
}

/** True when a live session was ended by this call. */
export async function endSession(db: GraphDb, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db.write(END_SESSION, { idHash: sha256Hex(sessionId), now: now.toISOString() });
  return rows.length > 0;
}
