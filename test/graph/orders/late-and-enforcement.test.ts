import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { createRequestListener } from '../../../server/http/app.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { nodesOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { testUserToken } from '../../support/test-users.ts';

// Orders to a German hoster (Beispiel Hosting GmbH) and a Dutch one, on chains from a project-written
// registry dump: one acted on late, one never acted on, one removed and then covered again; an
// information demand about the same URL to the upstream above. The authority is Dutch (NL).
const db = openTestGraph();
const config = offlineConfig();
let clock = new Date('2026-11-23T09:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock });
const gql = graphqlClient(yoga, { db, role: 'legal' });
const DE = 'RIPE:ORG-H2-RIPE';
const U = ['http://198.51.100.17/a', 'http://198.51.100.18/b', 'http://198.51.100.1/c'];
const ids: Record<string, string> = {};

const at = (iso: string) => (clock = new Date(iso));
async function order(name: string, key: string, urls: string[], extra = 'suggestedRuleId: "removal-to-hoster"', instrument = 'REMOVAL_ORDER') {
  const d = await gql<{ draftOrder: { id?: string; message?: string } }>(
    `mutation($k: String!, $u: [String!]!) { draftOrder(instrument: ${instrument}, addresseeKey: $k, urls: $u, material: TERRORIST, caseName: "Late", ${extra}) { ... on Order { id } ... on Refusal { message } } }`, { k: key, u: urls });
  if (d.draftOrder.id === undefined) throw new Error(d.draftOrder.message);
  ids[name] = d.draftOrder.id;
  await gql(`mutation($id: ID!) { recordOrderSent(id: $id, channel: PERCI) { ... on Order { id } } }`, { id: ids[name] });
}
const feedback = (name: string, outcome: string) => gql(`mutation($id: ID!, $at: DateTime!) { recordProviderFeedback(id: $id, outcome: ${outcome}, at: $at, contentForm: VIDEO, target: ITEM) { ... on Order { status } } }`, { id: ids[name], at: clock.toISOString() });
const LATE = '{ lateOrders { id addresseeName countryToTell why told notices { country at by note } } }';
type Late = { id: string; addresseeName: string; countryToTell: string | null; why: string; told: boolean; notices: { country: string; at: string; by: string; note: string }[] };

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 2, inputs: U.map((u, i) => ({ url: normalizeUrl(u), list: 'l.txt', line: i + 1, input: u, caseId: 'case:Late', caseName: 'Late' })) });
  await joinCases(yoga, db, 'legal', ['Late']);
  at('2026-11-23T10:00:00Z');
  await order('lateDe', DE, [U[0]!]);
  at('2026-11-23T11:30:00Z');
  await feedback('lateDe', 'REMOVED');
  at('2026-11-23T12:00:00Z');
  await order('silentDe', DE, [U[1]!]);
  await order('lateNl', 'RIPE:ORG-H1-RIPE', [U[2]!]);
  await order('demandAbove', 'RIPE:ORG-UP2-RIPE', [U[0]!], 'overrideReason: "who rents the space to the hoster"', 'INFORMATION_DEMAND');
  // The video removed under the first order is back on the same hoster: a new order covers it.
  at('2026-11-24T08:00:00Z');
  await order('again', DE, [U[0]!]);
  at('2026-11-24T08:20:00Z');
  await feedback('again', 'DISABLED');
  at('2026-11-24T09:00:00Z');
}, 60_000);
afterAll(() => db.close());

