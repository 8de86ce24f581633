// A resolve job: a list of any length read as a stream, BATCH URLs at a time: a batch's fresh URLs
// are skipped, its lines are saved as evidence in one transaction, and its URLs are resolved with
// bounded concurrency while the next batch is read. Nothing of a URL outlives its batch but the
// counts and the first few failures (the full record is in the graph), so memory does not grow
// with the list. One URL's failure is recorded against its line and the job goes on. The database
// going away is no URL's failure: the job pauses, and after a bounded wait stops as interrupted,
// leaving the URLs it never asked unmarked, so a rerun (or resume) does only the rest.
import PQueue from 'p-queue';
import type { ImportDeps, ImportResult } from '../../importers/core/run-import.ts';
import { loadBlockIndex, type BlockIndex } from '../../importers/resolve/block-index.ts';
import { ResolveMemo } from '../../importers/resolve/resolve-memo.ts';
import { resolveUrl } from '../../importers/resolve/resolve-url.ts';
import { importUrlLines } from '../../importers/url-list/import-url-lines.ts';
import type { UrlInput } from '../../importers/url-list/url-importer.ts';
import { DatabaseUnavailableError } from '../db/db-errors.ts';
import { withDatabasePause, type PauseOptions } from '../db/database-pause.ts';
import { findFreshUrls, type ResolvedMark } from '../queries/resolve-state.ts';
import { describeItemError, isDatabaseUnavailable, shortUrl } from './item-failure.ts';
import { ResolvedMarks } from './resolved-marks.ts';

/** Loading the index reads every imported block once; below this many URLs one seek per address costs less. */
const INDEX_FROM_URLS = 1000;
/** Lines saved per transaction, and URLs waiting for a free slot while the next batch is read. */
const BATCH = 500;
/** Failures kept in the summary; every one is reported as it happens (onFailure) and kept in the graph. */
const FAILURE_SAMPLES = 20;

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
  /** The last failure: "line 12: http://…: why", in words, without the database's internal ids. */
  lastError?: string | undefined;
  /** Set while the database is away (the job is paused), and on a job it interrupted. */
  databaseUnavailableSince?: Date | undefined;
  /** The database stayed away past the pause bound: the job stopped; the URLs not asked are left for a resume. */
  interrupted?: boolean | undefined;
}

/** A URL the job could not finish, by the line it came from. */
export interface ItemFailure {
  line: number;
  url: string;
  reason: string;
}

export interface ResolveJobOptions extends ImportDeps {
  /** The URLs, in list order: an array, or a stream of them (read as the job goes). */
  inputs: Iterable<UrlInput> | AsyncIterable<UrlInput>;
  /** How many URLs the inputs hold, when known before reading them (an array's length otherwise; else counted as read). */
  total?: number | undefined;
  concurrency: number;
  /** Imported bulk data older than this is not used in place of a live query. */
  bulkMaxAgeMs?: number | undefined;
  /** From this many URLs on, the job loads the imported blocks into an in-process index. */
  indexFromUrls?: number | undefined;
  /** Skip URLs resolved at or after this time (resume, and reruns of a list). */
  freshSince?: Date | undefined;
  onProgress?: (p: ResolveProgress) => void;
  /** Each URL the job could not finish, as it happens. */
  onFailure?: (f: ItemFailure) => void;
  /** How long to wait for a database that went away (default: the database's neo4j.pauseSeconds, doubling waits). */
  pause?: PauseOptions | undefined;
}

export interface ResolveJobSummary extends ResolveProgress {
  ips: number;
  lookupFailures: number;
  /** The first failures (`failed` counts them all). */
  failures: ItemFailure[];
}

export function emptyProgress(total: number): ResolveProgress {
  return { total, done: 0, failed: 0, skipped: 0, withAddress: 0, noAddressByState: {}, withFailedLookups: 0, elapsedS: 0, perSecond: 0, etaS: undefined };
}

/** URLs an interrupted job never finished: neither done, failed nor skipped. */
export const notAskedCount = (p: Pick<ResolveProgress, 'total' | 'done' | 'failed' | 'skipped'>) => p.total - p.done - p.failed - p.skipped;

/** URLs without an address, all states together. */
export const noAddressCount = (p: Pick<ResolveProgress, 'noAddressByState'>) => Object.values(p.noAddressByState).reduce((a, b) => a + b, 0);

/** "NXDOMAIN 5, NODATA 1": the states, most frequent first. */
export function describeNoAddress(p: Pick<ResolveProgress, 'noAddressByState'>): string {
  return Object.entries(p.noAddressByState).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
}

type Mark = ResolvedMark & { input: UrlInput; ips: number; noAddressState: string | undefined };

interface Job {
  opts: ResolveJobOptions;
  s: ResolveJobSummary;
  queue: PQueue;
  memo: ResolveMemo;
  marks: ResolvedMarks<Mark>;
  blockIndex: BlockIndex | undefined;
  /** The database went away (past the pause, or an error that is not a pause): no further URL is started. */
  fatal: unknown;
  /** Runs database work, waiting (paused) while the database is away, up to the pause bound. */
  guard<T>(work: () => Promise<T>): Promise<T>;
  fail(input: UrlInput, err: unknown): void;
  report(): void;
}

