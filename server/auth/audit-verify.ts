// Walks the audit chain from the first entry and names the first one that does not hold: its
// hash does not match its fields, it does not follow the entry before, entries are missing, its
// HMAC does not match (edited and re-hashed by someone without the key), or the log ends before
// the head signed outside the database (the newest entries were cut off).
import type { GraphDb } from '../db/driver.ts';
import { anchorOf, headMac, macMatches, readAuditKey, readSignedHead, entryMac, type AuditAnchor, type SignedHead } from './audit-anchor.ts';
import { AUDIT_PAGE } from './audit-cypher.ts';
import { auditEntryHash, GENESIS_HASH } from './audit-hash.ts';
import { fromRow, type AuditRow } from './audit.ts';

export interface BrokenAuditEntry {
  seq: number;
  /** Null when the entry named is missing (a cut-off tail). */
  id: string | null;
  reason: 'hash-mismatch' | 'chain-broken' | 'seq-gap' | 'mac-mismatch' | 'mac-missing' | 'key-missing' | 'truncated' | 'head-mismatch' | 'head-forged' | 'head-missing';
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The newest entry found (0 and the genesis hash for an empty log). */
  head: { seq: number; hash: string };
  signed: number;
  /** Entries written before the audit key existed, as inclusive seq ranges. */
  unsigned: Array<[number, number]>;
  signedHead: { seq: number; hash: string } | null;
  broken: BrokenAuditEntry | undefined;
  /** What was found, in sentences, for the CLI and the admin page. */
  findings: string[];
}

export interface VerifyOptions {
  /** Defaults to the anchor bound to `db` (connectGraph binds the data folder's). */
  anchor?: AuditAnchor | undefined;
  /** Check entries' HMACs but not the head file: a restore checks against the backup's own record instead. */
  ignoreSignedHead?: boolean | undefined;
  /** A head the log must end at exactly, e.g. the one recorded beside a backup. */
  expectHead?: { seq: number; hash: string; label: string } | undefined;
}

const PAGE = 1000;

/** The first entry that does not hold, or undefined: what the GraphQL field and older callers read. */
export async function verifyAuditChain(db: GraphDb, opts: VerifyOptions = {}): Promise<BrokenAuditEntry | undefined> {
  return (await verifyAuditLog(db, opts)).broken;
}

export async function verifyAuditLog(db: GraphDb, opts: VerifyOptions = {}): Promise<AuditVerification> {
  const anchor = opts.anchor ?? anchorOf(db);
  const key = anchor === undefined ? undefined : readAuditKey(anchor);
  const signedHead = anchor === undefined || opts.ignoreSignedHead === true ? undefined : readSignedHead(anchor);
  const walk = { prev: { seq: 0, hash: GENESIS_HASH }, entries: 0, signed: 0, unsigned: [] as Array<[number, number]>, hashAt: new Map<number, string>() };
  const want = new Set([signedHead?.seq, opts.expectHead?.seq].filter((s): s is number => s !== undefined));
  let broken: BrokenAuditEntry | undefined;
  for (let more = true; more && broken === undefined; ) {
    const rows = await db.read<AuditRow>(AUDIT_PAGE, { after: walk.prev.seq, limit: PAGE });
    for (const row of rows) {
      broken = checkEntry(row, walk.prev) ?? checkMac(row, { key, signedHead, anchor });
      if (broken !== undefined) break;
      walk.entries++;
      if (row.mac == null) addUnsigned(walk.unsigned, row.seq);
      else if (anchor !== undefined) walk.signed++;
      if (want.has(row.seq)) walk.hashAt.set(row.seq, row.hash);
      walk.prev = { seq: row.seq, hash: row.hash };
    }
    more = rows.length === PAGE;
  }
  broken ??= (opts.ignoreSignedHead === true ? undefined : checkSignedHead({ anchor, key, signedHead, walk })) ?? checkExpectedHead(opts.expectHead, walk);
  const findings = describe({ broken, walk, signedHead, anchor, key });
  if (opts.expectHead !== undefined && broken === undefined) findings.push(`the log ends at entry ${opts.expectHead.seq}, the head ${opts.expectHead.label} names`);
  return { ok: broken === undefined, entries: walk.entries, head: walk.prev, signed: walk.signed, unsigned: walk.unsigned, signedHead: signedHead === undefined ? null : { seq: signedHead.seq, hash: signedHead.hash }, broken, findings };
}

function checkEntry(row: AuditRow, prev: { seq: number; hash: string }): BrokenAuditEntry | undefined {
  const at = { seq: row.seq, id: row.id };
  if (row.seq !== prev.seq + 1) return { ...at, reason: 'seq-gap', message: `audit entry ${row.seq} follows entry ${prev.seq}: entries ${prev.seq + 1}–${row.seq - 1} are missing` };
  if (row.prevHash !== prev.hash) return { ...at, reason: 'chain-broken', message: `audit entry ${row.seq} does not follow the entry before it (prevHash differs)` };
  const { prevHash, hash, mac: _mac, ...fields } = fromRow(row);
  if (auditEntryHash(prevHash, fields) !== hash) return { ...at, reason: 'hash-mismatch', message: `audit entry ${row.seq} was changed after it was written (its hash does not match its fields)` };
  return undefined;
}

