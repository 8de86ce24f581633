// The one-time setup link: the first administrator is created with the token `npm start` prints,
// once, only from a loopback address; the token is refused a second time and from elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSetupToken, isLoopback } from '../../../server/auth/setup-token.ts';
import { checkCredentials } from '../../../server/auth/users.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { nodesOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const db = openTestGraph();
const setup = createSetupToken();
const yoga = createHostchainYoga({ db, config: offlineConfig(), setup });
const token = new URL(setup.link('http://127.0.0.1:4000')).hash.replace('#token=', '');
const PASSWORD = 'a first admin passphrase';
const SET_UP = 'mutation($t: String!, $u: String!, $p: String!) { setUpFirstAdmin(setupToken: $t, username: $u, password: $p) { __typename ... on UserAccount { username role } ... on Refusal { code message } } }';

/** The mutation as a socket from `remoteAddress` would send it (the server reads the client address from the socket). */
async function setUpFrom(remoteAddress: string, vars: { t: string; u: string; p: string }): Promise<Record<string, string>> {
  const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SET_UP, variables: vars }) }, { req: { socket: { remoteAddress } } });
  return ((await res.json()) as { data: { setUpFirstAdmin: Record<string, string> } }).data.setUpFirstAdmin;
}

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('the one-time setup link', () => {
  it('is printed as a link to the setup page with the token in the fragment', () => {
    expect(setup.link('http://127.0.0.1:4000')).toMatch(/^http:\/\/127\.0\.0\.1:4000\/setup#token=[A-Za-z0-9_-]{43}$/);
  });

  it('tells loopback addresses from others, IPv4-mapped ones included', () => {
    expect(['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'].filter(isLoopback)).toHaveLength(4);
    expect(['192.0.2.7', '::ffff:192.0.2.7', '2001:db8::1', '10.0.0.1'].filter(isLoopback)).toEqual([]);
  });

  it('refuses the right token from a non-loopback address, and creates nobody', async () => {
    const r = await setUpFrom('192.0.2.7', { t: token, u: 'alice', p: PASSWORD });
    expect(r).toMatchObject({ __typename: 'AuthRefused', code: 'SETUP_REFUSED', message: expect.stringContaining('loopback') });
    expect(await nodesOf(db, 'User', ['username'])).toEqual(new Set());
  });

  it('refuses a wrong token from loopback', async () => {
    const r = await setUpFrom('127.0.0.1', { t: 'x'.repeat(43), u: 'alice', p: PASSWORD });
    expect(r).toMatchObject({ code: 'SETUP_REFUSED' });
  });

  it('keeps the token when the password is too short, so the person can try again', async () => {
    expect(await setUpFrom('127.0.0.1', { t: token, u: 'alice', p: 'short' })).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect(await setUpFrom('::1', { t: token, u: 'alice', p: PASSWORD })).toEqual({ __typename: 'UserAccount', username: 'alice', role: 'admin' });
    expect(await checkCredentials(db, 'alice', PASSWORD)).toEqual({ username: 'alice', role: 'admin' });
  });

  it('refuses the same token a second time', async () => {
    const r = await setUpFrom('127.0.0.1', { t: token, u: 'mallory', p: 'another long passphrase' });
    expect(r).toMatchObject({ code: 'SETUP_REFUSED', message: expect.stringContaining('used already') });
    expect(await nodesOf(db, 'User', ['username', 'role'])).toEqual(new Set(['alice|admin']));
  });
});
