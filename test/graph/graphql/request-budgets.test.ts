// What one client may ask of the API (issue 15, defect 6): nobody signed in may call only what
// signing in needs, each once, and not read the schema; a signed-in request has a cost ceiling;
// each client spends from its own bucket, so one flooding the API is refused (429, Retry-After)
// while others are answered. The clock is fixed, so no bucket refills during a test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { countingDb } from '../../support/counting-db.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { testUserToken } from '../../support/test-users.ts';

const db = openTestGraph();
const counted = countingDb(db);
const now = () => new Date('2026-12-03T12:00:00Z');
const newYoga = () => createHostchainYoga({ db: counted, config: offlineConfig(), now });
afterAll(() => db.close());
beforeAll(() => resetGraph(db));

const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

async function post(yoga: ReturnType<typeof newYoga>, query: string, headers: Record<string, string> = {}) {
  return yoga.fetch('http://hostchain/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
}

describe('what nobody signed in may ask', () => {
  it('refuses 190 aliased health checks in one request before the database is asked', async () => {
    const yoga = newYoga();
    counted.resetCount();
    const e = await graphqlErrors(yoga, 'anonymous')(aliased(190, 'health { ok }'));
    expect(e).toEqual([{ message: 'without signing in, health may be asked once per request', code: 'TOO_COSTLY' }]);
    expect(counted.reads).toEqual([]);
    // One health check is still everyone's.
    expect(await graphqlClient(yoga, 'anonymous')<{ health: { ok: boolean } }>('{ health { ok } }')).toEqual({ health: { ok: true } });
  });

  it('refuses the schema to nobody and gives it to a signed-in user', async () => {
    const yoga = newYoga();
    expect(await graphqlErrors(yoga, 'anonymous')('{ __schema { queryType { name } } }')).toEqual([
      { message: 'sign in to read the schema (GraphiQL and introspection are for signed-in users)', code: 'UNAUTHENTICATED' },
    ]);
    expect(await graphqlClient(yoga, { db, role: 'viewer' })('{ __schema { queryType { name } } }')).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers a flood of sign-ins from one address with 429 and a wait, while a signed-in user is answered', async () => {
    const yoga = newYoga();
    const token = await testUserToken(db, 'viewer');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 30; i += 1) {
      const res = await post(yoga, `mutation { signIn(username: "guess${i}", password: "wrong password ${i}") { username } }`);
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
        expect(body.errors[0]!.message).toMatch(/^too many requests from this address: try again in \d+ s$/);
      } else await res.arrayBuffer();
    }
    // Sign-in costs 5 of an address's 100 units: 20 attempts, then the address waits.
    expect(statuses.filter((s) => s !== 429)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const me = await post(yoga, '{ me { username } }', { authorization: `Bearer ${token}` });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ data: { me: { username: 'test-viewer' } } });
  });
});

describe('what a signed-in user may ask', () => {
  it('refuses one request of 25 searches by its cost, before any search runs', async () => {
    const yoga = newYoga();
    const errors = graphqlErrors(yoga, { db, role: 'viewer' });
    counted.resetCount();
    const e = await errors(aliased(25, 'search(text: "x") { key }'));
    expect(e).toEqual([{ message: 'this request costs 125 units, more than the 120 one request may (searches and walks cost 5, reports 20): split it', code: 'TOO_COSTLY' }]);
    expect(counted.reads.filter((c) => !c.includes('ApiToken'))).toEqual([]);
  });

  it('makes a user who spends the bucket wait, and leaves another user answered', async () => {
    const yoga = newYoga();
    const heavy = graphqlErrors(yoga, { db, role: 'viewer' });
    // 600 units: five requests of 24 searches (120 units) pass, the sixth waits.
    for (let i = 0; i < 5; i += 1) expect(await heavy(aliased(24, 'search(text: "y") { key }'))).toEqual([]);
    const refused = await heavy('{ search(text: "z") { key } }');
    expect(refused.map((e) => e.code)).toEqual(['RATE_LIMITED']);
    expect(refused[0]!.message).toMatch(/^too many requests from this account: try again in \d+ s$/);
    expect(await graphqlErrors(yoga, { db, role: 'investigator' })('{ search(text: "z") { key } }')).toEqual([]);
  });
});
