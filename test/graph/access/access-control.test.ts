// Every root field tried by nobody and by each role: refused below the lowest role that may call
// it (UNAUTHENTICATED without a session, FORBIDDEN with too low a role), run from that role up;
// browser sessions need the CSRF token for changes; refusals are audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../server/auth/permissions.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { schema } from '../../../server/graphql/schema.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { TEST_PASSWORD, testUserToken } from '../../support/test-users.ts';
import { MUTATION_MATRIX, QUERY_MATRIX, SUBSCRIPTION_MATRIX, type Lowest, type MatrixRow } from './access-matrix.ts';

const db = openTestGraph();
const yoga = createHostchainYoga({ db, config: offlineConfig() });
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'CSRF']);
type Caller = Role | 'nobody';

function expected(lowest: Lowest, caller: Caller): 'run' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (lowest === 'public') return 'run';
  if (caller === 'nobody') return 'UNAUTHENTICATED';
  if (lowest === 'signed-in') return 'run';
  return ROLES.indexOf(caller) >= ROLES.indexOf(lowest) ? 'run' : 'FORBIDDEN';
}

/** What happened to the call: it ran (whatever its own result), or the access code it was refused with. */
async function outcome(row: MatrixRow, caller: Caller): Promise<string> {
  const errors = await graphqlErrors(yoga, caller === 'nobody' ? 'anonymous' : { db, role: caller })(row.operation);
  const refusal = errors.find((e) => typeof e.code === 'string' && ACCESS_CODES.has(e.code));
  return refusal === undefined ? 'run' : String(refusal.code);
}

beforeAll(async () => {
  await resetGraph(db);
  for (const role of ROLES) await testUserToken(db, role);
});
afterAll(() => db.close());

describe('the access matrix', () => {
  it('names every root field of the schema, and only those', () => {
    const fields = (t: 'Query' | 'Mutation' | 'Subscription') => Object.keys(schema.getType(t) && 'getFields' in schema.getType(t)! ? (schema.getType(t) as { getFields(): Record<string, unknown> }).getFields() : {}).sort();
    expect(Object.keys(QUERY_MATRIX).sort()).toEqual(fields('Query'));
    expect(Object.keys(MUTATION_MATRIX).sort()).toEqual(fields('Mutation'));
    expect(Object.keys(SUBSCRIPTION_MATRIX).sort()).toEqual(fields('Subscription'));
  });

  for (const [name, row] of Object.entries({ ...QUERY_MATRIX, ...MUTATION_MATRIX })) {
    it(`${name}: refused below ${row.lowest}, run from there up`, async () => {
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const caller of ['nobody', ...ROLES] as const) {
        got[caller] = await outcome(row, caller);
        want[caller] = expected(row.lowest, caller);
      }
      expect(got).toEqual(want);
    }, 60_000);
  }

  it('resolveJobProgress: refused without a session over server-sent events, streams for a viewer', async () => {
    const url = `http://hostchain/graphql?query=${encodeURIComponent(SUBSCRIPTION_MATRIX.resolveJobProgress!.operation)}`;
    const first = async (headers: Record<string, string>) => {
      const res = await yoga.fetch(url, { headers: { accept: 'text/event-stream', ...headers } });
      const reader = res.body!.getReader();
      const chunk = await Promise.race([reader.read(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 500))]);
      await reader.cancel();
      return { status: res.status, text: chunk?.value === undefined ? '' : new TextDecoder().decode(chunk.value) };
    };
    expect((await first({})).text).toContain('UNAUTHENTICATED');
    const viewer = await first({ authorization: `Bearer ${await testUserToken(db, 'viewer')}` });
    expect(viewer.status).toBe(200);
    expect(viewer.text).not.toContain('UNAUTHENTICATED');
  });
});

describe('browser sessions', () => {
  const post = (body: object, headers: Record<string, string> = {}) =>
    yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('sign in sets an HttpOnly, SameSite=Strict cookie; a change over it needs the CSRF token, a read does not', async () => {
    const res = await post({ query: `mutation { signIn(username: "test-investigator", password: "${TEST_PASSWORD}") { csrfToken } }` });
    const cookieHeader = res.headers.get('set-cookie')!;
    expect(cookieHeader).toMatch(/^hostchain_session=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\//);
    const csrf = ((await res.json()) as { data: { signIn: { csrfToken: string } } }).data.signIn.csrfToken;
    const cookie = cookieHeader.split(';')[0]!;
    const change = { query: 'mutation { startResolve(urls: []) { rejected { line } } }' };
    const refused = (await (await post(change, { cookie })).json()) as { errors: { extensions: { code: string } }[] };
    expect(refused.errors[0]!.extensions.code).toBe('CSRF');
    const wrong = (await (await post(change, { cookie, 'x-csrf-token': `${csrf}x` })).json()) as { errors?: unknown[] };
    expect(wrong.errors).toHaveLength(1);
    const ok = (await (await post(change, { cookie, 'x-csrf-token': csrf })).json()) as { errors?: unknown[]; data: unknown };
    expect(ok.errors).toBeUndefined();
    const read = (await (await post({ query: '{ me { username via } }' }, { cookie })).json()) as { data: { me: { username: string; via: string } } };
    expect(read.data.me).toEqual({ username: 'test-investigator', via: 'session' });
  });

  it('a signed-out session is refused like no session at all', async () => {
    const res = await post({ query: `mutation { signIn(username: "test-viewer", password: "${TEST_PASSWORD}") { csrfToken } }` });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await res.json()) as { data: { signIn: { csrfToken: string } } }).data.signIn.csrfToken;
    await post({ query: 'mutation { signOut }' }, { cookie, 'x-csrf-token': csrf });
    const after = (await (await post({ query: '{ cases(first: 1) { edges { cursor } } }' }, { cookie })).json()) as { errors: { extensions: { code: string } }[] };
    expect(after.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the audit log', () => {
  it('records refused calls with who, what and the outcome, for admins to read', async () => {
    await graphqlErrors(yoga, { db, role: 'viewer' })(`mutation { changeOrderStatus(id: "ord-audit", status: SENT) { __typename } }`);
    const admin = graphqlClient(yoga, { db, role: 'admin' });
    const log = (await admin<{ auditLog: { username: string | null; action: string; target: string | null; detail: string }[] }>('{ auditLog(since: "2000-01-01T00:00:00Z", limit: 10000) { username action target detail } }')).auditLog;
    const entry = log.find((e) => e.target === 'order:ord-audit');
    expect(entry).toMatchObject({ username: 'test-viewer', action: 'Mutation.changeOrderStatus' });
    expect(JSON.parse(entry!.detail)).toMatchObject({ outcome: 'refused: FORBIDDEN', via: 'token' });
    expect(await admin('{ verifyAuditLog { seq } }')).toEqual({ verifyAuditLog: null });
  });
});
