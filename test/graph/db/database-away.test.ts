// The database going away mid-job and mid-request, on a Neo4j of this file's own (killed with
// kill -9 and started again on its data folder); the shared test Neo4j is never touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import type { UrlInput } from '../../../importers/url-list/url-importer.ts';
import type { GraphDb } from '../../../server/db/driver.ts';
import { startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { JobRegistry, type ResolveJobState } from '../../../server/jobs/job-registry.ts';
import { duplicateOpenFacts, resolvedUrlCount } from '../../support/graph-assert.ts';
import { startPrivateNeo4j, type PrivateNeo4j } from '../../support/private-neo4j.ts';
import { testUserToken } from '../../support/test-users.ts';

const URLS = 40;
let neo: PrivateNeo4j;
let db: GraphDb;
let scenario: RunningScenario;

beforeAll(async () => {
  neo = await startPrivateNeo4j();
  // A short pause bound and driver retry, so the test waits seconds, not the default minute.
  db = neo.open({ maxPauseMs: 4000, maxTransactionRetryTimeMs: 1000 });
  scenario = await startResellerChain();
  // Slow answers, so that the job is surely mid-way when the database goes.
  scenario.dns.setMisbehaviour({ mode: 'slow', delayMs: 40 });
}, 240_000);
afterAll(async () => {
  await scenario?.close();
  await db?.close();
  await neo?.stop();
});

const inputs: UrlInput[] = Array.from({ length: URLS }, (_, i) => {
  const input = `http://item${i}.shop.example/x`;
  return { url: normalizeUrl(input), list: 'away.txt', line: i + 1, input };
});

/** Polls the job until it ends; returns it and every state it was seen in. */
async function followJob(jobs: JobRegistry, id: string): Promise<{ job: ResolveJobState; seen: Set<string> }> {
  const seen = new Set<string>();
  for (;;) {
    const job = jobs.get(id)!;
    seen.add(job.state);
    if (job.state !== 'running' && job.state !== 'paused') return { job: { ...job }, seen };
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a resolve job whose database is killed mid-way', () => {
  it('pauses, stops as interrupted with the time the database went, marks no URL failed, and its resume asks only the rest', async () => {
    const jobs = new JobRegistry({ db, io: createSourceIo(scenario.config), concurrency: 2, pause: { firstWaitMs: 200 } });
    const started = jobs.start(inputs);
    while ((jobs.get(started.id)?.done ?? 0) < 5) await new Promise((r) => setTimeout(r, 50));
    const killedAt = new Date();
    await neo.kill();
    const { job: first, seen } = await followJob(jobs, started.id);

    expect(first.state).toBe('interrupted');
    expect(seen.has('paused')).toBe(true);
    expect(first.failed).toBe(0);
    expect(first.lastError).toBeUndefined();
    expect(first.databaseUnavailableSince!.getTime()).toBeGreaterThanOrEqual(killedAt.getTime() - 1000);
    expect(first.done).toBeGreaterThanOrEqual(5);
    expect(first.done).toBeLessThan(URLS);

    await neo.restart();
    // The same driver works again: no new connection was made by anyone.
    const resolvedBefore = await resolvedUrlCount(db);
    const resumed = jobs.resume(started.id)!;
    const { job: second } = await followJob(jobs, resumed.id);
    expect(second.state).toBe('finished');
    expect(second.resumes).toBe(started.id);
    expect(second.skipped).toBe(resolvedBefore);
    expect(second.done).toBe(URLS - resolvedBefore);
    expect(second.failed).toBe(0);
    expect(await resolvedUrlCount(db)).toBe(URLS);
    expect(await duplicateOpenFacts(db)).toBe(0);
  }, 180_000);
});

describe('the API while the database is away', () => {
  it('answers DATABASE_UNAVAILABLE with HTTP 503, health says since when, and it works again once the database is back', async () => {
    const yoga = createHostchainYoga({ db, config: scenario.config });
    const token = await testUserToken(db, 'viewer');
    const ask = async (query: string, auth = true) => {
      const res = await yoga.fetch('http://hostchain/graphql', {
        method: 'POST', body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      });
      return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] } };
    };
    const CASES = '{ cases(first: 1) { edges { node { name } } } }';
    expect((await ask(CASES)).status).toBe(200);

    await neo.kill();
    const away = await ask(CASES);
    expect(away.status).toBe(503);
    expect(away.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(away.body.errors?.[0]?.message).toMatch(/^database unavailable since \d{4}-\d\d-\d\dT/);
    const health = await ask('{ health { ok database { reachable unavailableSince } } }', false);
    expect(health.body.data).toEqual({ health: { ok: false, database: { reachable: false, unavailableSince: expect.stringMatching(/^\d{4}-/) } } });

    await neo.restart();
    const back = await ask(CASES);
    expect(back.status).toBe(200);
    expect(back.body.errors).toBeUndefined();
    expect((await ask('{ health { ok database { unavailableSince } } }', false)).body.data).toEqual({ health: { ok: true, database: { unavailableSince: null } } });
  }, 180_000);
});