describe('late orders', () => {
  it('lists every order past its deadline with the member state whose authority must be told', async () => {
    const late = (await gql<{ lateOrders: Late[] }>(LATE)).lateOrders;
    expect(new Set(late.map((l) => `${l.id}|${l.addresseeName}|${l.countryToTell}|${l.told}`))).toEqual(new Set([
      `${ids.lateDe}|Beispiel Hosting GmbH|DE|false`,
      `${ids.silentDe}|Beispiel Hosting GmbH|DE|false`,
      `${ids.lateNl}|Example Hosting NL B.V.|null|false`,
    ]));
    expect(late.find((l) => l.id === ids.lateNl)!.why).toMatch(/established in NL, the authority's own member state: no other authority to tell/);
  });

  it('records that the German authority was told, audited, and the list then says so', async () => {
    const told = await gql<{ recordAuthorityNotified: { country?: string } }>(`mutation($id: ID!) { recordAuthorityNotified(orderId: $id, country: "de", at: "2026-11-23T11:45:00Z", note: "by e-mail to the BKA contact point") { ... on AuthorityNotice { country at by note } ... on Refusal { message } } }`, { id: ids.lateDe });
    expect(told.recordAuthorityNotified).toEqual({ country: 'DE', at: '2026-11-23T11:45:00Z', by: 'test-legal', note: 'by e-mail to the BKA contact point' });
    const late = (await gql<{ lateOrders: Late[] }>(LATE)).lateOrders;
    expect(new Set(late.filter((l) => l.told).map((l) => l.id))).toEqual(new Set([ids.lateDe]));
    expect(await nodesOf(db, 'AuthorityNotice', ['kind', 'country', 'by'])).toEqual(new Set(['late-order|DE|test-legal']));
    expect([...(await nodesOf(db, 'AuditEntry', ['action', 'target']))].filter((a) => a.startsWith('Mutation.recordAuthorityNotified'))).toEqual([`Mutation.recordAuthorityNotified|order:${ids.lateDe}`]);
  });

  it('refuses a country that is not an EU member state, and an investigator', async () => {
    const bad = await graphqlErrors(yoga, { db, role: 'legal' })(`mutation($id: ID!) { recordAuthorityNotified(orderId: $id, country: "US") { ... on AuthorityNotice { id } } }`, { id: ids.silentDe });
    expect(bad).toEqual([{ message: expect.stringMatching(/^country: "US" is not an EU member state/), code: 'BAD_INPUT' }]);
    await joinCases(yoga, db, 'investigator', ['Late']);
    const refused = await graphqlErrors(yoga, { db, role: 'investigator' })(`mutation($id: ID!) { recordAuthorityNotified(orderId: $id, country: "DE") { ... on AuthorityNotice { id } } }`, { id: ids.silentDe });
    expect(refused.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });
});

describe("a party's enforcement file", () => {
  const FILE = `query($k: String!) { enforcementFile(partyKey: $k) { partyName orderIds withheld sha256 json text
    summary { orders removalOrders compliedInTime missedDeadlines notComplied open reUploads demandsAbove } } }`;
  type File = { partyName: string; orderIds: string[]; withheld: number; sha256: string; json: string; text: string; summary: Record<string, number> };
  const file = async () => (await gql<{ enforcementFile: File }>(FILE, { k: DE })).enforcementFile;

  it('lists the orders it received, the deadlines it missed, the re-upload and the demand to the party above it', async () => {
    const f = await file();
    expect(f.orderIds).toEqual([ids.lateDe, ids.silentDe, ids.again]);
    expect(f.summary).toEqual({ orders: 3, removalOrders: 3, compliedInTime: 1, missedDeadlines: 2, notComplied: 0, open: 1, reUploads: 1, demandsAbove: 1 });
    const json = JSON.parse(f.json) as { missedDeadlines: { orderId: string; hoursOver: number | null; actedAt: string | null }[]; reUploads: { url: string; orderId: string; laterOrderId: string }[]; demandsAbove: { id: string; addresseeName: string }[]; orders: { order: { id: string }; evidencePackSha256: string; authorityNotices: { country: string }[] }[] };
    expect(new Set(json.missedDeadlines.map((m) => `${m.orderId}|${m.hoursOver}|${m.actedAt}`))).toEqual(new Set([`${ids.lateDe}|0.5|2026-11-23T11:30:00Z`, `${ids.silentDe}|null|null`]));
    expect(json.reUploads.map((r) => [r.url, r.orderId, r.laterOrderId])).toEqual([[U[0], ids.lateDe, ids.again]]);
    expect(json.demandsAbove.map((d) => [d.id, d.addresseeName])).toEqual([[ids.demandAbove, 'Example Upstream Two B.V.']]);
    expect(json.orders.every((o) => /^[0-9a-f]{64}$/.test(o.evidencePackSha256))).toBe(true);
    expect(json.orders[0]!.authorityNotices.map((n) => n.country)).toEqual(['DE']);
    expect(f.text).toContain(`${ids.silentDe}: not acted on: the deadline 2026-11-23T13:00:00Z passed`);
    expect(f.text).toContain(`${U[0]}: removed 2026-11-23T11:30:00Z under ${ids.lateDe}; back: covered by order ${ids.again}`);
    expect(f.text).toContain(`JSON SHA-256 ${f.sha256}`);
    expect(f.sha256).toBe(createHash('sha256').update(f.json).digest('hex'));
  });

  it('gives the same bytes for the same party and graph, and is downloaded as a PDF with every generation audited', async () => {
    const first = await file();
    at('2026-11-25T09:00:00Z');
    expect((await file()).sha256).toBe(first.sha256);
    const server = createServer(createRequestListener({ yoga, clientDir: mkdtempSync(path.join(tmpdir(), 'hc-client-')), packs: { db, rules: loadRuleTable() } }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/enforcement-file`;
    try {
      const authorization = `Bearer ${await testUserToken(db, 'legal')}`;
      expect((await fetch(`${base}.pdf?party=${encodeURIComponent(DE)}`)).status).toBe(401);
      const get = async () => {
        const res = await fetch(`${base}.pdf?party=${encodeURIComponent(DE)}`, { headers: { authorization } });
        return { status: res.status, sha: res.headers.get('x-enforcement-sha256'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
      };
      const [a, b] = [await get(), await get()];
      expect([a.status, a.sha, a.disposition]).toEqual([200, first.sha256, 'attachment; filename="enforcement-file-RIPE-ORG-H2-RIPE.pdf"']);
      expect(a.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(a.body.equals(b.body)).toBe(true);
      // The refused call and both downloads (nodesOf gives a set: one line per distinct outcome).
      const audited = [...(await nodesOf(db, 'AuditEntry', ['action', 'target', 'detail']))].filter((e) => e.startsWith('enforcement-file'));
      expect(audited.map((e) => JSON.parse(e.split('|')[2]!) as { outcome: string }).map((d) => d.outcome).sort()).toEqual(['allowed', 'refused']);
      expect([...(await nodesOf(db, 'AuditEntry', ['action', 'target']))].filter((e) => e.startsWith('Query.enforcementFile'))).toEqual([`Query.enforcementFile|party:${DE}`]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  }, 60_000);

  it('is printed by hostchain report enforcement --party, with every order (the command line reads the whole graph), and logged', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), HOSTCHAIN_CONFIG: '/nonexistent.json' };
    const r = await promisify(execFile)('node', ['bin/hostchain.mjs', 'report', 'enforcement', '--party', DE], { cwd: root, env });
    expect(r.stdout.split('\n').slice(0, 1)).toEqual(['Enforcement file: Beispiel Hosting GmbH (RIPE:ORG-H2-RIPE, DE)']);
    expect(r.stdout).toContain('  3 orders and demands received (3 removal orders, 0 information demands); 1 complied in time, 2 deadlines missed, 0 not complied, 1 open');
    expect(r.stdout).toContain(`    DE authority told 2026-11-23T11:45:00Z by test-legal: by e-mail to the BKA contact point`);
    expect([...(await nodesOf(db, 'AuditEntry', ['action', 'target', 'detail']))].some((e) => e.startsWith(`enforcement-file|party:${DE}|`) && e.includes('"via":"cli"'))).toBe(true);
  }, 60_000);

  it('holds only the orders the reader may read: a viewer outside the case gets no late order and a file of withheld orders', async () => {
    const outsider = graphqlClient(yoga, { db, role: 'viewer' });
    expect((await outsider<{ lateOrders: Late[] }>(LATE)).lateOrders).toEqual([]);
    const f = (await outsider<{ enforcementFile: File }>(FILE, { k: DE })).enforcementFile;
    expect([f.orderIds, f.withheld, f.summary.orders, f.summary.demandsAbove]).toEqual([[], 3, 0, 0]);
    expect(f.text).toContain('3 orders to this party are not in this file: you are not a member of their cases');
  });
});
