// Guessing passwords is slowed down per account and per address: a few free tries, then a wait
// that doubles with each further failure (capped), during which even the right password is
// refused. OWASP's authentication cheat sheet: throttle by account and by source, with backoff.
// Kept in the server's memory: a restart forgets it, which costs a guesser a restart per round.
import { AuthError } from './auth-error.ts';

/** Failures allowed before the first wait. */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 2_000;
const MAX_WAIT_MS = 15 * 60_000;

interface Record {
  failures: number;
  blockedUntil: number;
}

export class SignInThrottle {
  private readonly records = new Map<string, Record>();

  private keys(username: string, ip: string | null): string[] {
    return [`user:${username.toLowerCase().slice(0, 64)}`, ...(ip === null ? [] : [`ip:${ip}`])];
  }

  /** Refuses a sign-in while the account or the address is in a wait. */
  check(username: string, ip: string | null, now: Date): void {
    const until = Math.max(0, ...this.keys(username, ip).map((k) => this.records.get(k)?.blockedUntil ?? 0));
    if (until > now.getTime()) {
      const seconds = Math.ceil((until - now.getTime()) / 1000);
      throw new AuthError('THROTTLED', `too many failed sign-ins for this account or from this address: try again in ${seconds} s`);
    }
  }

  failed(username: string, ip: string | null, now: Date): void {
    for (const k of this.keys(username, ip)) {
      const r = this.records.get(k) ?? { failures: 0, blockedUntil: 0 };
      r.failures += 1;
      const over = r.failures - FREE_FAILURES;
      if (over > 0) r.blockedUntil = now.getTime() + Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (over - 1));
      this.records.set(k, r);
    }
  }

  succeeded(username: string, ip: string | null): void {
    for (const k of this.keys(username, ip)) this.records.delete(k);
  }
}
