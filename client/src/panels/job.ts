// A resolve job as a person follows it: a progress bar, counts in words that match the answers
// (with an address / no address and why / failed lookups), the last failure's reason, and a retry
// that asks again for what failed. A database that went away is said in words: the job is paused
// while it waits, and an interrupted one offers to resume the URLs it never asked.
import { ApiError } from '../api/graphql.ts';
import { fetchResolveJob, resumeResolve, startResolve, watchResolveJob, type ResolveJob } from '../api/resolve.ts';
import { button, el, errorText, present } from '../dom.ts';
import { may } from '../state/may.ts';
import { timeEl } from '../time-text.ts';

export interface JobContext {
  region: HTMLElement;
  caseName: string | null;
  /** The URLs to ask again: those whose lookups failed or did not finish. */
  failedUrls: () => Promise<string[]>;
  onFinished: (job: ResolveJob) => void;
  onRetry: (jobId: string) => void;
}

/** "6 (NXDOMAIN 5, NODATA 1)": how many URLs gave no address, and why. */
function noAddressText(job: ResolveJob): string {
  if (job.noAddress === 0) return '0';
  return `${job.noAddress} (${job.noAddressByState.map((s) => `${s.state} ${s.count}`).join(', ')})`;
}

const HEADINGS: Record<string, string> = { running: 'Resolving…', paused: 'Resolving paused', interrupted: 'Resolve interrupted', failed: 'Resolve failed' };

/** "Database unavailable since 3 Dec 2026, 16:40 (2 minutes ago)": why a job is paused or interrupted. */
function databaseAway(job: ResolveJob): HTMLElement | null {
  if (job.databaseUnavailableSince === null) return null;
  const after = job.state === 'interrupted'
    ? `; the job stopped. ${job.notAsked} URLs were not asked (none marked failed): resume when the database is back.`
    : '; the job waits for it and carries on when it is back.';
  return el('p', { class: 'bad', role: 'alert', id: 'job-database' }, 'Database unavailable since ', timeEl(job.databaseUnavailableSince), after);
}

function renderJob(ctx: JobContext, job: ResolveJob): void {
  const finished = job.state !== 'running' && job.state !== 'paused';
  // A URL whose name does not resolve was looked up, not "resolved": the words keep them apart.
  const rows: [string, string][] = [
    ['State', job.state], ['Looked up', `${job.done} of ${job.total}`], ['Resolved with an address', String(job.withAddress)],
    ['No address', noAddressText(job)], ['With failed lookups', String(job.withFailedLookups)],
    ['Not finished (errors)', String(job.failed)], ['Skipped (resolved recently)', String(job.skipped)],
  ];
  if (!finished && job.etaSeconds !== null) rows.push(['Time left', `about ${Math.ceil(job.etaSeconds)} s`]);
  if (job.lastError !== null) rows.push(['Last failure', job.lastError]);
  ctx.region.replaceChildren(...present(
    el('h3', {}, HEADINGS[job.state] ?? 'Resolve finished'),
    databaseAway(job),
    el('progress', { max: String(Math.max(job.total, 1)), value: String(job.done + job.failed + job.skipped), 'aria-label': 'URLs looked up' }),
    el('dl', { class: 'kv', id: 'job-summary' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { class: k === 'Last failure' ? 'bad' : '' }, v)])),
    job.state === 'interrupted' && may('write-case') ? button(`Resume the ${job.notAsked} not asked`, () => resume(ctx, job.id), { id: 'job-resume' }) : null,
    finished && job.failed + job.withFailedLookups > 0 && may('write-case') ? button(`Retry the ${job.failed + job.withFailedLookups} with failures`, () => retry(ctx), { id: 'job-retry' }) : null,
  ));
}

async function retry(ctx: JobContext): Promise<void> {
  try {
    const urls = await ctx.failedUrls();
    if (urls.length === 0) return void ctx.region.append(el('p', { role: 'status' }, 'Nothing left to retry.'));
    // A retry asks again: the URLs with failed lookups were looked up just now.
    const { job } = await startResolve(urls, ctx.caseName, 0);
    ctx.onRetry(job.id);
  } catch (err) {
    ctx.region.append(el('p', { class: 'bad', role: 'alert' }, `Retry failed: ${errorText(err)}`));
  }
}

async function resume(ctx: JobContext, jobId: string): Promise<void> {
  try {
    const job = await resumeResolve(jobId);
    if (job === null) return void ctx.region.append(el('p', { role: 'status' }, 'The server no longer knows this job: start the case again (URLs resolved meanwhile are skipped).'));
    ctx.onRetry(job.id);
  } catch (err) {
    ctx.region.append(el('p', { class: 'bad', role: 'alert' }, `Resume failed: ${errorText(err)}`));
  }
}

/** The server cannot read its database (it answers 503): say so in place of the job's figures, which it cannot give now. */
function showServerDatabaseAway(ctx: JobContext, err: unknown): void {
  if (!(err instanceof ApiError) || err.code !== 'DATABASE_UNAVAILABLE' || err.since === undefined) return;
  ctx.region.querySelector('#job-database')?.remove();
  ctx.region.prepend(el('p', { class: 'bad', role: 'alert', id: 'job-database' }, 'Database unavailable since ', timeEl(err.since), '; the job waits for it, and this view carries on when it is back.'));
}

/** Follows a job by its server-sent events, with a slow poll beside them in case a proxy holds events back. */
export function followJob(ctx: JobContext, jobId: string): () => void {
  let stopped = false;
  const refresh = async () => {
    const job = await fetchResolveJob(jobId).catch((err: unknown) => (showServerDatabaseAway(ctx, err), null));
    if (stopped || job === null) return;
    renderJob(ctx, job);
    if (job.state !== 'running' && job.state !== 'paused') {
      stop();
      ctx.onFinished(job);
    }
  };
  const unwatch = watchResolveJob(jobId, () => void refresh());
  const timer = setInterval(() => void refresh(), 1500);
  const stop = () => {
    stopped = true;
    unwatch();
    clearInterval(timer);
  };
  void refresh();
  return stop;
}
