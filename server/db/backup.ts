// `hostchain db backup|restore` for the project's own Neo4j: Neo4j's dump and load with the
// server stopped (Community has no online backup), a record beside each dump (SHA-256, audit
// head), and a restored database checked (audit chain to the recorded head, every evidence hash)
// before anyone reads it.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { bindAuditAnchor, ensureAuditKey, readAuditKey, readSignedHead, writeSignedHead, type AuditAnchor } from '../auth/audit-anchor.ts';
import { audit } from '../auth/audit.ts';
import { verifyAuditLog, type AuditVerification } from '../auth/audit-verify.ts';
import { countDataNodes, findOtherConnections } from '../queries/backup.ts';
import { BACKUP_FORMAT, BackupError, readBackupRecord, signBackupRecord, writeBackupRecord, type BackupRecord } from './backup-record.ts';
import { openGraphDb, type GraphDb } from './driver.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jPaths } from './local-neo4j.ts';
import { dumpDatabase, loadDatabase, type AdminTarget } from './neo4j-admin.ts';
import { pinnedNeo4jVersion } from './neo4j-jars.ts';
import { checkEvidenceHashes, verifyDatabase, type DatabaseVerification } from './verify-database.ts';

export interface LocalTarget extends LocalNeo4jPaths {
  port: number;
  heap: string;
  database: string;
  anchor: AuditAnchor;
  log?: (m: string) => void;
  now?: () => Date;
}

export interface BackupResult {
  record: BackupRecord;
  dumpMs: number;
}

export interface RestoreResult {
  record: BackupRecord;
  verification: DatabaseVerification;
  /** The head signed outside the database before the restore: entries after the backup that the restore took back. */
  previousSignedHead: { seq: number; hash: string } | null;
  loadMs: number;
}

const USER_AGENT = `hostchain-backup/${process.pid}`;
const home = (t: LocalTarget) => path.join(t.stateDir, 'home');
const admin = (t: LocalTarget): AdminTarget => ({ jarsDir: t.jarsDir, home: home(t), database: t.database });

export async function backupLocalNeo4j(t: LocalTarget, file: string): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupError('BACKUP_EXISTS', `${file} exists: choose a new file name (a backup never overwrites one)`);
  const wasRunning = (await localNeo4jStatus(t)).running;
  const before = await withLocalDb(t, async (db) => {
    await refuseIfInUse(db);
    return { audit: await verifyAuditLog(db), evidence: (await checkEvidenceHashes(db)).checked };
  });
  t.log?.('stopping the local Neo4j for the dump (Community Edition cannot dump a running database)…');
  await stopLocalNeo4j(t);
  const t0 = Date.now();
  const { sha256, bytes } = await dumpDatabase(admin(t), file).catch(async (err: unknown) => {
    // A failed dump changed nothing: the server comes back as it was.
    if (wasRunning) await startLocalNeo4j({ ...t, log: t.log });
    throw err;
  });
  const dumpMs = Date.now() - t0;
  const record = signBackupRecord(
    {
      format: BACKUP_FORMAT, file: path.basename(file), sha256, bytes, database: t.database, neo4jVersion: pinnedNeo4jVersion(), createdAt: (t.now?.() ?? new Date()).toISOString(),
      auditHead: before.audit.head, auditIntact: before.audit.ok, auditFindings: before.audit.findings, evidence: before.evidence,
    },
    ensureAuditKey(t.anchor),
  );
  writeBackupRecord(file, record);
  // The backup itself goes into the audit log (after the head it records).
  await withLocalDb(t, (db) => audit(db, { user: undefined, action: 'db-backup', target: `backup:${sha256.slice(0, 16)}`, at: t.now?.() ?? new Date(), detail: { file: path.resolve(file), sha256, bytes, auditHeadSeq: record.auditHead.seq, auditHeadHash: record.auditHead.hash, by: osUser() } }));
  if (!wasRunning) await stopLocalNeo4j(t);
  return { record, dumpMs };
}

