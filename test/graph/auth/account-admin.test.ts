// An admin's account changes over the API: another account's role, disabling it (its password,
// sessions and tokens stop working) and enabling it again; never the admin's own account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, sessionUser } from '../../../server/auth/sessions.ts';
import { checkCredentials } from '../../../server/auth/users.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { TEST_PASSWORD, testUserToken } from '../../support/test-users.ts';

const db = openTestGraph();
const yoga = createHostchainYoga({ db, config: offlineConfig() });
const admin = graphqlClient(yoga, { db, role: 'admin' });
const ACCOUNT = '__typename ... on UserAccount { username role disabledAt } ... on Refusal { code }';
type Account = { __typename: string; username?: string; role?: string; disabledAt?: string | null; code?: string };

beforeAll(async () => {
  await resetGraph(db);
  await testUserToken(db, 'viewer');
});
afterAll(() => db.close());

describe('an administrator manages other accounts', () => {
  it('gives a viewer the investigator role', async () => {
    const r = await admin<{ setUserRole: Account }>(`mutation { setUserRole(username: "test-viewer", role: investigator) { ${ACCOUNT} } }`);
    expect(r.setUserRole).toMatchObject({ username: 'test-viewer', role: 'investigator', disabledAt: null });
    expect(await checkCredentials(db, 'test-viewer', TEST_PASSWORD)).toEqual({ username: 'test-viewer', role: 'investigator' });
  });

  it('disables an account: its password, its open session and its token stop working', async () => {
    const token = await testUserToken(db, 'investigator', 'test-viewer');
    const session = await startSession(db, 'test-viewer', TEST_PASSWORD, { ip: null, userAgent: null, now: new Date() });
    const r = await admin<{ setUserDisabled: Account }>(`mutation { setUserDisabled(username: "test-viewer", disabled: true) { ${ACCOUNT} } }`);
    expect(r.setUserDisabled.disabledAt).toMatch(/^\d{4}-/);
    expect(await checkCredentials(db, 'test-viewer', TEST_PASSWORD)).toBeUndefined();
    expect(await sessionUser(db, session.sessionId, new Date())).toBeUndefined();
    const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ cases(first: 1) { edges { node { name } } } }' }) });
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('enables it again, and the password works again', async () => {
    await admin(`mutation { setUserDisabled(username: "test-viewer", disabled: false) { ${ACCOUNT} } }`);
    expect(await checkCredentials(db, 'test-viewer', TEST_PASSWORD)).toEqual({ username: 'test-viewer', role: 'investigator' });
  });

  it('refuses to change the admin’s own account and an unknown one, with their codes', async () => {
    const own = await admin<{ setUserDisabled: Account }>(`mutation { setUserDisabled(username: "test-admin", disabled: true) { ${ACCOUNT} } }`);
    const unknown = await admin<{ setUserRole: Account }>(`mutation { setUserRole(username: "nobody-here", role: viewer) { ${ACCOUNT} } }`);
    expect([own.setUserDisabled.code, unknown.setUserRole.code]).toEqual(['FORBIDDEN', 'UNKNOWN_USER']);
    expect(await checkCredentials(db, 'test-admin', TEST_PASSWORD)).toEqual({ username: 'test-admin', role: 'admin' });
  });

  it('is refused to an investigator', async () => {
    const errors = await graphqlErrors(yoga, { db, role: 'investigator' })('mutation { setUserRole(username: "test-viewer", role: admin) { __typename } }');
    expect(errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });
});
