// Resolve jobs started over GraphQL: state kept in memory per server process (queryable at any
// time, since a subscriber that connects late misses earlier events) and progress published to
// subscribers as it happens. A job the database left is `paused` while it waits for it and
// `interrupted` when it gave up waiting; `resume` runs the URLs it never finished.
import { randomUUID } from 'node:crypto';
import { createPubSub } from 'graphql-yoga';
import type { SourceIo } from '../../importers/core/source-io.ts';
import type { UrlInput } from '../../importers/url-list/url-importer.ts';
import type { PauseOptions } from '../db/database-pause.ts';
import type { GraphDb } from '../db/driver.ts';
import { InputError } from '../input-error.ts';
import { describeItemError } from './item-failure.ts';
import { emptyProgress, runResolveJob, type ResolveProgress } from './resolve-job.ts';

export type ResolveJobStateName = 'running' | 'paused' | 'interrupted' | 'finished' | 'failed';

export interface ResolveJobState extends ResolveProgress {
  id: string;
  state: ResolveJobStateName;
  startedAt: Date;
  finishedAt: Date | undefined;
  /** Who started it, and the case it fills: its progress is theirs and the case members' (need-to-know). */
  owner?: string | undefined;
  caseId?: string | undefined;
  /** The job this one resumes (an interrupted one). */
  resumes?: string | undefined;
}

/** A paused job has not ended: it waits for the database and carries on. */
export const isLive = (state: ResolveJobStateName) => state === 'running' || state === 'paused';

interface JobInputs {
  inputs: UrlInput[];
  freshSince: Date | undefined;
}

export class JobRegistry {
  readonly pubSub = createPubSub<{ resolveProgress: [jobId: string, payload: ResolveJobState] }>();
  private readonly jobs = new Map<string, ResolveJobState>();
  private readonly inputs = new Map<string, JobInputs>();

  constructor(private readonly deps: { db: GraphDb; io: SourceIo; concurrency?: number; bulkMaxAgeMs?: number; pause?: PauseOptions }) {}

  get(id: string): ResolveJobState | undefined {
    return this.jobs.get(id);
  }

  /** `freshHours` > 0: URLs fully resolved within that many hours are skipped (the CLI's --fresh-hours). */
  start(inputs: UrlInput[], opts: { freshHours?: number | undefined; owner?: string | undefined; caseId?: string | undefined } = {}): ResolveJobState {
    const hours = opts.freshHours ?? 0;
    const freshSince = hours > 0 ? new Date(this.deps.io.now().getTime() - hours * 3_600_000) : undefined;
    return this.run({ inputs, freshSince }, { owner: opts.owner, caseId: opts.caseId });
  }

  /**
   * Runs again what an interrupted job left: URLs resolved since it started (or within its own
   * freshness window) are skipped, so only the rest is asked. Undefined when the job is unknown or
   * was not interrupted.
   */
  resume(id: string): ResolveJobState | undefined {
    const old = this.jobs.get(id);
    const given = this.inputs.get(id);
    if (old?.state !== 'interrupted' || given === undefined) return undefined;
    const since = given.freshSince !== undefined && given.freshSince < old.startedAt ? given.freshSince : old.startedAt;
    // The resume fills the same case for the same people (need-to-know follows the first job).
    return this.run({ inputs: given.inputs, freshSince: since }, { resumes: id, owner: old.owner, caseId: old.caseId });
  }

  private run(given: JobInputs, who: { resumes?: string | undefined; owner?: string | undefined; caseId?: string | undefined }): ResolveJobState {
    const job: ResolveJobState = { id: randomUUID(), state: 'running', startedAt: new Date(), finishedAt: undefined, resumes: who.resumes, owner: who.owner, caseId: who.caseId, ...emptyProgress(given.inputs.length) };
    this.jobs.set(job.id, job);
    this.inputs.set(job.id, given);
    const publish = () => this.pubSub.publish('resolveProgress', job.id, { ...job });
    const onProgress = (p: ResolveProgress) => {
      Object.assign(job, p, { state: p.databaseUnavailableSince === undefined ? 'running' : 'paused' });
      publish();
    };
    void runResolveJob({ ...this.deps, inputs: given.inputs, freshSince: given.freshSince, concurrency: this.deps.concurrency ?? 8, pause: this.deps.pause, onProgress })
      .then((s) => Object.assign(job, { state: s.interrupted === true ? 'interrupted' : 'finished', finishedAt: new Date() }))
      .catch((err: unknown) => Object.assign(job, { state: 'failed', finishedAt: new Date(), lastError: describeItemError(err) }))
      .finally(() => {
        // Only an interrupted job keeps its list, for a resume.
        if (job.state !== 'interrupted') this.inputs.delete(job.id);
        publish();
      });
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
      if (!isLive(job.state)) return yield { ...job };
      for await (const e of events) {
        yield e;
        if (!isLive(e.state)) return;
      }
    } finally {
      await events.return?.();
    }
  }

  /** Resolves when the job has finished: for tests and for scripts that wait. */
  async settled(id: string): Promise<ResolveJobState | undefined> {
    for (;;) {
      const j = this.jobs.get(id);
      if (j === undefined || !isLive(j.state)) return j;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
