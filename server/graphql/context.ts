// What every resolver gets. Built per request by yoga.ts; tests build it the same way through
// `yoga.fetch`, so there is no second wiring for tests.
import type { Config } from '../config.ts';
import type { GraphDb } from '../db/driver.ts';

export interface GraphContext {
  db: GraphDb;
  config: Config;
  /** Injected clock: evidence times and deadlines must be testable. */
  now: () => Date;
}
