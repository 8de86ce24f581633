// API tokens for scripts: "hc_" and 256 random bits, shown once and stored only as SHA-256.
// The prefix lets secret scanners and people recognise a leaked token. Each token also has a
// public id (not secret) to list and revoke it by.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../db/driver.ts';
import { AuthError } from './auth-error.ts';
import { isRole, type AuthUser } from './permissions.ts';
import { randomSecret, sha256Hex } from './secrets.ts';
import { CREATE_TOKEN, LIST_TOKENS, REVOKE_TOKEN, TOKEN_USER } from './tokens-cypher.ts';

export const TOKEN_PREFIX = 'hc_';
const TOKEN_SHAPE = /^hc_[A-Za-z0-9_-]{43}$/;

export interface CreatedToken {
  /** The public id, to list and revoke the token by. */
  id: string;
  /** The token itself: shown to the user now, and never again. */
  token: string;
}

export async function createToken(db: GraphDb, username: string, opts: { label: string; now: Date }): Promise<CreatedToken> {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const id = `tok-${randomUUID()}`;
  const rows = await db.write(CREATE_TOKEN, { username, id, hash: sha256Hex(token), label: opts.label, now: opts.now.toISOString() });
  if (rows.length === 0) throw new AuthError('UNKNOWN_USER', `no user named ${username}`);
  return { id, token };
}

/** The user of a token that is not revoked; undefined for anything else. */
export async function tokenUser(db: GraphDb, token: string): Promise<AuthUser | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const [row] = await db.read<{ username: string; role: string }>(TOKEN_USER, { hash: sha256Hex(token), limit: 1 });
  return row !== undefined && isRole(row.role) ? { username: row.username, role: row.role } : undefined;
}

/** True when a live token was revoked by this call; with `owner`, only that user's token is revoked. */
export async function revokeToken(db: GraphDb, id: string, opts: { now: Date; owner?: string | undefined }): Promise<boolean> {
  const rows = await db.write(REVOKE_TOKEN, { id, now: opts.now.toISOString(), owner: opts.owner ?? null });
  return rows.length > 0;
}

export interface TokenInfo {
  id: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export function listTokens(db: GraphDb, username: string): Promise<TokenInfo[]> {
  return db.read<TokenInfo>(LIST_TOKENS, { username, limit: 1000 });
}
