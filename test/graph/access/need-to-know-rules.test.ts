// The rules around case members: an administrator sees that a case exists and who is on it, not
// what it holds, until they add themselves; a URL in two cases is readable from either; a case
// made without members (command line, or before members existed) is closed until an
// administrator assigns some; a walk from shared infrastructure says how many URLs it left out;
// the evidence pack's address and the progress stream follow the case; every refusal is audited.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createRequestListener } from '../../../server/http/app.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const db = openTestGraph();
const config = offlineConfig();
const yoga = createHostchainYoga({ db, config });
const investigator = graphqlClient(yoga, { db, role: 'investigator' });
const legal = graphqlClient(yoga, { db, role: 'legal' });
const admin = graphqlClient(yoga, { db, role: 'admin' });
const legalErrors = graphqlErrors(yoga, { db, role: 'legal' });
const adminErrors = graphqlErrors(yoga, { db, role: 'admin' });

const A = 'http://198.51.100.5/case-a/1.jpg';
const B = 'http://198.51.100.5/case-b/2.jpg';
const SHARED = 'http://198.51.100.6/in-both/3.jpg';
const OLD = 'http://198.51.100.7/old-case/4.jpg';

/** Resolves URLs into a case as the command line does (no account: the case gets no members). */
async function resolveFromCli(caseName: string, urls: string[]): Promise<void> {
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 2, inputs: urls.map((u, i) => ({ url: normalizeUrl(u), list: 'cli.txt', line: i + 1, input: u, caseId: `case:${caseName}`, caseName })) });
}

async function startIn(client: typeof investigator, caseName: string, urls: string[]): Promise<void> {
  const s = await client<{ startResolve: { job: { id: string } } }>('mutation($u: [String!]!, $c: String!) { startResolve(urls: $u, caseName: $c) { job { id } } }', { u: urls, c: caseName });
  for (let i = 0; i < 600; i++) {
    const j = await client<{ resolveJob: { state: string } }>('query($id: ID!) { resolveJob(id: $id) { state } }', { id: s.startResolve.job.id });
    if (j.resolveJob.state !== 'running') return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const caseQuery = 'query($n: String!) { case(name: $n) { name createdBy isMember members { username } urlCount urls { edges { node { url } } } } }';
type CaseOut = { case: { name: string; createdBy: string | null; isMember: boolean; members: { username: string }[]; urlCount: number | null; urls: { edges: { node: { url: string } }[] } | null } };

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  await startIn(investigator, 'Case A', [A, SHARED]);
  await startIn(legal, 'Case B', [B, SHARED]);
  await resolveFromCli('Old case', [OLD]);
}, 180_000);
afterAll(() => db.close());

