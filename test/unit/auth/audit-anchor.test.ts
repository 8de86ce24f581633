import { describe, expect, it } from 'vitest';
import { auditAnchorIn } from '../../../server/auth/audit-anchor.ts';

describe('where the audit log is anchored', () => {
  it('keeps one key per data folder and one signed head per database, so a command pointed at another server never moves the local head', () => {
    const local = auditAnchorIn('/srv/hc');
    const remote = auditAnchorIn('/srv/hc', { uri: 'bolt://127.0.0.1:7999' });
    const other = auditAnchorIn('/srv/hc', { uri: 'bolt://127.0.0.1:7999', database: 'cases' });
    expect(local).toEqual({ keyFile: '/srv/hc/audit/key', headFile: '/srv/hc/audit/head.json' });
    expect(remote.keyFile).toBe(local.keyFile);
    expect(new Set([local.headFile, remote.headFile, other.headFile]).size).toBe(3);
    expect(remote.headFile).toMatch(/^\/srv\/hc\/audit\/head-[0-9a-f]{16}\.json$/);
  });
});
