// A job's answer to the database going away: pause, ask again with doubling waits, and give up
// only after a bounded time (then the job stops as interrupted, resumable). Marking the work in
// hand as failed would be wrong: nothing was asked, the database was just not there.
import type { GraphDb } from './driver.ts';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './db-errors.ts';

export interface PauseOptions {
  /** How long the work may wait for the database, counted from the moment it was first seen away (default: the database's own setting, neo4j.pauseSeconds). */
  maxPauseMs?: number | undefined;
  /** The first wait; each further one doubles, up to maxWaitMs. */
  firstWaitMs?: number;
  maxWaitMs?: number;
  /** Told each time work waits, with the moment the database went away (the same one while it stays away). */
  onPause?: (since: Date) => void;
  onResume?: () => void;
}


const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Runs `work`; while it fails because the database is away, waits for it and runs it again. */
export async function withDatabasePause<T>(db: GraphDb, work: () => Promise<T>, opts: PauseOptions = {}): Promise<T> {
  for (;;) {
    try {
      const out = await work();
      if (db.availability.since !== undefined) {
        db.availability.markUp();
        opts.onResume?.();
      }
      return out;
    } catch (err) {
      if (err instanceof DatabaseUnavailableError || !isDatabaseUnavailable(err)) throw err;
      await waitForDatabase(db, opts);
    }
  }
}

/** Returns once the server answers again; throws DatabaseUnavailableError when the bound has passed. */
export async function waitForDatabase(db: GraphDb, opts: PauseOptions): Promise<void> {
  const since = db.availability.markDown();
  opts.onPause?.(since);
  const deadline = since.getTime() + (opts.maxPauseMs ?? db.availability.maxPauseMs);
  let wait = opts.firstWaitMs ?? 500;
  while (Date.now() < deadline) {
    await sleep(Math.min(wait, deadline - Date.now()));
    wait = Math.min(wait * 2, opts.maxWaitMs ?? 8_000);
    try {
      await db.driver.getServerInfo();
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
    }
  }
  throw new DatabaseUnavailableError(since);
}
