// What every resolver gets. Built per request by yoga.ts; tests build it the same way through
// `yoga.fetch`, so there is no second wiring for tests.
import type { Config } from '../config.ts';
import type { SourceIo } from '../../importers/core/source-io.ts';
import type { GraphDb } from '../db/driver.ts';
import type { JobRegistry } from '../jobs/job-registry.ts';
import type { RuleTable } from '../rules/rule-table.ts';

export interface GraphContext {
  db: GraphDb;
  config: Config;
  /** Injected clock: evidence times and deadlines must be testable. */
  now: () => Date;
  io: SourceIo;
  jobs: JobRegistry;
  /** The addressee rule table, loaded and checked once at start-up. */
  rules: RuleTable;
  /** Who is acting (the signed-in user once access control is wired): recorded on every change. */
  actor?: string | undefined;
}
