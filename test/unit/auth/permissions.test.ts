import { describe, expect, it } from 'vitest';
import { ACTIONS, can, PERMISSIONS, requireRole, ROLES } from '../../../server/auth/permissions.ts';

describe('the permissions table', () => {
  it('lets a viewer read cases and evidence and nothing else', () => {
    expect(ACTIONS.filter((a) => can('viewer', a))).toEqual(['read-case', 'read-evidence']);
  });

  it('lets an investigator work cases, import and draft orders, but not send them or override a suggestion', () => {
    expect(ACTIONS.filter((a) => can('investigator', a))).toEqual(['read-case', 'read-evidence', 'write-case', 'import-data', 'create-order']);
  });

  it('leaves order changes, sending and overrides to legal and admin, and users and the audit log to admin', () => {
    expect(ACTIONS.filter((a) => can('legal', a))).toEqual(['read-case', 'read-evidence', 'write-case', 'import-data', 'create-order', 'change-order', 'send-order', 'override-suggestion']);
    expect(ACTIONS.filter((a) => can('admin', a))).toEqual([...ACTIONS]);
    expect(PERMISSIONS['manage-users']).toEqual(['admin']);
    expect(PERMISSIONS['read-audit']).toEqual(['admin']);
  });

  it('orders the roles: each may do everything the one below it may', () => {
    for (const [i, lower] of ROLES.entries()) {
      for (const higher of ROLES.slice(i + 1)) for (const a of ACTIONS) if (can(lower, a)) expect(can(higher, a), `${higher} ${a}`).toBe(true);
    }
  });

  it('names only known roles', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });
});

describe('requireRole', () => {
  it('refuses without a user as UNAUTHENTICATED', () => {
    expect(() => requireRole(undefined, 'read-case')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('refuses a role without the permission as FORBIDDEN, naming the roles that have it', () => {
    expect(() => requireRole({ username: 'vera', role: 'viewer' }, 'create-order')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'vera (viewer) may not create-order; it needs one of the roles: investigator, legal, admin' }),
    );
  });

  it('returns the user when allowed', () => {
    const user = { username: 'lena', role: 'legal' as const };
    expect(requireRole(user, 'override-suggestion')).toBe(user);
  });
});
