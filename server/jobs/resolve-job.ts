// A resolve job: many URLs, bounded concurrency, resumable (URLs resolved within the freshness
// window are skipped; a URL is marked resolved only after all its facts are stored), progress
// after every URL. One URL's failure is recorded and the job goes on.
import PQueue from 'p-queue';
import type { ImportDeps } from '../../importers/core/run-import.ts';
import { ResolveMemo } from '../../importers/resolve/resolve-memo.ts';
import { resolveUrl } from '../../importers/resolve/resolve-url.ts';
import { importUrlLines } from '../../importers/url-list/import-url-lines.ts';
import { loadBlockIndex } from '../../importers/resolve/block-index.ts';

/** Loading the index reads every imported block once; below this many URLs one seek per address costs less. */
const INDEX_FROM_URLS = 1000;
import type { UrlInput } from '../../importers/url-list/url-importer.ts';
import { findFreshUrls, markResolved } from '../queries/resolve-state.ts';

export interface ResolveProgress {
  total: number;
  done: number;
  failed: number;
  skipped: number;
  elapsedS: number;
  perSecond: number;
  etaS: number | undefined;
  lastError?: string | undefined;
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
}

export interface ResolveJobSummary extends ResolveProgress {
  ips: number;
  lookupFailures: number;
  failures: { url: string; reason: string }[];
}

export async function runResolveJob(opts: ResolveJobOptions): Promise<ResolveJobSummary> {
  const t0 = Date.now();
  const fresh = opts.freshSince ? await findFreshUrls(opts.db, opts.inputs.map((i) => i.url.url), opts.freshSince) : new Set<string>();
  const s: ResolveJobSummary = { total: opts.inputs.length, done: 0, failed: 0, skipped: fresh.size, elapsedS: 0, perSecond: 0, etaS: undefined, ips: 0, lookupFailures: 0, failures: [] };
  const report = () => {
    s.elapsedS = (Date.now() - t0) / 1000;
    s.perSecond = s.elapsedS > 0 ? (s.done + s.failed) / s.elapsedS : 0;
    const left = s.total - s.done - s.failed - s.skipped;
    s.etaS = s.perSecond > 0 ? left / s.perSecond : undefined;
    opts.onProgress?.({ ...s, failures: undefined } as ResolveProgress);
  };
  const queue = new PQueue({ concurrency: opts.concurrency });
  const memo = new ResolveMemo();
  const todo = opts.inputs.filter((i) => !fresh.has(i.url.url));
  // Every list line is evidence before any lookup starts, saved many per transaction.
  const lines = await importUrlLines(todo, opts);
  // A big job loads the imported registry blocks into memory once; a small one seeks per address.
  const blockIndex = todo.length >= (opts.indexFromUrls ?? INDEX_FROM_URLS) ? await loadBlockIndex(opts.db) : undefined;
  for (const input of todo) {
    void queue.add(async () => {
      try {
        const r = await resolveUrl(input, { ...opts, memo, listLine: lines.get(input), blockIndex });
        await markResolved(opts.db, r.url, opts.io.now(), r.failures);
        s.done += 1;
        s.ips += r.ips.length;
        s.lookupFailures += r.failures.length;
      } catch (err) {
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
