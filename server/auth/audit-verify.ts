// Walks the audit chain from the first entry and names the first one that does not hold: its
// hash does not match its fields, it does not follow the entry before, or entries are missing.
import type { GraphDb } from '../db/driver.ts';
import { AUDIT_PAGE } from './audit-cypher.ts';
import { auditEntryHash, GENESIS_HASH } from './audit-hash.ts';
import { fromRow, type AuditRow } from './audit.ts';

export interface BrokenAuditEntry {
  seq: number;
  id: string;
  reason: 'hash-mismatch' | 'chain-broken' | 'seq-gap';
  message: string;
}

const PAGE = 1000;

export async function verifyAuditChain(db: GraphDb): Promise<BrokenAuditEntry | undefined> {
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const rows = await db.read<AuditRow>(AUDIT_PAGE, { after: prev.seq, limit: PAGE });
    for (const row of rows) {
      const broken = checkEntry(row, prev);
      if (broken !== undefined) return broken;
      prev = { seq: row.seq, hash: row.hash };
    }
    if (rows.length < PAGE) return undefined;
  }
}

function checkEntry(row: AuditRow, prev: { seq: number; hash: string }): BrokenAuditEntry | undefined {
  const at = { seq: row.seq, id: row.id };
  if (row.seq !== prev.seq + 1) return { ...at, reason: 'seq-gap', message: `audit entry ${row.seq} follows entry ${prev.seq}: entries ${prev.seq + 1}–${row.seq - 1} are missing` };
  if (row.prevHash !== prev.hash) return { ...at, reason: 'chain-broken', message: `audit entry ${row.seq} does not follow the entry before it (prevHash differs)` };
  const { prevHash, hash, ...fields } = fromRow(row);
  if (auditEntryHash(prevHash, fields) !== hash) return { ...at, reason: 'hash-mismatch', message: `audit entry ${row.seq} was changed after it was written (its hash does not match its fields)` };
  return undefined;
}