describe('members of a case', () => {
  it('makes whoever starts a case its creator and first member', async () => {
    const c = (await investigator<CaseOut>(caseQuery, { n: 'Case A' })).case;
    expect({ createdBy: c.createdBy, isMember: c.isMember, members: c.members, urls: new Set(c.urls!.edges.map((e) => e.node.url)) })
      .toEqual({ createdBy: 'test-investigator', isMember: true, members: [{ username: 'test-investigator' }], urls: new Set([A, SHARED]) });
  });

  it('shows an administrator that a case exists and who is on it, but not its URLs or figures, until they add themselves', async () => {
    const listed = (await adminErrors('{ cases(first: 50) { edges { node { name isMember members { username } urlCount urls { edges { node { url } } } } } } }'));
    expect(listed).toEqual([]);
    const before = (await admin<CaseOut>(caseQuery, { n: 'Case B' })).case;
    expect(before).toMatchObject({ name: 'Case B', createdBy: 'test-legal', isMember: false, members: [{ username: 'test-legal' }], urlCount: null, urls: null });
    await admin('mutation { addCaseMember(caseName: "Case B", username: "test-admin") { __typename } }');
    const after = (await admin<CaseOut>(caseQuery, { n: 'Case B' })).case;
    expect({ isMember: after.isMember, urls: new Set(after.urls!.edges.map((e) => e.node.url)) }).toEqual({ isMember: true, urls: new Set([B, SHARED]) });
    await admin('mutation { removeCaseMember(caseName: "Case B", username: "test-admin") { __typename } }');
  });

  it('lists to a non-administrator only the cases they are on', async () => {
    const names = async (c: typeof investigator) => (await c<{ cases: { edges: { node: { name: string } }[] } }>('{ cases(first: 50) { edges { node { name } } } }')).cases.edges.map((e) => e.node.name).sort();
    expect({ investigator: await names(investigator), legal: await names(legal), admin: await names(admin) })
      .toEqual({ investigator: ['Case A'], legal: ['Case B'], admin: ['Case A', 'Case B', 'Old case'] });
  });

  it('lets a member of either case read a URL that is in both, and refuses one of neither', async () => {
    const chain = `query($u: String!) { chain(url: $u) { url } }`;
    expect([(await investigator<{ chain: { url: string } }>(chain, { u: SHARED })).chain.url, (await legal<{ chain: { url: string } }>(chain, { u: SHARED })).chain.url]).toEqual([SHARED, SHARED]);
    expect((await legalErrors(chain, { u: A })).map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    expect((await graphqlErrors(yoga, { db, role: 'viewer' })(chain, { u: SHARED })).map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
  });

  it('closes a case made without members to everyone, administrators included, until an administrator assigns one', async () => {
    expect((await admin<CaseOut>(caseQuery, { n: 'Old case' })).case).toMatchObject({ createdBy: null, members: [], urls: null });
    expect((await adminErrors('query($u: String!) { chain(url: $u) { url } }', { u: OLD })).map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    // Only an administrator may assign it: it has no creator to do so.
    expect((await graphqlErrors(yoga, { db, role: 'investigator' })('mutation { addCaseMember(caseName: "Old case", username: "test-investigator") { __typename } }')).map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    await admin('mutation { addCaseMember(caseName: "Old case", username: "test-investigator") { __typename } }');
    expect((await investigator<CaseOut>(caseQuery, { n: 'Old case' })).case.urls!.edges.map((e) => e.node.url)).toEqual([OLD]);
  });

  it('refuses another creator\'s case without saying whether it exists, and an administrator in words that it does', async () => {
    const [refused] = await legalErrors(caseQuery, { n: 'Case A' });
    const [missing] = await legalErrors(caseQuery, { n: 'No such case' });
    expect([refused!.code, refused!.message.replace('Case A', 'X')]).toEqual(['NOT_A_MEMBER', missing!.message.replace('No such case', 'X')]);
    expect(refused!.message).toMatch(/not a member of the case "Case A"/);
    const [adminRefused] = await adminErrors('query($u: String!) { chain(url: $u) { url } }', { u: A });
    expect(adminRefused!.message).toMatch(/belongs to a case you are not a member of/);
  });
});

describe('walks from shared infrastructure', () => {
  it('draws the hoster\'s block and address for everyone, and counts the URLs of cases the reader is not on instead of naming them', async () => {
    const walk = `{ neighbourhood(label: "IpAddress", key: "198.51.100.5", depth: 1) { nodes { id } withheld { urls cases } } }`;
    type Walk = { neighbourhood: { nodes: { id: string }[]; withheld: { urls: number; cases: number } } };
    const mine = (await investigator<Walk>(walk)).neighbourhood;
    const theirs = (await legal<Walk>(walk)).neighbourhood;
    expect(new Set(mine.nodes.map((n) => n.id).filter((id) => id.startsWith('Url:')))).toEqual(new Set([`Url:${A}`]));
    expect(mine.withheld).toEqual({ urls: 1, cases: 0 });
    expect(new Set(theirs.nodes.map((n) => n.id).filter((id) => id.startsWith('Url:')))).toEqual(new Set([`Url:${B}`]));
    expect(theirs.nodes.map((n) => n.id)).toContain('Netblock:RIPE 198.51.100.0-198.51.100.15');
  });
});

describe('the evidence pack address and the progress stream', () => {
  it('serves an order\'s pack to its case members only (403 for others), and audits the refusal', async () => {
    const order = await investigator<{ draftOrder: { id: string } }>(`mutation { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-H1-RIPE", urls: ["${A}"], material: CSAM, caseName: "Case A", suggestedRuleId: "removal-to-hoster") { ... on Order { id } } }`);
    const server = createServer(createRequestListener({ yoga, clientDir: mkdtempSync(path.join(tmpdir(), 'hc-client-')), packs: { db, rules: loadRuleTable() } }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders/${order.draftOrder.id}/evidence-pack.json`;
      const tokenOf = async (c: typeof investigator) => (await c<{ createApiToken: { token: string } }>('mutation { createApiToken(label: "pack") { token } }')).createApiToken.token;
      const status = async (c: typeof investigator) => (await fetch(url, { headers: { authorization: `Bearer ${await tokenOf(c)}` } })).status;
      expect({ member: await status(investigator), other: await status(legal), admin: await status(admin) }).toEqual({ member: 200, other: 403, admin: 403 });
      const log = (await admin<{ auditLog: { username: string; action: string; target: string; detail: string }[] }>('{ auditLog(since: "2000-01-01T00:00:00Z", limit: 10000) { username action target detail } }')).auditLog;
      const packRefusals = log.filter((e) => e.action === 'evidence-pack' && e.target === `order:${order.draftOrder.id}` && JSON.parse(e.detail).outcome === 'refused: NOT_A_MEMBER');
      expect(new Set(packRefusals.map((e) => e.username))).toEqual(new Set(['test-legal', 'test-admin']));
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('refuses the progress stream of another member\'s job', async () => {
    const s = await investigator<{ startResolve: { job: { id: string } } }>('mutation { startResolve(urls: ["http://198.51.100.5/case-a/5.jpg"], caseName: "Case A") { job { id } } }');
    const token = (await legal<{ createApiToken: { token: string } }>('mutation { createApiToken(label: "sse") { token } }')).createApiToken.token;
    const query = encodeURIComponent(`subscription { resolveJobProgress(id: "${s.startResolve.job.id}") { id } }`);
    const res = await yoga.fetch(`http://hostchain/graphql?query=${query}`, { headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` } });
    const reader = res.body!.getReader();
    const first = await reader.read();
    await reader.cancel();
    expect(new TextDecoder().decode(first.value)).toContain('NOT_A_MEMBER');
  });
});

describe('the audit log', () => {
  it('records every need-to-know refusal with who, what and the target', async () => {
    await legalErrors('query($u: String!) { hostingTimeline(url: $u) { from } }', { u: A });
    await legalErrors('{ case(name: "Case A") { name } }');
    await legalErrors('query($u: String!) { chain(url: $u) { url } }', { u: A });
    await legal('{ neighbourhood(label: "IpAddress", key: "198.51.100.5") { withheld { urls } } }');
    const log = (await admin<{ auditLog: { username: string; action: string; target: string; detail: string }[] }>('{ auditLog(since: "2000-01-01T00:00:00Z", limit: 10000) { username action target detail } }')).auditLog;
    const refused = new Set(log.filter((e) => e.username === 'test-legal' && (JSON.parse(e.detail ?? '{}') as { outcome?: string }).outcome === 'refused: NOT_A_MEMBER').map((e) => `${e.action} ${e.target}`));
    for (const want of [`Query.hostingTimeline url:${A}`, 'Query.case case:Case A', `Query.chain url:${A}`, 'withheld node:IpAddress:198.51.100.5']) expect(refused.has(want), want).toBe(true);
  });
});
