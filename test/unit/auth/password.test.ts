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
    const keys = '🔑🔒🔐🛡🗝🔓'.repeat(2);
    expect(() => checkPasswordStrength([...keys].slice(0, 11).join(''))).toThrow(/this one has 11/);
    expect(() => checkPasswordStrength(keys)).not.toThrow();
  });

  it('refuses long but trivial passwords: repeats, blanks, control characters, common words padded, sequences', () => {
    const refusal = (p: string) => {
      try {
        checkPasswordStrength(p);
        return 'accepted';
      } catch (err) {
        return (err as Error).message.split(';')[0];
      }
    };
    expect(['aaaaaaaaaaaa', ' '.repeat(12), '\0'.repeat(12), 'password1234', 'Welkom2026!!', '123456789012', 'qwertyuiop12', 'correct horse battery'].map(refusal)).toEqual([
      'this password repeats one character',
      'this password repeats one character',
      'a password may not hold control characters (NUL, tab, line breaks)',
      'this is a common password with digits or symbols added',
      'this is a common password with digits or symbols added',
      'this is a keyboard or counting sequence',
      'this is a common password with digits or symbols added',
      'accepted',
    ]);
  });

  it('refuses a stored string it did not write, and an absurd cost parameter, without trying it', async () => {
    expect(await verifyPassword(PASSWORD, PASSWORD)).toBe(false);
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored.replace('$32768$', `$${2 ** 30}$`))).toBe(false);
  });
});
