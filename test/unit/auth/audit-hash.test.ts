import { describe, expect, it } from 'vitest';
import { auditEntryHash, GENESIS_HASH, type AuditFields } from '../../../server/auth/audit-hash.ts';

const entry: AuditFields = { seq: 1, id: 'e1', at: '2025-03-01T09:00:00.000Z', username: 'ines', action: 'create-order', target: 'ord-1', ip: '127.0.0.1', detail: '{"urls":2}' };

describe('the audit entry hash', () => {
  it('is SHA-256 hex and changes with every field and with the previous hash', () => {
    const h = auditEntryHash(GENESIS_HASH, entry);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    for (const [k, v] of Object.entries({ seq: 2, id: 'e2', at: '2025-03-01T09:00:00.001Z', username: 'eve', action: 'read-case', target: 'ord-2', ip: '127.0.0.2', detail: '{"urls":3}' })) {
      expect(auditEntryHash(GENESIS_HASH, { ...entry, [k]: v }), k).not.toBe(h);
    }
    expect(auditEntryHash('1'.repeat(64), entry)).not.toBe(h);
  });

  it('cannot be shifted between fields (a null username is not an empty one)', () => {
    expect(auditEntryHash(GENESIS_HASH, { ...entry, username: null })).not.toBe(auditEntryHash(GENESIS_HASH, { ...entry, username: '' }));
  });
});
