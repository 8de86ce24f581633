// Random secrets and the one-way hash they are stored under. Session ids and API tokens carry 256
// random bits, so a plain SHA-256 (no salt, no stretching) is enough: there is nothing to guess,
// and a stolen graph yields no usable credential.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url (43 characters, no padding). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
