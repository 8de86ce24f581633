// "This URL is resolved" written many at a time: a transaction per URL was the slowest step of a
// long list once its host names' answers were known (each commit waits for the disk). A mark
// waits at most FLUSH_MS, so a killed job loses only the last moment's marks, and those URLs are
// simply resolved again by the rerun (their facts are already stored; MERGE keeps them single).
import type { GraphDb } from '../db/driver.ts';
import { markManyResolved, markResolved, type ResolvedMark } from '../queries/resolve-state.ts';
import { isDatabaseUnavailable } from './item-failure.ts';

const FLUSH_ROWS = 200;
const FLUSH_MS = 250;

export class ResolvedMarks<T extends ResolvedMark> {
  private rows: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly writes = new Set<Promise<void>>();

  /**
   * `onMarked`: rows now stored as resolved; `onRefused`: a mark the database refused alone (that
   * URL then failed); `onFatal`: the database is gone (past the pause, when guarded).
   */
  constructor(private readonly deps: {
    db: GraphDb;
    /** Runs each write, waiting while the database is away (the job's pause); without it, a write runs once. */
    guard?: <U>(work: () => Promise<U>) => Promise<U>;
    onMarked: (rows: T[]) => void;
    onRefused: (row: T, err: unknown) => void;
    onFatal: (err: unknown) => void;
  }) {}

  private run<U>(work: () => Promise<U>): Promise<U> {
    return this.deps.guard === undefined ? work() : this.deps.guard(work);
  }

  add(row: T): void {
    this.rows.push(row);
    if (this.rows.length >= FLUSH_ROWS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Writes what is waiting; resolves when every write started so far has ended. */
  async settle(): Promise<void> {
    this.flush();
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.rows;
    this.rows = [];
    if (rows.length === 0) return;
    const w = this.write(rows).finally(() => this.writes.delete(w));
    this.writes.add(w);
  }

  private async write(rows: T[]): Promise<void> {
    try {
      await this.run(() => markManyResolved(this.deps.db, rows));
      this.deps.onMarked(rows);
    } catch (err) {
      if (isDatabaseUnavailable(err)) return this.deps.onFatal(err);
      // One row the database refuses must not cost the others their mark: write them one by one.
      for (const row of rows) {
        try {
          await this.run(() => markResolved(this.deps.db, row.url, row.at, row.failures));
          this.deps.onMarked([row]);
        } catch (e) {
          if (isDatabaseUnavailable(e)) return this.deps.onFatal(e);
          this.deps.onRefused(row, e);
        }
      }
    }
  }
}
