// Issue 15, backups: backup → wipe → restore on a real Neo4j of the test's own (the dump needs
// the server stopped, so not the shared test server), with the verification report.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAnchorIn, bindAuditAnchor } from '../../../server/auth/audit-anchor.ts';
import { audit, readAudit } from '../../../server/auth/audit.ts';
import { verifyAuditLog } from '../../../server/auth/audit-verify.ts';
import { defaultConfig } from '../../../server/config.ts';
import { backupLocalNeo4j, restoreLocalNeo4j, type LocalTarget } from '../../../server/db/backup.ts';
import { recordFileOf } from '../../../server/db/backup-record.ts';
import { openGraphDb, type GraphDb } from '../../../server/db/driver.ts';
import { findFreePort, readState, startLocalNeo4j, stopLocalNeo4j } from '../../../server/db/local-neo4j.ts';
import { applyMigrations } from '../../../server/db/migrate.ts';
import { verifyDatabase } from '../../../server/db/verify-database.ts';
import { saveEvidence } from '../../../importers/core/upsert.ts';
import { countOf, nodesOf, tamperEvidenceRaw } from '../../support/graph-assert.ts';

const stateDir = mkdtempSync(path.join(tmpdir(), 'hostchain-backup-'));
const dump = path.join(stateDir, 'case-file.dump');
let t: LocalTarget;
const t0 = new Date('2026-03-01T09:00:00.000Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const LONG = 400_000;

function open(): GraphDb {
  return bindAuditAnchor(openGraphDb({ uri: readState(t)!.uri, user: 'neo4j', password: '' }), t.anchor);
}

async function withDb<T>(fn: (db: GraphDb) => Promise<T>): Promise<T> {
  const db = open();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const evidenceIds: string[] = [];

beforeAll(async () => {
  t = { stateDir, jarsDir: path.join(defaultConfig().home, 'lib'), port: await findFreePort(), heap: '512m', database: 'neo4j', anchor: auditAnchorIn(stateDir) };
  await startLocalNeo4j(t);
  await withDb(async (db) => {
    await applyMigrations(db);
    for (const [i, name] of ['example.test', 'example.invalid'].entries()) {
      evidenceIds.push(await saveEvidence(db, { source: 'dns', server: 'ns.test', serverAddress: '127.0.0.1:53', query: `${name} A`, observedAt: at(i), body: Buffer.from(`answer for ${name}`), status: 'ok' }));
    }
    for (let i = 0; i < 3; i++) await audit(db, { user: { username: 'ivo', role: 'investigator' }, action: 'read-case', target: `case-${i}`, at: at(i) });
  });
}, LONG);

afterAll(async () => {
  await stopLocalNeo4j(t);
  rmSync(stateDir, { recursive: true, force: true });
}, LONG);

describe('hostchain db backup and restore', () => {
  it('refuses to dump while another client uses the database, and writes nothing', async () => {
    await withDb(async (db) => {
      expect(await countOf(db, 'Evidence')).toBe(2); // connected: the driver connects on its first query
      await expect(backupLocalNeo4j(t, dump)).rejects.toMatchObject({ code: 'IN_USE' });
    });
    expect(existsSync(dump)).toBe(false);
  }, LONG);

  it('dumps the stopped database, records its SHA-256 and the audit head beside it and in the audit log, and starts it again', async () => {
    const { record } = await backupLocalNeo4j(t, dump);
    expect(record.sha256).toBe(createHash('sha256').update(readFileSync(dump)).digest('hex'));
    expect(record).toMatchObject({ bytes: readFileSync(dump).length, auditHead: { seq: 3 }, auditIntact: true, evidence: 2, database: 'neo4j' });
    expect(JSON.parse(readFileSync(recordFileOf(dump), 'utf8'))).toEqual(record);
    const log = await withDb((db) => readAudit(db, { since: new Date(0), limit: 10 }));
    expect(log.map((e) => [e.seq, e.action, e.target])).toEqual([[1, 'read-case', 'case-0'], [2, 'read-case', 'case-1'], [3, 'read-case', 'case-2'], [4, 'db-backup', `backup:${record.sha256.slice(0, 16)}`]]);
  }, LONG);

  it('refuses to restore over a database that holds data without --force', async () => {
    await expect(restoreLocalNeo4j(t, dump, { force: false })).rejects.toMatchObject({ code: 'NOT_EMPTY' });
  }, LONG);

  it('refuses a dump whose bytes changed since its record was written', async () => {
    const bad = path.join(stateDir, 'changed.dump');
    const bytes = readFileSync(dump);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(bad, bytes);
    copyFileSync(recordFileOf(dump), recordFileOf(bad));
    await expect(restoreLocalNeo4j(t, bad, { force: true })).rejects.toMatchObject({ code: 'SHA256_MISMATCH' });
  }, LONG);

  it('restores into a wiped data folder and reports the audit chain and every evidence hash as intact', async () => {
    await stopLocalNeo4j(t);
    rmSync(path.join(stateDir, 'home', 'data'), { recursive: true, force: true });
    const r = await restoreLocalNeo4j(t, dump, { force: false });
    expect(r.verification.ok).toBe(true);
    await startLocalNeo4j(t); // the restore leaves the server as it found it: stopped
    expect(r.previousSignedHead?.seq).toBe(4);
    expect(r.verification.lines).toEqual([
      'audit log: 3 entries, chain intact (newest entry 3)',
      '3 entries carry a valid HMAC',
      'the log ends at entry 3, the head the backup record names',
      'evidence: 2 stored answers, every one equal to its SHA-256 (2 in the graph, 0 bulk files by path)',
    ]);
    await withDb(async (db) => {
      expect(await nodesOf(db, 'Evidence', ['id'])).toEqual(new Set(evidenceIds));
      const log = await readAudit(db, { since: new Date(0), limit: 10 });
      // The db-backup entry came after the dump: the restore takes it back and logs itself.
      expect(log.map((e) => [e.seq, e.action])).toEqual([[1, 'read-case'], [2, 'read-case'], [3, 'read-case'], [4, 'db-restore']]);
      expect(await verifyAuditLog(db)).toMatchObject({ ok: true, signedHead: { seq: 4 } });
    });
  }, LONG);

  it('names stored answers whose bytes no longer match their SHA-256', async () => {
    await withDb(async (db) => {
      await tamperEvidenceRaw(db, evidenceIds[1]!, Buffer.from('another answer'));
      const v = await verifyDatabase(db);
      expect(v.ok).toBe(false);
      expect(v.lines.slice(-2)).toEqual(['evidence NOT intact: 1 of 2 stored answers fail their SHA-256 check', `bytes changed since they were stored: ${evidenceIds[1]}`]);
    });
  }, LONG);
});
