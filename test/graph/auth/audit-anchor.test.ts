// Issue 15, defect 4: with the hash chain alone, deleting the newest entries or editing one and
// recomputing every hash after it left verification clean. The key and the signed head live in a
// data folder the database does not hold.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { auditAnchorIn, bindAuditAnchor, readSignedHead } from '../../../server/auth/audit-anchor.ts';
import { auditEntryHash } from '../../../server/auth/audit-hash.ts';
import { audit, readAudit } from '../../../server/auth/audit.ts';
import { verifyAuditChain, verifyAuditLog } from '../../../server/auth/audit-verify.ts';
import { openGraphDb } from '../../../server/db/driver.ts';
import { deleteAuditEntriesFrom, tamperAuditEntry } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const plain = openTestGraph();
const home = mkdtempSync(path.join(tmpdir(), 'hostchain-audit-anchor-'));
const anchor = auditAnchorIn(home);
// A second driver on the same database, bound to the data folder's anchor, as connectGraph binds the server's.
const signed = bindAuditAnchor(openGraphDb({ uri: plain.uri, user: 'neo4j', password: '' }), anchor);
const t0 = new Date('2025-03-01T09:00:00.000Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const ivo = { username: 'ivo', role: 'investigator' as const };

async function writeSigned(n: number, from = 0): Promise<void> {
  for (let i = 0; i < n; i++) await audit(signed, { user: ivo, action: 'read-case', target: `case-${from + i}`, at: at(from + i) });
}

/** What a tamperer with database access but no key can do: change entry `seq`, then re-hash every entry after it. */
async function editAndRehash(seq: number, action: string): Promise<void> {
  const rows = await readAudit(plain, { since: new Date(0), limit: 1000 });
  let prevHash = rows.find((r) => r.seq === seq - 1)?.hash ?? '0'.repeat(64);
  for (const r of rows.filter((x) => x.seq >= seq)) {
    const fields = { seq: r.seq, id: r.id, at: r.at, username: r.username, action: r.seq === seq ? action : r.action, target: r.target, ip: r.ip, detail: r.detail };
    const hash = auditEntryHash(prevHash, fields);
    await tamperAuditEntry(plain, r.seq, { action: fields.action, prevHash, hash });
    prevHash = hash;
  }
}

beforeEach(async () => {
  await resetGraph(plain);
  rmSync(path.join(home, 'audit'), { recursive: true, force: true });
});
afterAll(async () => {
  await signed.close();
  await plain.close();
  rmSync(home, { recursive: true, force: true });
});

describe('the audit log anchored outside the database', () => {
  it('creates the key 0600 on first need and signs every entry and the head', async () => {
    await writeSigned(3);
    expect(statSync(anchor.keyFile).mode & 0o777).toBe(0o600);
    expect(readSignedHead(anchor)).toMatchObject({ seq: 3, firstSignedSeq: 1 });
    const report = await verifyAuditLog(signed);
    expect(report).toMatchObject({ ok: true, entries: 3, signed: 3, unsigned: [], signedHead: { seq: 3 } });
    expect(report.findings).toContain('the log reaches the head signed outside the database (entry 3)');
  });

  it('finds the newest entries deleted: the log ends before the signed head', async () => {
    await writeSigned(5);
    await deleteAuditEntriesFrom(plain, 4);
    expect(await verifyAuditChain(signed)).toMatchObject({ seq: 4, reason: 'truncated', message: 'entries 4–5 are missing after the signed head: the head signed outside the database names entry 5, the log ends at entry 3' });
  });

  it('finds the tail deleted even after new entries were written over it', async () => {
    await writeSigned(5);
    await deleteAuditEntriesFrom(plain, 3);
    await writeSigned(3, 10);
    expect(await verifyAuditChain(signed)).toMatchObject({ seq: 5, reason: 'head-mismatch' });
  });

  it('finds an entry edited and every hash after it recomputed: its HMAC does not match', async () => {
    await writeSigned(5);
    await editAndRehash(2, 'sign-in');
    expect(await verifyAuditChain(plain)).toBeUndefined(); // the hash chain alone is fooled
    expect(await verifyAuditChain(signed)).toMatchObject({ seq: 2, reason: 'mac-mismatch', message: 'audit entry 2 was changed: its HMAC does not match (its hash was recomputed by someone without the audit key)' });
  });

  it('finds an edited entry whose HMAC was stripped to pass as written before the key', async () => {
    await writeSigned(4);
    await editAndRehash(3, 'sign-in');
    await tamperAuditEntry(plain, 3, { mac: null });
    await tamperAuditEntry(plain, 4, { mac: null });
    expect(await verifyAuditChain(signed)).toMatchObject({ seq: 3, reason: 'mac-missing' });
  });

  it('says entries written before the key existed are unsigned, and verifies the rest', async () => {
    await audit(plain, { user: ivo, action: 'sign-in', at: t0 });
    await audit(plain, { user: ivo, action: 'sign-out', at: at(1) });
    await writeSigned(2, 5);
    const report = await verifyAuditLog(signed);
    expect(report).toMatchObject({ ok: true, entries: 4, signed: 2, unsigned: [[1, 2]], signedHead: { seq: 4 } });
    expect(report.findings).toContain('entries 1–2 are unsigned: written before the audit key existed (hash chain only)');
  });

  it('does not trust a head file rewritten without the key', async () => {
    await writeSigned(3);
    const head = JSON.parse(readFileSync(anchor.headFile, 'utf8')) as { seq: number };
    writeFileSync(anchor.headFile, JSON.stringify({ ...head, seq: 2 }));
    expect(await verifyAuditChain(signed)).toMatchObject({ reason: 'head-forged' });
  });
});
