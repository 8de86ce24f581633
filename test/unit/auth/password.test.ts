import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../server/auth/auth-error.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../../server/auth/password.ts';

const PASSWORD = 'correct horse battery staple';

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('stores scrypt$N$r$p$salt$hash with a 16-byte salt and a 64-byte key, and no plain text', async () => {
    const stored = await hashPassword(PASSWORD);
    const [scheme, n, r, p, salt, key] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(64);
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(Buffer.from(PASSWORD).toString('base64'));
  });

  it('salts every hash, so the same password never gives the same string', async () => {
    expect(await hashPassword(PASSWORD)).not.toBe(await hashPassword(PASSWORD));
  });

  it('refuses a password under 12 characters with a message that says the minimum', async () => {
    await expect(hashPassword('short-pw-11')).rejects.toThrow('a password needs at least 12 characters (this one has 11)');
    expect(() => checkPasswordStrength('short-pw-11')).toThrow(AuthError);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(() => checkPasswordStrength('🔑'.repeat(11))).toThrow(/this one has 11/);
    expect(() => checkPasswordStrength('🔑'.repeat(12))).not.toThrow();
  });

  it('refuses a stored string it did not write, and an absurd cost parameter, without trying it', async () => {
    expect(await verifyPassword(PASSWORD, PASSWORD)).toBe(false);
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored.replace('$32768$', `$${2 ** 30}$`))).toBe(false);
  });
});
