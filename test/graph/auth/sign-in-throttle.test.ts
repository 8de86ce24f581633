import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { TEST_PASSWORD, testUserToken } from '../../support/test-users.ts';

// Guessing a password over the API: the probe found 60 wrong passwords in 16 s followed by the
// right one accepted. The clock is the server's own, moved by the test.
const db = openTestGraph();
let now = new Date('2026-12-03T10:00:00Z');
const yoga = createHostchainYoga({ db, config: offlineConfig(), now: () => now });
const ask = graphqlErrors(yoga, 'anonymous');
const signIn = (password: string) => ask('mutation($p: String!) { signIn(username: "test-viewer", password: $p) { username } }', { p: password });

beforeAll(async () => {
  await resetGraph(db);
  await testUserToken(db, 'viewer');
});
afterAll(() => db.close());

describe('guessing passwords', () => {
  it('refuses even the right password after repeated wrong ones, saying how long to wait', async () => {
    for (let i = 0; i < 6; i += 1) expect((await signIn(`wrong guess number ${i}`))[0]?.code).toBe('UNAUTHENTICATED');
    const right = await signIn(TEST_PASSWORD);
    expect(right).toEqual([{ code: 'THROTTLED', message: 'too many failed sign-ins for this account or from this address: try again in 2 s' }]);
    expect((await signIn('yet another guess'))[0]?.code).toBe('THROTTLED');
  });

  it('lets the account in once the wait is over, and starts counting afresh', async () => {
    now = new Date(now.getTime() + 5_000);
    expect(await signIn(TEST_PASSWORD)).toEqual([]);
    expect((await signIn('one more wrong guess'))[0]?.code).toBe('UNAUTHENTICATED');
    expect(await signIn(TEST_PASSWORD)).toEqual([]);
  });
});
