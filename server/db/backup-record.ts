// The record written beside every dump (`<file>.json`): what was dumped, its SHA-256, and the
// audit chain's head at that moment, signed with the audit key when the data folder has one, so
// a dump and its record edited together are found out at restore.
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { macMatches } from '../auth/audit-anchor.ts';

export const BACKUP_FORMAT = 'hostchain-backup/1';

export const backupRecordSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  /** The dump's file name when it was written (it may be moved; the hash is what counts). */
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  database: z.string(),
  neo4jVersion: z.string(),
  createdAt: z.string(),
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** Whether the audit log verified when it was dumped, and what was found. */
  auditIntact: z.boolean(),
  auditFindings: z.array(z.string()),
  evidence: z.number().int().nonnegative(),
  /** HMAC over the fields above with the audit key; null when no key existed. */
  mac: z.string().nullable(),
});

export type BackupRecord = z.infer<typeof backupRecordSchema>;

export type BackupErrorCode = 'NOT_LOCAL' | 'BACKUP_EXISTS' | 'IN_USE' | 'NOT_EMPTY' | 'NO_RECORD' | 'SHA256_MISMATCH' | 'RECORD_FORGED';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const recordFileOf = (dumpFile: string) => `${dumpFile}.json`;

const canonical = (r: Omit<BackupRecord, 'mac'>) => JSON.stringify([r.format, r.file, r.sha256, r.bytes, r.database, r.neo4jVersion, r.createdAt, r.auditHead.seq, r.auditHead.hash, r.auditIntact, r.auditFindings, r.evidence]);

export function signBackupRecord(r: Omit<BackupRecord, 'mac'>, key: Buffer | undefined): BackupRecord {
  return { ...r, mac: key === undefined ? null : createHmac('sha256', key).update(canonical(r)).digest('hex') };
}

export function writeBackupRecord(dumpFile: string, r: BackupRecord): void {
  writeFileSync(recordFileOf(dumpFile), `${JSON.stringify(r, null, 2)}\n`, { mode: 0o600 });
}

/** Reads and checks the record: with a key, an unsigned or mis-signed record is refused. */
export function readBackupRecord(dumpFile: string, key: Buffer | undefined): BackupRecord {
  const file = recordFileOf(dumpFile);
  if (!existsSync(file)) throw new BackupError('NO_RECORD', `${file} is missing: every dump made by "hostchain db backup" has its record beside it (SHA-256 and audit head), and a dump without one cannot be checked`);
  const parsed = backupRecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new BackupError('NO_RECORD', `${file} is not a hostchain backup record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const r = parsed.data;
  if (key !== undefined && r.mac !== null && !macMatches(signBackupRecord(r, key).mac!, r.mac)) {
    throw new BackupError('RECORD_FORGED', `${file} does not match its HMAC under this data folder's audit key: it was edited (or made with another key)`);
  }
  return r;
}
