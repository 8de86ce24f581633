// Resolve jobs started over GraphQL: state kept in memory per server process (queryable at any
// time, since a subscriber that connects late misses earlier events) and progress published to
// subscribers as it happens.
import { randomUUID } from 'node:crypto';
import { createPubSub } from 'graphql-yoga';
import type { SourceIo } from '../../importers/core/source-io.ts';
import type { UrlInput } from '../../importers/url-list/url-importer.ts';
import type { GraphDb } from '../db/driver.ts';
import { InputError } from '../input-error.ts';
import { describeItemError } from './item-failure.ts';
import { emptyProgress, runResolveJob, type ResolveProgress } from './resolve-job.ts';

export interface ResolveJobState extends ResolveProgress {
  id: string;
  state: 'running' | 'finished' | 'failed';
  startedAt: Date;
  finishedAt: Date | undefined;
  /** Who started it, and the case it fills: its progress is theirs and the case members' (need-to-know). */
  owner?: string | undefined;
  caseId?: string | undefined;
}

export class JobRegistry {
  readonly pubSub = createPubSub<{ resolveProgress: [jobId: string, payload: ResolveJobState] }>();
  private readonly jobs = new Map<string, ResolveJobState>();

  constructor(private readonly deps: { db: GraphDb; io: SourceIo; concurrency?: number; bulkMaxAgeMs?: number }) {}

  get(id: string): ResolveJobState | undefined {
    return this.jobs.get(id);
  }

  /** `freshHours` > 0: URLs fully resolved within that many hours are skipped (the CLI's --fresh-hours). */
  start(inputs: UrlInput[], opts: { freshHours?: number | undefined; owner?: string | undefined; caseId?: string | undefined } = {}): ResolveJobState {
    const job: ResolveJobState = { id: randomUUID(), state: 'running', startedAt: new Date(), finishedAt: undefined, owner: opts.owner, caseId: opts.caseId, ...emptyProgress(inputs.length) };
    this.jobs.set(job.id, job);
    const publish = () => this.pubSub.publish('resolveProgress', job.id, { ...job });
    const hours = opts.freshHours ?? 0;
    const freshSince = hours > 0 ? new Date(this.deps.io.now().getTime() - hours * 3_600_000) : undefined;
    void runResolveJob({ ...this.deps, inputs, freshSince, concurrency: this.deps.concurrency ?? 8, onProgress: (p) => (Object.assign(job, p), publish()) })
      .then(() => Object.assign(job, { state: 'finished', finishedAt: new Date() }))
      .catch((err: unknown) => Object.assign(job, { state: 'failed', finishedAt: new Date(), lastError: describeItemError(err) }))
      .finally(publish);
    return job;
  }

  /**
   * The job's progress until it ends, then the stream closes; a job that has ended already gives its
   * last state once. An id this server does not know is refused rather than left open forever.
   */
  async *follow(id: string): AsyncGenerator<ResolveJobState> {
    // Subscribed before the state is read, so an end between the two is not missed.
    const events = this.pubSub.subscribe('resolveProgress', id);
    try {
      const job = this.jobs.get(id);
      if (job === undefined) throw new InputError('id', `no resolve job ${id} on this server (jobs are kept until the server restarts)`);
      if (job.state !== 'running') return yield { ...job };
      for await (const e of events) {
        yield e;
        if (e.state !== 'running') return;
      }
    } finally {
      await events.return?.();
    }
  }

  /** Resolves when the job has finished: for tests and for scripts that wait. */
  async settled(id: string): Promise<ResolveJobState | undefined> {
    for (;;) {
      const j = this.jobs.get(id);
      if (j === undefined || j.state !== 'running') return j;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
