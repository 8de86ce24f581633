// The three faults of the campaign, each followed by a restart and a rerun, each returning what
// was lost (good URLs not resolved, good bulk lines not stored): kill -9 of the CLI mid-resolve,
// kill -9 of the CLI mid-import, and kill -9 of Neo4j while a job writes.
import { audit } from '../../server/auth/audit.ts';
import type { GraphDb } from '../../server/db/driver.ts';
import { countResolvedOf, findRouteRun } from '../../server/queries/store-integrity.ts';
import type { PrivateNeo4j } from '../../test/support/private-neo4j.ts';
import { runCli, runToEnd, type CliRun } from './cli-process.ts';
import { writeRouteFile, writeUrlList } from './fault-data.ts';

export interface FaultContext {
  dir: string;
  env: Record<string, string>;
  /** The campaign's own driver: polls progress and checks the graph. */
  db: GraphDb;
  neo: PrivateNeo4j;
  rnd: () => number;
  urls: number;
  routes: number;
}

export interface FaultOutcome {
  fault: string;
  /** Where the fault landed, in words. */
  at: string;
  /** Runs after the fault until the work was done. */
  reruns: number;
  lostUrls: number;
  lostLines: number;
  auditEntries?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `reached` until it holds (or the process ended on its own), then kills; says where. */
async function killWhen(run: CliRun, reached: () => Promise<string | undefined>): Promise<string> {
  let ended = false;
  void run.done.then(() => (ended = true));
  for (;;) {
    const at = await reached().catch(() => undefined);
    if (ended) return 'after the end (the job finished first)';
    if (at !== undefined) {
      run.kill();
      return at;
    }
    await sleep(50);
  }
}

async function resolveRerun(ctx: FaultContext, file: string): Promise<number> {
  // Exit 1 is the list's bad lines, said and skipped; what counts is the graph, checked after.
  for (let runs = 1; ; runs += 1) {
    const r = await runCli(['resolve', file, '--concurrency', '4'], ctx.env).done;
    if (r.code === 0 || r.code === 1) return runs;
    if (r.code !== 75 || runs >= 4) throw new Error(`resolve rerun exited ${r.code ?? r.signal}:\n${r.out.slice(-2000)}`);
  }
}

export async function killResolve(ctx: FaultContext, tag: string): Promise<FaultOutcome> {
  const list = writeUrlList(ctx.dir, tag, ctx.urls);
  const target = Math.floor(ctx.rnd() * list.urls.length);
  const run = runCli(['resolve', list.file, '--concurrency', '2'], ctx.env);
  const at = await killWhen(run, async () => {
    const n = await countResolvedOf(ctx.db, list.urls);
    return n >= target ? `${n}/${list.urls.length} URLs resolved` : undefined;
  });
  await run.done;
  const reruns = await resolveRerun(ctx, list.file);
  return { fault: 'kill -9 node: resolve', at, reruns, lostUrls: list.urls.length - (await countResolvedOf(ctx.db, list.urls)), lostLines: 0 };
}

export async function killImport(ctx: FaultContext, tag: string, round: number): Promise<FaultOutcome> {
  const routes = writeRouteFile(ctx.dir, tag, round, ctx.routes);
  const target = Math.floor(ctx.rnd() * routes.goodLines);
  const jitterMs = Math.floor(ctx.rnd() * 400);
  const run = runCli(['import', 'pfx2as', routes.file], ctx.env);
  const at = await killWhen(run, async () => {
    const r = await findRouteRun(ctx.db, 'caida', routes.name);
    if (r === undefined || Number(r.progress) < target) return undefined;
    await sleep(jitterMs);
    return `checkpoint ${r.progress}/${routes.goodLines} lines + ${jitterMs} ms`;
  });
  await run.done;
  const { runs } = await runToEnd(['import', 'pfx2as', routes.file], ctx.env);
  const r = await findRouteRun(ctx.db, 'caida', routes.name);
  const stored = r?.status === 'ok' ? Number(r.facts) : 0;
  return { fault: 'kill -9 node: import', at, reruns: runs, lostUrls: 0, lostLines: routes.goodLines - stored };
}

/** Neo4j killed while a job writes (a resolve job or an import, alternately) and audit entries are appended. */
export async function killNeo4j(ctx: FaultContext, tag: string, round: number): Promise<FaultOutcome> {
  const resolve = round % 2 === 1;
  const list = writeUrlList(ctx.dir, tag, ctx.urls);
  const routes = writeRouteFile(ctx.dir, tag, round, ctx.routes);
  const appender = appendAuditEntries(ctx.db, tag);
  const run = resolve ? runCli(['resolve', list.file, '--concurrency', '2'], ctx.env) : runCli(['import', 'pfx2as', routes.file], ctx.env);
  const target = resolve ? 1 + Math.floor(ctx.rnd() * (list.urls.length / 2)) : 0;
  const jitterMs = Math.floor(ctx.rnd() * 1500);
  let at = '';
  for (;;) {
    const n = resolve ? await countResolvedOf(ctx.db, list.urls) : Number((await findRouteRun(ctx.db, 'caida', routes.name))?.progress ?? -1);
    if (n >= target) {
      await sleep(jitterMs);
      at = resolve ? `${n}/${list.urls.length} URLs resolved + ${jitterMs} ms` : `import running, checkpoint ${n} + ${jitterMs} ms`;
      break;
    }
    await sleep(50);
  }
  await ctx.neo.kill();
  await ctx.neo.restart();
  // The job paused meanwhile; it carries on by itself, or (had the restart outlasted its pause) it
  // stopped as interrupted (exit 75) and is run again.
  const first = await run.done;
  let reruns = 0;
  if (resolve && first.code !== 0 && first.code !== 1) reruns = await resolveRerun(ctx, list.file);
  if (!resolve && first.code !== 0) reruns = (await runToEnd(['import', 'pfx2as', routes.file], ctx.env)).runs;
  const entries = await appender.stop();
  const lostUrls = resolve ? list.urls.length - (await countResolvedOf(ctx.db, list.urls)) : 0;
  const r = resolve ? undefined : await findRouteRun(ctx.db, 'caida', routes.name);
  const lostLines = resolve ? 0 : routes.goodLines - (r?.status === 'ok' ? Number(r.facts) : 0);
  return { fault: `kill -9 neo4j: ${resolve ? 'resolve' : 'import'}`, at: `${at}${first.code === 75 ? ', interrupted' : ', paused and went on'}`, reruns, lostUrls, lostLines, auditEntries: entries };
}

/** Appends audit entries one after another until stopped; entries refused while Neo4j is away are not counted. */
function appendAuditEntries(db: GraphDb, tag: string): { stop(): Promise<number> } {
  let stopped = false;
  let written = 0;
  const loop = (async () => {
    while (!stopped) {
      try {
        await audit(db, { user: undefined, action: 'fault-campaign', target: tag, at: new Date(), detail: { n: written } });
        written += 1;
      } catch {
        await sleep(200);
      }
    }
  })();
  return { stop: async () => ((stopped = true), await loop, written) };
}
