import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, readAudit } from '../../../server/auth/audit.ts';
import { verifyAuditChain } from '../../../server/auth/audit-verify.ts';
import { countOf, deleteAuditEntry, tamperAuditEntry } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
const t0 = new Date('2025-03-01T09:00:00.000Z');
const later = (min: number) => new Date(t0.getTime() + min * 60_000);
const ivo = { username: 'ivo', role: 'investigator' as const };

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('the audit log', () => {
  it('verifies an empty log', async () => {
    expect(await verifyAuditChain(db)).toBeUndefined();
  });

  it('appends entries in a chain, each following the hash of the one before', async () => {
    const first = await audit(db, { user: undefined, action: 'sign-in-failed', target: 'ivo', ip: '192.0.2.10', at: t0 });
    const second = await audit(db, { user: ivo, action: 'create-order', target: 'ord-1', ip: '192.0.2.10', at: later(1), detail: { urls: 2, instrument: 'removal-order' } });
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe('0'.repeat(64));
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, username: 'ivo', detail: '{"urls":2,"instrument":"removal-order"}' });
    await audit(db, { user: ivo, action: 'change-order', target: 'ord-1', at: later(2) });
    expect(await verifyAuditChain(db)).toBeUndefined();
  });

  it('keeps the chain whole under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => audit(db, { user: ivo, action: 'read-case', target: `case-${i}`, at: later(3) })));
    expect(await countOf(db, 'AuditEntry')).toBe(11);
    expect(await verifyAuditChain(db)).toBeUndefined();
  });

  it('reads entries from a time on, oldest first, as written', async () => {
    const rows = await readAudit(db, { since: later(1), limit: 2 });
    expect(rows.map((r) => [r.seq, r.action, r.at])).toEqual([[2, 'create-order', later(1).toISOString()], [3, 'change-order', later(2).toISOString()]]);
  });

  it('names the first changed entry when one is edited in the database', async () => {
    await tamperAuditEntry(db, 2, { action: 'read-case' });
    expect(await verifyAuditChain(db)).toMatchObject({ seq: 2, reason: 'hash-mismatch' });
    await tamperAuditEntry(db, 2, { action: 'create-order' });
    expect(await verifyAuditChain(db)).toBeUndefined();
  });

  it('names the entry after a gap when one is deleted', async () => {
    await deleteAuditEntry(db, 3);
    expect(await verifyAuditChain(db)).toMatchObject({ seq: 4, reason: 'seq-gap' });
  });
});
