// The one-time setup link: on a graph with no administrator, `npm start` prints a link with a
// random token that opens the page to create the first administrator, so a newcomer needs no
// second command. The token lives only in this process's memory, works once, and only from a
// loopback address: whoever can reach the server from elsewhere must not be able to claim it
// (the server binds to 127.0.0.1 by default, but a configured host may be wider).
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { AuthError } from './auth-error.ts';
import { randomSecret, sha256Hex } from './secrets.ts';

/** Where the client's setup page lives; the token travels in the fragment, so it never reaches a log or a Referer. */
export const SETUP_PATH = '/setup';

export interface SetupToken {
  /** The link to print, for a server at `baseUrl`. */
  link(baseUrl: string): string;
  /** Throws AuthError SETUP_REFUSED unless `token` is the unused token and `ip` is a loopback address; then uses it up. */
  redeem(token: string, ip: string | null): void;
  /** Puts a token that was redeemed but whose admin could not be created (a weak password) back. */
  restore(): void;
}

/** 127.0.0.0/8, ::1 and the IPv4-mapped 127.0.0.0/8 (what a dual-stack socket reports). */
export function isLoopback(ip: string | null): boolean {
  if (ip === null) return false;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return isIP(ip) === 6 && /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(ip);
}

export function createSetupToken(): SetupToken {
  const token = randomSecret();
  let used = false;
  return {
    link: (baseUrl) => `${baseUrl}${SETUP_PATH}#token=${token}`,
    redeem(given, ip) {
      if (!isLoopback(ip)) throw new AuthError('SETUP_REFUSED', 'the setup link works only from the machine the server runs on (a loopback address)');
      const same = timingSafeEqual(Buffer.from(sha256Hex(given), 'hex'), Buffer.from(sha256Hex(token), 'hex'));
      if (!same || used) throw new AuthError('SETUP_REFUSED', 'this setup link is not valid (it was used already, or the server was restarted): sign in, or ask an administrator');
      used = true;
    },
    restore() {
      used = false;
    },
  };
}
