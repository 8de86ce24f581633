// Resolve jobs over GraphQL: a mutation starts one (bad lines come back with their reasons and
// the good ones still run), a query reads its progress, a subscription streams it (SSE).
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import type { UrlInput } from '../../../importers/url-list/url-importer.ts';
import type { ResolveJobState } from '../../jobs/job-registry.ts';
import { notAskedCount, noAddressCount } from '../../jobs/resolve-job.ts';
import { GraphQLError } from 'graphql';
import { caseIdOf } from '../../queries/cases.ts';
import { claimCase } from '../../queries/case-members.ts';
import { builder } from '../builder.ts';
import { actingUser } from '../context.ts';

const NoAddressCount = builder.objectRef<{ state: string; count: number }>('NoAddressCount').implement({
  description: 'URLs of a job whose host name gave no address, for one DNS state.',
  fields: (t) => ({
    state: t.exposeString('state', { description: 'NXDOMAIN, NODATA (answers), or the failure: TIMEOUT, SERVFAIL, REFUSED, FAILED' }),
    count: t.exposeInt('count'),
  }),
});

const ResolveJob = builder.objectRef<ResolveJobState>('ResolveJob').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    state: t.exposeString('state', { description: 'running; paused (the database is unavailable: the job waits for it, see databaseUnavailableSince); interrupted (the database stayed away: stopped, nothing it did not ask is marked failed; resumeResolve runs the rest); finished; or failed' }),
    databaseUnavailableSince: t.field({
      type: 'DateTime', nullable: true,
      description: 'while paused, and on an interrupted job: since when the database has been unavailable',
      resolve: (j) => j.databaseUnavailableSince ?? null,
    }),
    notAsked: t.int({ description: 'URLs neither looked up, failed nor skipped: still to do on a running job, left for a resume on an interrupted one', resolve: (j) => notAskedCount(j) }),
    resumes: t.id({ nullable: true, description: 'the interrupted job this one resumes', resolve: (j) => j.resumes ?? null }),
    total: t.exposeInt('total'),
    done: t.exposeInt('done', { description: 'URLs whose lookups all ran and were stored, with or without an address (withAddress + noAddress)' }),
    failed: t.exposeInt('failed', { description: 'URLs whose resolve stopped on an error (not finished)' }),
    skipped: t.exposeInt('skipped', { description: 'resolved recently; not asked again' }),
    withAddress: t.exposeInt('withAddress', { description: 'of the done URLs: the host name resolved to at least one address (or the URL names an IP)' }),
    noAddress: t.int({ description: 'of the done URLs: the host name gave no address (see noAddressByState); not "resolved"', resolve: (j) => noAddressCount(j) }),
    noAddressByState: t.field({
      type: [NoAddressCount], description: 'the URLs without an address by DNS state, most frequent first',
      resolve: (j) => Object.entries(j.noAddressByState).map(([state, count]) => ({ state, count })).sort((a, b) => b.count - a.count || a.state.localeCompare(b.state)),
    }),
    withFailedLookups: t.exposeInt('withFailedLookups', { description: 'of the done URLs: at least one lookup failed (kept as failed evidence; retrying asks again)' }),
    perSecond: t.exposeFloat('perSecond'),
    etaSeconds: t.float({ nullable: true, resolve: (j) => j.etaS ?? null }),
    lastError: t.string({ nullable: true, resolve: (j) => j.lastError ?? null }),
    startedAt: t.field({ type: 'DateTime', resolve: (j) => j.startedAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (j) => j.finishedAt ?? null }),
  }),
});

const RejectedLine = builder.objectRef<{ line: number; input: string; reason: string }>('RejectedLine').implement({
  description: 'An input line that is not a resolvable URL, and why.',
  fields: (t) => ({ line: t.exposeInt('line'), input: t.exposeString('input'), reason: t.exposeString('reason') }),
});

const StartResolvePayload = builder.objectRef<{ job: ResolveJobState; rejected: { line: number; input: string; reason: string }[] }>('StartResolvePayload').implement({
  fields: (t) => ({
    job: t.field({ type: ResolveJob, resolve: (p) => p.job }),
    rejected: t.field({ type: [RejectedLine], resolve: (p) => p.rejected }),
  }),
});

builder.mutationField('startResolve', (t) =>
  t.field({
    type: StartResolvePayload,
    description: 'Starts resolving URLs (one per list entry) into hosting chains; optionally grouped in a case.',
    args: {
      urls: t.arg.stringList({ required: true }),
      caseName: t.arg.string(),
      freshHours: t.arg.float({ description: 'skip URLs fully resolved within this many hours (as `hostchain resolve --fresh-hours`); absent or 0: resolve all' }),
    },
    resolve: async (_root, args, ctx) => {
      const inputs: UrlInput[] = [];
      const rejected: { line: number; input: string; reason: string }[] = [];
      const caseName = args.caseName ?? undefined;
      // Entry i is line i + 1 of what the person pasted: blank lines and # comments are skipped but
      // counted, so a bad line is reported by the number the person sees in the box.
      args.urls.forEach((input, i) => {
        if (input.trim() === '' || input.trim().startsWith('#')) return;
        try {
          inputs.push({ url: normalizeUrl(input), list: 'graphql', line: i + 1, input, caseId: caseName ? `case:${caseName}` : undefined, caseName });
        } catch (err) {
          rejected.push({ line: i + 1, input, reason: (err as Error).message });
        }
      });
      // Need-to-know: a new case becomes the caller's (its creator and first member) before any URL
      // goes in; an existing one was checked for membership before this ran (access/).
      const caseId = caseName === undefined ? undefined : caseIdOf(caseName);
      if (caseName !== undefined && inputs.length > 0) {
        const claim = await claimCase(ctx.db, { id: caseIdOf(caseName), name: caseName }, { user: actingUser(ctx), at: ctx.now() });
        if (!claim.member) throw new GraphQLError(`You are not a member of the case "${caseName}"`, { extensions: { code: 'NOT_A_MEMBER' } });
      }
      return { job: ctx.jobs.start(inputs, { freshHours: args.freshHours ?? undefined, owner: actingUser(ctx), caseId }), rejected };
    },
  }),
);

builder.mutationField('resumeResolve', (t) =>
  t.field({
    type: ResolveJob,
    nullable: true,
    description: 'Resumes an interrupted job: a new job over the same list that skips the URLs resolved since the first one started. Null when the job is unknown or was not interrupted.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => ctx.jobs.resume(String(args.id)) ?? null,
  }),
);

builder.queryField('resolveJob', (t) =>
  t.field({ type: ResolveJob, nullable: true, args: { id: t.arg.id({ required: true }) }, resolve: (_r, args, ctx) => ctx.jobs.get(String(args.id)) ?? null }),
);

builder.subscriptionField('resolveJobProgress', (t) =>
  t.field({
    type: ResolveJob,
    description: 'Progress events of a job until it ends, then the stream closes (a job that has ended gives its last state once; an unknown id is refused).',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, args, ctx) => ctx.jobs.follow(String(args.id)),
    resolve: (job) => job,
  }),
);
