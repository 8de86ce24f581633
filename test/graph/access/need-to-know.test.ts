// Need-to-know: every case-bound field and walk of need-to-know-matrix.ts tried by each member,
// a non-member of each role and nobody, on a case made over the API the way an investigator makes
// one (startResolve, a notice import, an order); then the rules around it: an administrator sees
// that a case exists, a URL in two cases, a case without members, and every refusal audited.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { ROLES, type Role } from '../../../server/auth/permissions.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { testUserToken } from '../../support/test-users.ts';
import { CASE, MARKER, NEED_TO_KNOW, OPEN_URL, SECRET_HOST_URL, SECRET_IP_URL, type Expect, type Fixture, type NtkRow } from './need-to-know-matrix.ts';

const db = openTestGraph();
const yoga = createHostchainYoga({ db, config: offlineConfig() });
const MEMBERS = { alice: 'investigator', bob: 'viewer', carol: 'legal' } as const satisfies Record<string, Role>;
const NON_MEMBERS = Object.fromEntries(ROLES.map((r) => [`test-${r}`, r])) as Record<string, Role>;
const tokens = new Map<string, string>();
const ACCESS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_A_MEMBER', 'CSRF']);
let fixture: Fixture;

interface Answer { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }

async function ask(who: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who !== undefined) headers.authorization = `Bearer ${tokens.get(who)}`;
  const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Answer;
}

async function data<T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const a = await ask(who, query, variables);
  if (a.errors !== undefined) throw new Error(a.errors.map((e) => e.message).join('; '));
  return a.data as T;
}

/** What the caller got: the access code it was refused with, else whether the case's URLs showed. */
function outcomeOf(a: Answer): Expect {
  const code = a.errors?.map((e) => e.extensions?.code).find((c): c is string => c !== undefined && ACCESS.has(c));
  if (code !== undefined) return code as Expect;
  return JSON.stringify(a.data ?? null).includes(MARKER) ? 'shown' : 'ran';
}

function expected(row: NtkRow, who: string | undefined): Expect {
  if (who === undefined) return 'UNAUTHENTICATED';
  const role = (MEMBERS as Record<string, Role>)[who] ?? NON_MEMBERS[who]!;
  if (ROLES.indexOf(role) < ROLES.indexOf(row.lowest)) return 'FORBIDDEN';
  if (who in MEMBERS) return row.creatorOnly === true && who !== 'alice' ? 'NOT_A_MEMBER' : row.member;
  return role === 'admin' ? (row.adminNonMember ?? row.nonMember) : row.nonMember;
}

async function settle(who: string, jobId: string): Promise<void> {
  // Offline lookups fail fast; a job's state is read until it leaves "running".
  for (let i = 0; i < 600; i++) {
    const j = await data<{ resolveJob: { state: string } }>(who, 'query($id: ID!) { resolveJob(id: $id) { state } }', { id: jobId });
    if (j.resolveJob.state !== 'running') return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function makeFixture(): Promise<Fixture> {
  const start = await data<{ startResolve: { job: { id: string } } }>('alice', 'mutation($u: [String!]!, $c: String!) { startResolve(urls: $u, caseName: $c) { job { id } } }', { u: [SECRET_IP_URL, SECRET_HOST_URL], c: CASE });
  const jobId = start.startResolve.job.id;
  await settle('alice', jobId);
  const open = await data<{ startResolve: { job: { id: string } } }>('test-investigator', 'mutation($u: [String!]!) { startResolve(urls: $u) { job { id } } }', { u: [OPEN_URL] });
  await settle('test-investigator', open.startResolve.job.id);
  for (const u of ['bob', 'carol']) await data('alice', 'mutation($c: String!, $u: String!) { addCaseMember(caseName: $c, username: $u) { __typename } }', { c: CASE, u });
  const csv = `id,url,reported_at,case\nNJ-1,${SECRET_IP_URL},2026-11-01T10:00:00Z,${CASE}\n`;
  const notices = await data<{ importNotices: { evidenceId: string } }>('alice', 'mutation($c: String!) { importNotices(fileName: "nightjar.csv", csv: $c) { evidenceId } }', { c: csv });
  const order = await data<{ draftOrder: { id: string } }>('alice', `mutation($u: [String!]!, $c: String!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-H1-RIPE", urls: $u, material: CSAM, caseName: $c, suggestedRuleId: "removal-to-hoster") { ... on Order { id } } }`, { u: [SECRET_IP_URL], c: CASE });
  const facts = await data<{ entity: { facts: { type: string; evidenceId: string | null }[] } }>('alice', 'query($k: String!) { entity(label: "Url", key: $k) { facts { type evidenceId } } }', { k: SECRET_IP_URL });
  return { jobId, orderId: order.draftOrder.id, intakeEvidenceId: facts.entity.facts.find((f) => f.type === 'ON_HOST')!.evidenceId!, noticeRunEvidenceId: notices.importNotices.evidenceId };
}

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  for (const [name, role] of Object.entries({ ...NON_MEMBERS, ...MEMBERS })) tokens.set(name, await testUserToken(db, role, name));
  fixture = await makeFixture();
}, 180_000);
afterAll(() => db.close());

const CALLERS = [undefined, ...Object.keys(MEMBERS), ...Object.keys(NON_MEMBERS)];

describe('each case-bound field, as each member, a non-member of each role and nobody', () => {
  for (const [name, row] of Object.entries(NEED_TO_KNOW)) {
    it(`${name}: members ${row.member}, non-members ${row.nonMember}${row.adminNonMember ? ` (an administrator: ${row.adminNonMember})` : ''}`, async () => {
      const got: Record<string, Expect> = {};
      const want: Record<string, Expect> = {};
      for (const who of CALLERS) {
        got[who ?? 'nobody'] = outcomeOf(await ask(who, row.operation(fixture)));
        want[who ?? 'nobody'] = expected(row, who);
      }
      expect(got).toEqual(want);
    }, 60_000);
  }
});
