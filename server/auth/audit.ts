// The append-only audit log: who did what to which case, order or account, when and from where.
// This module can only add and read entries; each entry is chained to the one before by hash
// (audit-hash.ts) and, where the data folder holds the audit key, signed with an HMAC that the
// database does not hold (audit-anchor.ts), so an edit made around it is found by verifyAuditChain.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../db/driver.ts';
import { AuthError } from './auth-error.ts';
import { advanceSignedHead, anchorOf, ensureAuditKey, entryMac } from './audit-anchor.ts';
import { APPEND_AUDIT, AUDIT_HEAD, READ_AUDIT } from './audit-cypher.ts';
import { auditEntryHash, GENESIS_HASH, type AuditFields } from './audit-hash.ts';
import type { AuthUser } from './permissions.ts';

export interface AuditEvent {
  /** Undefined for what happens before sign-in (a failed sign-in, the first admin). */
  user: AuthUser | undefined;
  action: string;
  target?: string | null | undefined;
  ip?: string | null | undefined;
  at: Date;
  detail?: Record<string, unknown> | undefined;
}

export interface AuditRecord extends AuditFields {
  prevHash: string;
  hash: string;
  /** HMAC over `hash` with the data folder's audit key; null for an entry written without one. */
  mac: string | null;
}

/** A stored row: the time comes back as epoch milliseconds. */
export type AuditRow = Omit<AuditRecord, 'at'> & { atMs: number };

// Concurrent writers lose the race to the next seq now and then; each retry re-reads the head.
const ATTEMPTS = 8;
const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

export async function audit(db: GraphDb, e: AuditEvent): Promise<AuditRecord> {
  const anchor = anchorOf(db);
  const key = anchor === undefined ? undefined : ensureAuditKey(anchor);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    // On the leader (write routing): the entry must follow the newest committed one.
    const [head] = await db.write<{ seq: number; hash: string }>(AUDIT_HEAD, { limit: 1 });
    const prevHash = head?.hash ?? GENESIS_HASH;
    const fields: AuditFields = {
      seq: (head?.seq ?? 0) + 1, id: randomUUID(), at: e.at.toISOString(), username: e.user?.username ?? null, action: e.action,
      target: e.target ?? null, ip: e.ip ?? null, detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    };
    const hash = auditEntryHash(prevHash, fields);
    const mac = key === undefined ? null : entryMac(key, hash);
    try {
      const rows = await db.write(APPEND_AUDIT, { ...fields, prevHash, hash, mac, genesis: GENESIS_HASH });
      if (rows.length > 0) {
        if (anchor !== undefined && key !== undefined) advanceSignedHead(anchor, key, { seq: fields.seq, hash });
        return { ...fields, prevHash, hash, mac };
      }
    } catch (err) {
      if ((err as { code?: string }).code !== CONSTRAINT_FAILED) throw err;
    }
  }
  throw new AuthError('AUDIT_CONTENDED', `the audit entry "${e.action}" could not be appended after ${ATTEMPTS} attempts: too many concurrent writers`);
}

/** Entries at or after `since`, oldest first. Callers check the read-audit permission. */
export async function readAudit(db: GraphDb, opts: { since: Date; limit: number }): Promise<AuditRecord[]> {
  const rows = await db.read<AuditRow>(READ_AUDIT, { since: opts.since.toISOString(), limit: opts.limit });
  return rows.map(fromRow);
}

export function fromRow(r: AuditRow): AuditRecord {
  const { atMs, ...rest } = r;
  return { ...rest, mac: rest.mac ?? null, at: new Date(atMs).toISOString() };
}
