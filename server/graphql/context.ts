// What every resolver gets. Built per request by yoga.ts; tests build it the same way through
// `yoga.fetch`, so there is no second wiring for tests.
import type { Config } from '../config.ts';
import type { SourceIo } from '../../importers/core/source-io.ts';
import type { RequestAuth } from '../auth/authenticate.ts';
import type { GraphDb } from '../db/driver.ts';
import type { JobRegistry } from '../jobs/job-registry.ts';
import type { RuleTable } from '../rules/rule-table.ts';
import type { SetupToken } from '../auth/setup-token.ts';
import type { SignInThrottle } from '../auth/sign-in-throttle.ts';
import type { ClientBudgets } from './access/client-budget.ts';

export interface GraphContext {
  db: GraphDb;
  config: Config;
  /** Injected clock: evidence times and deadlines must be testable. */
  now: () => Date;
  io: SourceIo;
  jobs: JobRegistry;
  /** The addressee rule table, loaded and checked once at start-up. */
  rules: RuleTable;
  /** Who is asking (token or session), checked by access/access-plugin.ts before any resolver runs. */
  auth: RequestAuth;
  /** The client's address, for the audit log and the session record (null without a socket, as in tests). */
  ip: string | null;
  userAgent: string | null;
  /** Whether the request came over https (or to loopback): decides the cookie's Secure attribute. */
  secureTransport: boolean;
  /** The one-time setup link's token, while the graph has no administrator (server/auth/setup-token.ts). */
  setup: SetupToken | undefined;
  /** Failed sign-ins per account and address (server/auth/sign-in-throttle.ts), one per server. */
  signIns: SignInThrottle;
  /** Cost units per client (access/client-budget.ts), one per server. */
  budgets: ClientBudgets;
  /** Set-Cookie values for this request's response (sign-in and sign-out). */
  setCookie: (value: string) => void;
}

/** The signed-in user's name, which the access check guarantees for every non-public field. */
export function actingUser(ctx: GraphContext): string {
  return ctx.auth.user?.username ?? 'unknown';
}
