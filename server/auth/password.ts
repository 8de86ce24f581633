// Password hashing with scrypt, a memory-hard function (RFC 7914), from node:crypto. Parameters
// are stored with each hash ("scrypt$N$r$p$salt$hash", base64), so they can be raised later
// without breaking stored passwords.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AuthError } from './auth-error.ts';

/** NIST SP 800-63B 3.1.1.2 asks for at least 8; case data about criminal material asks for more. */
export const MIN_PASSWORD_LENGTH = 12;
/** N = 2^15, r = 8, p = 1: 32 MiB and about 100 ms per hash (RFC 7914 section 2 interactive use). */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
// scrypt needs 128 * N * r bytes; Node's default cap (32 MiB) is exactly that, and refuses it.
const MAX_MEM = 256 * 2 ** 20;
// A stored string is trusted only this far: a forged N of 2^30 must not stall the server.
const MAX_N = 2 ** 20;

const derive = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password.normalize('NFC'), salt, keylen, { ...opts, maxmem: MAX_MEM }, (err, key) => (err ? reject(err) : resolve(key))));

/**
 * Words that head every list of breached passwords (the start of the common-password lists NIST SP
 * 800-63B 5.1.1.2 asks verifiers to check against): padded with digits or symbols to the length,
 * they are still the first guesses. No full breach corpus ships with the project (no network).
 */
const COMMON_WORDS = new Set([
  'password', 'passw0rd', 'qwerty', 'qwertyuiop', 'azerty', 'letmein', 'welcome', 'admin', 'administrator', 'iloveyou', 'monkey', 'dragon', 'football',
  'baseball', 'master', 'secret', 'changeme', 'trustno', 'sunshine', 'princess', 'shadow', 'superman', 'hostchain', 'wachtwoord', 'welkom', 'geheim', 'abc', 'abcdef', 'test', 'login',
]);
const SEQUENCES = ['0123456789012345678901234567890', '9876543210987654321098765432109', 'qwertyuiopasdfghjklzxcvbnm', 'abcdefghijklmnopqrstuvwxyz', '1q2w3e4r5t6y7u8i9o0p'];
const MIN_DISTINCT = 5;

function weak(reason: string): never {
  throw new AuthError('WEAK_PASSWORD', `${reason}; a passphrase of several words is easiest to remember`);
}

/** Counts Unicode code points, as NIST SP 800-63B 5.1.1.2 asks, not UTF-16 units. */
export function checkPasswordStrength(password: string): void {
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH) weak(`a password needs at least ${MIN_PASSWORD_LENGTH} characters (this one has ${chars.length})`);
  if (/[\u0000-\u001f\u007f]/.test(password)) weak('a password may not hold control characters (NUL, tab, line breaks)');
  const distinct = new Set(chars).size;
  if (distinct < MIN_DISTINCT) weak(`this password repeats ${distinct === 1 ? 'one character' : `only ${distinct} different characters`}`);
  const lower = password.toLowerCase();
  const alnum = lower.replace(/[^a-z0-9]/g, '');
  if (alnum.length >= MIN_PASSWORD_LENGTH / 2 && SEQUENCES.some((q) => q.includes(alnum))) weak('this is a keyboard or counting sequence');
  if (COMMON_WORDS.has(lower.replace(/[^a-z]/g, ''))) weak('this is a common password with digits or symbols added');
}

export async function hashPassword(password: string): Promise<string> {
  checkPasswordStrength(password);
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p } = SCRYPT_PARAMS;
  const key = await derive(password, salt, KEY_BYTES, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** False for a wrong password and for a stored string that is not a hash this module wrote. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (parsed === undefined) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

function parseStored(stored: string): { params: ScryptOptions; salt: Buffer; key: Buffer } | undefined {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined || rest.length > 0) return undefined;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  const sane = Number.isInteger(N) && N > 1 && N <= MAX_N && (N & (N - 1)) === 0 && Number.isInteger(R) && R >= 1 && R <= 32 && Number.isInteger(P) && P >= 1 && P <= 16;
  const keyBuf = Buffer.from(key, 'base64');
  if (!sane || keyBuf.length < 16) return undefined;
  return { params: { N, r: R, p: P }, salt: Buffer.from(salt, 'base64'), key: keyBuf };
}
