// What anchors the audit chain outside the database (issue 15, defect 4). The hash chain alone
// lets anyone with write access to the graph edit an entry and recompute every hash after it, or
// cut off the newest entries. So each entry also carries an HMAC over its hash under a key kept
// in the data folder (never in the graph), and every append writes a signed head (seq + hash) to
// a file beside the key: an edited entry no longer matches its HMAC, a cut-off tail falls short of
// the signed head.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GraphDb } from '../db/driver.ts';

export interface AuditAnchor {
  /** 32 random bytes, base64url; created 0600 on the first append that needs it. */
  keyFile: string;
  /** The newest entry this server appended, signed with the key. */
  headFile: string;
}

export interface SignedHead {
  seq: number;
  hash: string;
  /** The first entry signed with this key: entries before it were written before the key existed. */
  firstSignedSeq: number;
  mac: string;
}

const headSchema = z.object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/), firstSignedSeq: z.number().int().positive(), mac: z.string() });

/**
 * The anchor of a data folder (HOSTCHAIN_HOME): `<home>/audit/key`, and one signed head per
 * database the folder's key signs for: `head.json` for the local Neo4j, `head-<hash of URI and
 * database>.json` for a server of one's own (NEO4J_URI), so that commands pointed at another
 * database (a test server, a second site) never move the local database's head.
 */
export function auditAnchorIn(home: string, remote?: { uri: string; database?: string | undefined }): AuditAnchor {
  const dir = path.join(home, 'audit');
  const head = remote === undefined ? 'head.json' : `head-${createHash('sha256').update(`${remote.uri}\0${remote.database ?? ''}`).digest('hex').slice(0, 16)}.json`;
  return { keyFile: path.join(dir, 'key'), headFile: path.join(dir, head) };
}

// Bound once where the configuration is known (connectGraph), so the many callers of audit()
// keep their two arguments; a database without an anchor writes unsigned entries, as before.
const anchors = new WeakMap<GraphDb, AuditAnchor>();

export function bindAuditAnchor(db: GraphDb, anchor: AuditAnchor): GraphDb {
  anchors.set(db, anchor);
  return db;
}

export const anchorOf = (db: GraphDb): AuditAnchor | undefined => anchors.get(db);

export function readAuditKey(anchor: AuditAnchor): Buffer | undefined {
  if (!existsSync(anchor.keyFile)) return undefined;
  const key = Buffer.from(readFileSync(anchor.keyFile, 'utf8').trim(), 'base64url');
  if (key.length < 32) throw new Error(`${anchor.keyFile}: the audit key is shorter than 32 bytes; restore it from a backup of the data folder`);
  return key;
}

export function ensureAuditKey(anchor: AuditAnchor): Buffer {
  const existing = readAuditKey(anchor);
  if (existing !== undefined) return existing;
  mkdirSync(path.dirname(anchor.keyFile), { recursive: true, mode: 0o700 });
  // 'wx': two processes creating the key at once cannot both win; the loser reads the winner's.
  try {
    writeFileSync(anchor.keyFile, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  chmodSync(anchor.keyFile, 0o600);
  return readAuditKey(anchor)!;
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');

/** The HMAC an entry carries: over its hash, which covers its fields and the entry before. */
export const entryMac = (key: Buffer, hash: string) => hmac(key, `audit-entry\0${hash}`);

export const headMac = (key: Buffer, h: Omit<SignedHead, 'mac'>) => hmac(key, `audit-head\0${h.seq}\0${h.hash}\0${h.firstSignedSeq}`);

export function macMatches(expected: string, actual: string | null | undefined): boolean {
  if (typeof actual !== 'string' || actual.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(actual));
}

export function readSignedHead(anchor: AuditAnchor): SignedHead | undefined {
  if (!existsSync(anchor.headFile)) return undefined;
  const parsed = headSchema.safeParse(JSON.parse(readFileSync(anchor.headFile, 'utf8')));
  if (!parsed.success) throw new Error(`${anchor.headFile} is not a signed audit head: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
  return parsed.data;
}

/**
 * Moves the signed head forward to an entry just appended. Never backwards: a head that already
 * names a later entry stays, so a database cut back and written again is still found short.
 */
export function advanceSignedHead(anchor: AuditAnchor, key: Buffer, entry: { seq: number; hash: string }): void {
  const current = readSignedHead(anchor);
  if (current !== undefined && current.seq >= entry.seq) return;
  writeSignedHead(anchor, key, { ...entry, firstSignedSeq: current?.firstSignedSeq ?? entry.seq });
}

/** Replaces the head outright: only a restore, which deliberately takes the log back to a backup, does this. */
export function writeSignedHead(anchor: AuditAnchor, key: Buffer, h: Omit<SignedHead, 'mac'>): SignedHead {
  const head: SignedHead = { ...h, mac: headMac(key, h) };
  const tmp = `${anchor.headFile}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(head, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, anchor.headFile);
  return head;
}
