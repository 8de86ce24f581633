// The hash chain of the audit log. Each entry's hash covers the previous entry's hash and all of
// its own fields, so changing, removing or reordering an entry breaks every hash after it.
// (Removing the newest entries leaves a shorter valid chain: compare with a head hash kept
// outside the graph to catch that.)
import { sha256Hex } from './secrets.ts';

/** What the first entry follows. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry that its hash covers, as stored. */
export interface AuditFields {
  seq: number;
  id: string;
  /** ISO 8601 with milliseconds, UTC. */
  at: string;
  username: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  /** JSON text as stored, or null. */
  detail: string | null;
}

/** SHA-256 over the previous hash and the fields, as a JSON array: positional, so key order cannot vary. */
export function auditEntryHash(prevHash: string, f: AuditFields): string {
  return sha256Hex(JSON.stringify([prevHash, f.seq, f.id, f.at, f.username, f.action, f.target, f.ip, f.detail]));
}
