// A resolve job as a person follows it: a progress bar, counts in words that match the answers
// (with an address / no address and why / failed lookups), the last failure's reason, and a retry
// that asks again for what failed.
import { fetchResolveJob, startResolve, watchResolveJob, type ResolveJob } from '../api/resolve.ts';
import { button, el, errorText, present } from '../dom.ts';
import { may } from '../state/may.ts';

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

function renderJob(ctx: JobContext, job: ResolveJob): void {
  const finished = job.state !== 'running';
  // A URL whose name does not resolve was looked up, not "resolved": the words keep them apart.
  const rows: [string, string][] = [
    ['State', job.state], ['Looked up', `${job.done} of ${job.total}`], ['Resolved with an address', String(job.withAddress)],
    ['No address', noAddressText(job)], ['With failed lookups', String(job.withFailedLookups)],
    ['Not finished (errors)', String(job.failed)], ['Skipped (resolved recently)', String(job.skipped)],
  ];
  if (!finished && job.etaSeconds !== null) rows.push(['Time left', `about ${Math.ceil(job.etaSeconds)} s`]);
  if (job.lastError !== null) rows.push(['Last failure', job.lastError]);
  ctx.region.replaceChildren(...present(
    el('h3', {}, finished ? 'Resolve finished' : 'Resolving…'),
    el('progress', { max: String(Math.max(job.total, 1)), value: String(job.done + job.failed + job.skipped), 'aria-label': 'URLs looked up' }),
    el('dl', { class: 'kv', id: 'job-summary' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { class: k === 'Last failure' ? 'bad' : '' }, v)])),
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

/** Follows a job by its server-sent events, with a slow poll beside them in case a proxy holds events back. */
export function followJob(ctx: JobContext, jobId: string): () => void {
  let stopped = false;
  const refresh = async () => {
    const job = await fetchResolveJob(jobId).catch(() => null);
    if (stopped || job === null) return;
    renderJob(ctx, job);
    if (job.state !== 'running') {
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