export async function restoreLocalNeo4j(t: LocalTarget, file: string, opts: { force: boolean }): Promise<RestoreResult> {
  const record = readBackupRecord(file, readAuditKey(t.anchor));
  const actual = await fileSha256(file);
  if (actual !== record.sha256) throw new BackupError('SHA256_MISMATCH', `${file} has SHA-256 ${actual}, its record says ${record.sha256}: the dump changed since it was made; nothing was restored`);
  const wasRunning = (await localNeo4jStatus(t)).running;
  if (wasRunning || existsSync(path.join(home(t), 'data', 'databases', t.database))) {
    const nodes = await withLocalDb(t, async (db) => {
      await refuseIfInUse(db);
      return countDataNodes(db);
    });
    if (nodes > 0 && !opts.force) throw new BackupError('NOT_EMPTY', `the local database "${t.database}" holds ${nodes >= 1_000_000 ? 'over a million' : nodes} nodes: a restore replaces all of them. Back it up first, then restore with --force`);
  }
  const previous = readSignedHead(t.anchor);
  t.log?.('stopping the local Neo4j to load the dump…');
  await stopLocalNeo4j(t);
  const t0 = Date.now();
  await loadDatabase(admin(t), file).catch((err: Error) => {
    throw Object.assign(err, { message: `${err.message}\nThe local Neo4j is left stopped: the database may be partly replaced. Restore a good dump with --force before starting it.` });
  });
  const loadMs = Date.now() - t0;
  const verification = await withLocalDb(t, async (db) => {
    const v = await verifyDatabase(db, { ignoreSignedHead: true, expectHead: { ...record.auditHead, label: 'the backup record' } });
    reanchor(t.anchor, v.audit);
    await audit(db, { user: undefined, action: 'db-restore', target: `backup:${record.sha256.slice(0, 16)}`, at: t.now?.() ?? new Date(), detail: { file: path.resolve(file), sha256: record.sha256, restoredHeadSeq: v.audit.head.seq, previousSignedHeadSeq: previous?.seq ?? null, auditIntact: v.audit.ok, evidenceIntact: v.evidence.mismatched.length + v.evidence.filesMissing.length === 0, by: osUser() } });
    return v;
  });
  if (!wasRunning) await stopLocalNeo4j(t);
  return { record, verification, previousSignedHead: previous === undefined ? null : { seq: previous.seq, hash: previous.hash }, loadMs };
}

/**
 * A restore takes the log back on purpose: the head outside the database moves back to the
 * restored head, but only when the restored chain verified (a broken one keeps the old head, so
 * every later check still says so). The restore's own audit entry then says what was taken back.
 */
function reanchor(anchor: AuditAnchor, a: AuditVerification): void {
  if (!a.ok) return;
  const key = readAuditKey(anchor);
  if (key === undefined || a.signed === 0) {
    rmSync(anchor.headFile, { force: true });
    return;
  }
  const leading = a.unsigned[0];
  writeSignedHead(anchor, key, { seq: a.head.seq, hash: a.head.hash, firstSignedSeq: leading !== undefined && leading[0] === 1 ? leading[1] + 1 : 1 });
}

async function withLocalDb<T>(t: LocalTarget, fn: (db: GraphDb) => Promise<T>): Promise<T> {
  const state = await startLocalNeo4j({ stateDir: t.stateDir, jarsDir: t.jarsDir, port: t.port, heap: t.heap, log: t.log });
  const db = bindAuditAnchor(openGraphDb({ uri: state.uri, user: 'neo4j', password: '', database: t.database, userAgent: USER_AGENT }), t.anchor);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function refuseIfInUse(db: GraphDb): Promise<void> {
  const others = await findOtherConnections(db, USER_AGENT);
  if (others.length === 0) return;
  throw new BackupError('IN_USE', `the local Neo4j is in use by ${others.length} other client${others.length === 1 ? '' : 's'} (${others.map((o) => `${o.userAgent} from ${o.clientAddress}`).slice(0, 3).join(', ')}): stop "hostchain serve" / "npm start" and any running import first, since the database is stopped for the dump or load`);
}

async function fileSha256(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(createReadStream(file), h);
  return h.digest('hex');
}

function osUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}