function checkMac(row: AuditRow, a: { key: Buffer | undefined; signedHead: SignedHead | undefined; anchor: AuditAnchor | undefined }): BrokenAuditEntry | undefined {
  const at = { seq: row.seq, id: row.id };
  // No anchor bound (a test driver, a script): the hash chain is all that can be checked, and the findings say so.
  if (a.anchor === undefined) return undefined;
  if (row.mac == null) {
    if (a.signedHead !== undefined && row.seq >= a.signedHead.firstSignedSeq) return { ...at, reason: 'mac-missing', message: `audit entry ${row.seq} carries no HMAC, though every entry from ${a.signedHead.firstSignedSeq} on was signed: it was replaced` };
    return undefined;
  }
  if (a.key === undefined) return { ...at, reason: 'key-missing', message: `audit entry ${row.seq} carries an HMAC but no audit key was found at ${a.anchor.keyFile}: the entries cannot be checked (restore the key from the data folder's backup)` };
  if (!macMatches(entryMac(a.key, row.hash), row.mac)) return { ...at, reason: 'mac-mismatch', message: `audit entry ${row.seq} was changed: its HMAC does not match (its hash was recomputed by someone without the audit key)` };
  return undefined;
}

interface Walk { prev: { seq: number; hash: string }; signed: number; hashAt: Map<number, string> }

function checkSignedHead(a: { anchor: AuditAnchor | undefined; key: Buffer | undefined; signedHead: SignedHead | undefined; walk: Walk }): BrokenAuditEntry | undefined {
  const { anchor, key, signedHead: h, walk } = a;
  if (anchor === undefined) return undefined;
  if (h === undefined) {
    if (walk.signed === 0) return undefined;
    return { seq: walk.prev.seq, id: null, reason: 'head-missing', message: `the log holds signed entries but the signed head ${anchor.headFile} is gone: a cut-off tail cannot be ruled out` };
  }
  if (key === undefined || !macMatches(headMac(key, h), h.mac)) return { seq: h.seq, id: null, reason: 'head-forged', message: `the signed head ${anchor.headFile} does not match its HMAC${key === undefined ? ' (no audit key found)' : ''}: it cannot be trusted` };
  if (walk.prev.seq < h.seq) return { seq: walk.prev.seq + 1, id: null, reason: 'truncated', message: `${missing(walk.prev.seq + 1, h.seq)} missing after the signed head: the head signed outside the database names entry ${h.seq}, the log ends at entry ${walk.prev.seq}` };
  if (walk.hashAt.get(h.seq) !== h.hash) return { seq: h.seq, id: null, reason: 'head-mismatch', message: `audit entry ${h.seq} is not the one the signed head names (hash ${h.hash.slice(0, 12)}…): the log was replaced from there` };
  return undefined;
}

function checkExpectedHead(e: VerifyOptions['expectHead'], walk: Walk): BrokenAuditEntry | undefined {
  if (e === undefined) return undefined;
  if (walk.prev.seq < e.seq) return { seq: walk.prev.seq + 1, id: null, reason: 'truncated', message: `${missing(walk.prev.seq + 1, e.seq)} missing: ${e.label} names entry ${e.seq}, the log ends at entry ${walk.prev.seq}` };
  const at = e.seq === 0 ? GENESIS_HASH : walk.hashAt.get(e.seq);
  if (at !== e.hash) return { seq: e.seq, id: null, reason: 'head-mismatch', message: `audit entry ${e.seq} is not the one ${e.label} names (hash ${e.hash.slice(0, 12)}…)` };
  return undefined;
}

function describe(a: { broken: BrokenAuditEntry | undefined; walk: Walk & { entries: number; unsigned: Array<[number, number]> }; signedHead: SignedHead | undefined; anchor: AuditAnchor | undefined; key: Buffer | undefined }): string[] {
  const { walk } = a;
  const out = [a.broken === undefined ? `audit log: ${walk.entries} ${walk.entries === 1 ? 'entry' : 'entries'}, chain intact (newest entry ${walk.prev.seq})` : `audit log NOT intact: ${a.broken.message}`];
  if (walk.signed > 0) out.push(walk.signed === 1 ? '1 entry carries a valid HMAC' : `${walk.signed} entries carry a valid HMAC`);
  if (a.anchor !== undefined) for (const [from, to] of walk.unsigned) out.push(`${from === to ? `entry ${from} is` : `entries ${from}–${to} are`} unsigned: written before the audit key existed (hash chain only)`);
  if (a.anchor === undefined) out.push('no audit key is configured for this database: entries are checked by their hash chain only');
  else if (a.signedHead !== undefined && a.broken === undefined) out.push(`the log reaches the head signed outside the database (entry ${a.signedHead.seq})`);
  return out;
}

function addUnsigned(ranges: Array<[number, number]>, seq: number): void {
  const last = ranges.at(-1);
  if (last !== undefined && last[1] === seq - 1) last[1] = seq;
  else ranges.push([seq, seq]);
}

const missing = (from: number, to: number) => (from === to ? `entry ${from} is` : `entries ${from}–${to} are`);