export async function runResolveJob(opts: ResolveJobOptions): Promise<ResolveJobSummary> {
  const known = opts.total ?? (Array.isArray(opts.inputs) ? opts.inputs.length : undefined);
  const job = startJob(opts, known);
  let read = 0;
  try {
    for await (const batch of inBatches(opts.inputs, BATCH)) {
      read += batch.length;
      if (known === undefined) job.s.total = read;
      if ((known ?? read) >= (opts.indexFromUrls ?? INDEX_FROM_URLS)) job.blockIndex ??= await job.guard(() => loadBlockIndex(opts.db));
      await startBatch(job, batch);
      if (job.fatal !== undefined) break;
    }
  } catch (err) {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    job.fatal ??= err;
  } finally {
    if (job.fatal !== undefined) job.queue.clear();
    await job.queue.onIdle();
    await job.marks.settle();
  }
  if (job.fatal instanceof DatabaseUnavailableError) {
    // Stopped, not failed: what was never asked stays unmarked for the resume.
    job.s.interrupted = true;
    job.s.databaseUnavailableSince = job.fatal.since;
  } else if (job.fatal !== undefined) throw job.fatal;
  job.report();
  return job.s;
}

function startJob(opts: ResolveJobOptions, known: number | undefined): Job {
  const t0 = Date.now();
  const s: ResolveJobSummary = { ...emptyProgress(known ?? 0), ips: 0, lookupFailures: 0, failures: [] };
  const pause: PauseOptions = {
    ...opts.pause,
    onPause: (since) => {
      if (s.databaseUnavailableSince === undefined) (s.databaseUnavailableSince = since), job.report();
    },
  };
  const guard = <T>(work: () => Promise<T>) => withDatabasePause(opts.db, work, pause);
  const job: Job = {
    opts, s, queue: new PQueue({ concurrency: opts.concurrency }), memo: new ResolveMemo(), blockIndex: undefined, fatal: undefined, guard,
    marks: new ResolvedMarks<Mark>({
      db: opts.db,
      guard,
      onMarked: (rows) => (rows.forEach((r) => countDone(s, r)), job.report()),
      onRefused: (row, err) => (job.fail(row.input, err), job.report()),
      onFatal: (err) => (job.fatal ??= err),
    }),
    fail(input, err) {
      if (isDatabaseUnavailable(err)) return void (job.fatal ??= err);
      const f = { line: input.line, url: input.url.url, reason: describeItemError(err) };
      s.failed += 1;
      s.lastError = `line ${f.line}: ${shortUrl(f.url)}: ${f.reason}`;
      if (s.failures.length < FAILURE_SAMPLES) s.failures.push(f);
      opts.onFailure?.(f);
    },
    report() {
      s.elapsedS = (Date.now() - t0) / 1000;
      s.perSecond = s.elapsedS > 0 ? (s.done + s.failed) / s.elapsedS : 0;
      const left = s.total - s.done - s.failed - s.skipped;
      s.etaS = s.perSecond > 0 ? left / s.perSecond : undefined;
      opts.onProgress?.({ ...s, failures: undefined } as ResolveProgress);
    },
  };
  return job;
}

function countDone(s: ResolveJobSummary, r: Mark): void {
  s.done += 1;
  s.ips += r.ips;
  s.lookupFailures += r.failures.length;
  if (r.noAddressState === undefined) s.withAddress += 1;
  else s.noAddressByState = { ...s.noAddressByState, [r.noAddressState]: (s.noAddressByState[r.noAddressState] ?? 0) + 1 };
  if (r.failures.length > 0) s.withFailedLookups += 1;
}

async function startBatch(job: Job, batch: UrlInput[]): Promise<void> {
  const { opts } = job;
  const freshSince = opts.freshSince;
  const fresh = freshSince ? await job.guard(() => findFreshUrls(opts.db, batch.map((i) => i.url.url), freshSince)) : new Set<string>();
  job.s.skipped += fresh.size;
  const todo = batch.filter((i) => !fresh.has(i.url.url));
  // Every line is evidence before any lookup of it starts.
  const lines = await saveLines(job, todo);
  job.report();
  for (const input of todo) {
    const line = lines.get(input);
    if (line === undefined) continue;
    // At most one batch waits for a free slot: the list is read no faster than it is resolved.
    await job.queue.onSizeLessThan(BATCH);
    if (job.fatal !== undefined) return;
    void job.queue.add(() => resolveOne(job, input, line));
  }
}

async function resolveOne(job: Job, input: UrlInput, listLine: ImportResult): Promise<void> {
  if (job.fatal !== undefined) return;
  try {
    // Run again whole once the database is back: its writes are MERGEs, so nothing is doubled.
    const r = await job.guard(() => resolveUrl(input, { ...job.opts, memo: job.memo, listLine, blockIndex: job.blockIndex }));
    job.s.databaseUnavailableSince = undefined;
    job.marks.add({ url: r.url, at: job.opts.io.now(), failures: r.failures, input, ips: r.ips.length, noAddressState: r.noAddressState });
  } catch (err) {
    job.fail(input, err);
    job.report();
  }
}

/** The batch's lines in one transaction; when the database refuses it, line by line, so one refused line fails alone. */
async function saveLines(job: Job, todo: UrlInput[]): Promise<Map<UrlInput, ImportResult>> {
  try {
    return await job.guard(() => importUrlLines(todo, job.opts, BATCH));
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw err;
    const out = new Map<UrlInput, ImportResult>();
    for (const input of todo) {
      try {
        for (const [k, v] of await job.guard(() => importUrlLines([input], job.opts))) out.set(k, v);
      } catch (e) {
        if (isDatabaseUnavailable(e)) throw e;
        job.fail(input, e);
      }
    }
    return out;
  }
}

async function* inBatches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length < size) continue;
    yield batch;
    batch = [];
  }
  if (batch.length > 0) yield batch;
}
