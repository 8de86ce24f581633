import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { readAudit } from '../../../server/auth/audit.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { createRequestListener } from '../../../server/http/app.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { testUserToken } from '../../support/test-users.ts';

// The download door of order documents: who may take one, and the audit entry each leaves.
const db = openTestGraph();
const config = offlineConfig();
// The real clock: the route stamps its audit entries with it, and the GraphQL entries must sort among them.
const yoga = createHostchainYoga({ db, config, now: () => new Date() });
const legal = graphqlClient(yoga, { db, role: 'legal' });
const URL = 'http://198.51.100.17/c';
const rules = loadRuleTable();
let server: Server;
let base = '';
let orderId = '';

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 2, inputs: [{ url: normalizeUrl(URL), list: 'r.txt', line: 1, input: URL, caseId: 'case:Route', caseName: 'Route' }] });
  await joinCases(yoga, db, 'legal', ['Route']);
  orderId = (await legal<{ draftOrder: { id: string } }>('mutation($u: [String!]!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-H2-RIPE", urls: $u, material: TERRORIST, caseName: "Route", suggestedRuleId: "removal-to-hoster", tcoGrounds: [A_INCITES]) { ... on Order { id } } }', { u: [URL] })).draftOrder.id;
  server = createServer(createRequestListener({ yoga, clientDir: mkdtempSync(path.join(tmpdir(), 'hc-client-')), packs: { db, rules }, documents: { db, rules, config } }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders/${orderId}/document`;
}, 90_000);
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.close();
});

const documentEntries = async (since: Date) => (await readAudit(db, { since, limit: 100 })).filter((e) => e.action === 'order-document' || e.action === 'Query.orderDocument').map((e) => `${e.username ?? '-'} ${e.action} ${e.target} ${JSON.parse(e.detail ?? '{}').outcome ?? ''}`);

describe('downloading an order document', () => {
  it('serves the text inline and the PDF as a file to the case members, the same bytes each time', async () => {
    const authorization = `Bearer ${await testUserToken(db, 'legal')}`;
    const text = await fetch(`${base}/tco-removal-order.en.txt`, { headers: { authorization } });
    expect([text.status, text.headers.get('content-type'), text.headers.get('content-disposition')]).toEqual([200, 'text/plain; charset=utf-8', `inline; filename="${orderId}-tco-removal-order.en.txt"`]);
    expect(await text.text()).toContain('Addressee: Beispiel Hosting GmbH');
    const copy = await fetch(`${base}/tco-cross-border-copy.nl.pdf`, { headers: { authorization } });
    const again = await fetch(`${base}/tco-cross-border-copy.nl.pdf`, { headers: { authorization } });
    expect([copy.status, copy.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await copy.arrayBuffer()).equals(Buffer.from(await again.arrayBuffer()))).toBe(true);
  }, 60_000);

  it('refuses the anonymous (401) and those not in the case (403); a kind the order does not have is 404', async () => {
    expect((await fetch(`${base}/tco-removal-order.en.txt`)).status).toBe(401);
    const stranger = `Bearer ${await testUserToken(db, 'legal', 'legal-elsewhere')}`;
    expect((await fetch(`${base}/tco-removal-order.en.txt`, { headers: { authorization: stranger } })).status).toBe(403);
    const legalAuth = `Bearer ${await testUserToken(db, 'legal')}`;
    const csam = await fetch(`${base}/csam-order.nl.txt`, { headers: { authorization: legalAuth } });
    expect([csam.status, await csam.text()]).toEqual([404, expect.stringContaining('has no csam-order document')]);
  });

  it('writes one audit entry per generation, from the route and from GraphQL, and one per refusal', async () => {
    const since = new Date(Date.now() - 1);
    const authorization = `Bearer ${await testUserToken(db, 'legal')}`;
    await fetch(`${base}/tco-removal-order.nl.txt`, { headers: { authorization } });
    await fetch(`${base}/tco-removal-order.nl.txt`, { headers: { authorization } });
    await fetch(`${base}/tco-removal-order.nl.txt`);
    await legal(`{ orderDocument(orderId: "${orderId}", language: EN) { sha256 } }`);
    expect((await documentEntries(since)).sort()).toEqual([
      `- order-document order:${orderId} refused`,
      `test-legal Query.orderDocument order:${orderId}:document:own.en allowed`,
      `test-legal order-document order:${orderId} generated`,
      `test-legal order-document order:${orderId} generated`,
    ].sort());
  });
});
