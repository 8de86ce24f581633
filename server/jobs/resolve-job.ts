// A resolve job: many URLs, bounded concurrency, resumable (URLs resolved within the freshness
// window are skipped; a URL is marked resolved only after all its facts are stored), progress
// after every URL. One URL's failure is recorded and the job goes on. The database going away is
// no URL's failure: the job pauses, and after a bounded wait stops as interrupted, leaving the
// URLs it never asked unmarked, so a rerun (or resume) does only the rest.
import PQueue from 'p-queue';
import type { ImportDeps } from '../../importers/core/run-import.ts';
import { ResolveMemo } from '../../importers/resolve/resolve-memo.ts';
import { resolveUrl } from '../../importers/resolve/resolve-url.ts';
import { importUrlLines } from '../../importers/url-list/import-url-lines.ts';
import { loadBlockIndex } from '../../importers/resolve/block-index.ts';
import { DatabaseUnavailableError } from '../db/db-errors.ts';
import { withDatabasePause, type PauseOptions } from '../db/database-pause.ts';

/** Loading the index reads every imported block once; below this many URLs one seek per address costs less. */
const INDEX_FROM_URLS = 1000;
import type { UrlInput } from '../../importers/url-list/url-importer.ts';
import { findFreshUrls, markResolved } from '../queries/resolve-state.ts';

export interface ResolveProgress {
  total: number;
  /** URLs whose lookups all ran and were stored (with or without an address). */
  done: number;
  /** URLs whose resolve stopped on an error (not finished; a rerun redoes them). */
  failed: number;
  skipped: number;
  /** Of the done URLs: the name resolved to at least one address (or the URL names an IP). */
  withAddress: number;
  /** Of the done URLs: no address, per state (NXDOMAIN, NODATA, or the failure: TIMEOUT, SERVFAIL, …). */
  noAddressByState: Record<string, number>;
  /** Of the done URLs: at least one lookup failed (kept as failed evidence; a retry asks again). */
  withFailedLookups: number;
  elapsedS: number;
  perSecond: number;
  etaS: number | undefined;
  lastError?: string | undefined;
  /** Set while the database is away (the job is paused), and on a job it interrupted. */
  databaseUnavailableSince?: Date | undefined;
  /** The database stayed away past the pause bound: the job stopped; the URLs not asked are left for a resume. */
  interrupted?: boolean | undefined;
}

export interface ResolveJobOptions extends ImportDeps {
  inputs: UrlInput[];
  concurrency: number;
  /** Imported bulk data older than this is not used in place of a live query. */
  bulkMaxAgeMs?: number | undefined;
  /** From this many URLs on, the job loads the imported blocks into an in-process index. */
  indexFromUrls?: number | undefined;
  /** Skip URLs resolved at or after this time (resume, and reruns of a list). */
  freshSince?: Date | undefined;
  onProgress?: (p: ResolveProgress) => void;
  /** How long to wait for a database that went away (default: the database's neo4j.pauseSeconds, doubling waits). */
  pause?: PauseOptions | undefined;
}

export interface ResolveJobSummary extends ResolveProgress {
  ips: number;
  lookupFailures: number;
  failures: { url: string; reason: string }[];
}

export function emptyProgress(total: number): ResolveProgress {
  return { total, done: 0, failed: 0, skipped: 0, withAddress: 0, noAddressByState: {}, withFailedLookups: 0, elapsedS: 0, perSecond: 0, etaS: undefined };
}

/** URLs without an address, all states together. */
export const noAddressCount = (p: Pick<ResolveProgress, 'noAddressByState'>) => Object.values(p.noAddressByState).reduce((a, b) => a + b, 0);

/** "NXDOMAIN 5, NODATA 1": the states, most frequent first. */
export function describeNoAddress(p: Pick<ResolveProgress, 'noAddressByState'>): string {
  return Object.entries(p.noAddressByState).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
}

export async function runResolveJob(opts: ResolveJobOptions): Promise<ResolveJobSummary> {
  const t0 = Date.now();
  const s: ResolveJobSummary = { ...emptyProgress(opts.inputs.length), ips: 0, lookupFailures: 0, failures: [] };
  const report = () => {
    s.elapsedS = (Date.now() - t0) / 1000;
    s.perSecond = s.elapsedS > 0 ? (s.done + s.failed) / s.elapsedS : 0;
    const left = s.total - s.done - s.failed - s.skipped;
    s.etaS = s.perSecond > 0 ? left / s.perSecond : undefined;
    opts.onProgress?.({ ...s, failures: undefined } as ResolveProgress);
  };
  const queue = new PQueue({ concurrency: opts.concurrency });
  const pause: PauseOptions = { ...opts.pause, onPause: (since) => {
    if (s.databaseUnavailableSince === undefined) (s.databaseUnavailableSince = since), report();
  } };
  const guarded = <T>(work: () => Promise<T>) => withDatabasePause(opts.db, work, pause);
  const interrupt = (err: DatabaseUnavailableError) => {
    s.interrupted = true;
    s.databaseUnavailableSince = err.since;
    queue.clear();
  };
  let prepared: Awaited<ReturnType<typeof prepareJob>>;
  try {
    prepared = await guarded(() => prepareJob(opts));
  } catch (err) {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    interrupt(err);
    report();
    return s;
  }
  const { todo, lines, blockIndex } = prepared;
  s.skipped = opts.inputs.length - todo.length;
  const memo = new ResolveMemo();
  for (const input of todo) {
    void queue.add(async () => {
      if (s.interrupted) return;
      try {
        const r = await guarded(async () => {
          const out = await resolveUrl(input, { ...opts, memo, listLine: lines.get(input), blockIndex });
          await markResolved(opts.db, out.url, opts.io.now(), out.failures);
          return out;
        });
        s.databaseUnavailableSince = undefined;
        s.done += 1;
        s.ips += r.ips.length;
        s.lookupFailures += r.failures.length;
        if (r.noAddressState === undefined) s.withAddress += 1;
        else s.noAddressByState = { ...s.noAddressByState, [r.noAddressState]: (s.noAddressByState[r.noAddressState] ?? 0) + 1 };
        if (r.failures.length > 0) s.withFailedLookups += 1;
      } catch (err) {
        if (err instanceof DatabaseUnavailableError) return interrupt(err);
        s.failed += 1;
        s.lastError = `${input.url.url}: ${(err as Error).message}`;
        s.failures.push({ url: input.url.url, reason: (err as Error).message });
      }
      report();
    });
  }
  await queue.onIdle();
  report();
  return s;
}

/** What the job reads and writes before any lookup: the fresh URLs it skips, its list lines as evidence, the block index. */
async function prepareJob(opts: ResolveJobOptions) {
  const fresh = opts.freshSince ? await findFreshUrls(opts.db, opts.inputs.map((i) => i.url.url), opts.freshSince) : new Set<string>();
  const todo = opts.inputs.filter((i) => !fresh.has(i.url.url));
  // Every list line is evidence before any lookup starts, saved many per transaction.
  const lines = await importUrlLines(todo, opts);
  // A big job loads the imported registry blocks into memory once; a small one seeks per address.
  const blockIndex = todo.length >= (opts.indexFromUrls ?? INDEX_FROM_URLS) ? await loadBlockIndex(opts.db) : undefined;
  return { todo, lines, blockIndex };
}

/** URLs an interrupted job never finished: neither done, failed nor skipped. */
export const notAskedCount = (p: Pick<ResolveProgress, 'total' | 'done' | 'failed' | 'skipped'>) => p.total - p.done - p.failed - p.skipped;
