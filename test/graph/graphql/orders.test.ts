import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestListener } from '../../../server/http/app.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient } from '../../support/gql.ts';
import { testUserToken } from '../../support/test-users.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

// Orders on chains from a project-written registry dump (no live source answers).
const db = openTestGraph();
const config = offlineConfig();
let clock = new Date('2026-11-23T10:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock });
const gql = graphqlClient(yoga, { db, role: 'legal' });
const NL = ['http://198.51.100.1/a', 'http://198.51.100.2/b'];
const DE = ['http://198.51.100.17/c'];
const ORDER = '__typename ... on Order { id authorityCountry status deadline deadlineHours legalBasis addresseeName suggestedRuleId overrideReason urls { url removedAt } events { status at by note } } ... on Refusal { code message }';
const draft = `mutation($k: String!, $u: [String!]!, $r: String, $o: String, $i: Instrument!, $d: Boolean) { draftOrder(instrument: $i, addresseeKey: $k, urls: $u, material: TERRORIST, caseName: "Orders", suggestedRuleId: $r, overrideReason: $o, allowDuplicate: $d) { ${ORDER} } }`;
const status = `mutation($id: ID!, $s: OrderStatus!) { changeOrderStatus(id: $id, status: $s) { ${ORDER} } }`;
const removal = `mutation($id: ID!, $u: String!) { recordRemoval(id: $id, url: $u) { ${ORDER} } }`;

interface OrderOut { id: string; status: string; deadline: string | null; urls: { url: string; removedAt: string | null }[]; events: { status: string; at: string }[]; overrideReason: string | null }

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 4, inputs: [...NL, ...DE].map((u, i) => ({ url: normalizeUrl(u), list: 'o.txt', line: i + 1, input: u, caseId: 'case:Orders', caseName: 'Orders' })) });
  await joinCases(yoga, db, 'legal', ['Orders']);
  await joinCases(yoga, db, 'viewer', ['Orders']);
}, 60_000);
afterAll(() => db.close());

describe('removal orders', () => {
  let nl: OrderOut;
  it('drafts an order from a suggestion: addressee, URLs, legal basis, one-hour deadline for terrorist content', async () => {
    nl = (await gql<{ draftOrder: OrderOut }>(draft, { k: 'RIPE:ORG-H1-RIPE', u: NL, r: 'removal-to-hoster', i: 'REMOVAL_ORDER' })).draftOrder;
    expect(nl).toMatchObject({ status: 'drafted', deadline: null, deadlineHours: 1, addresseeName: 'Example Hosting NL B.V.', suggestedRuleId: 'removal-to-hoster', urls: NL.map((url) => ({ url, removedAt: null })) });
    expect((nl as unknown as { legalBasis: string }).legalBasis).toMatch(/2021\/784/);
  });

  it('sets the deadline when sent, and becomes complied when every URL is removed in time; each step timed and attributed', async () => {
    clock = new Date('2026-11-23T10:05:00Z');
    const sent = (await gql<{ changeOrderStatus: OrderOut }>(status, { id: nl.id, s: 'SENT' })).changeOrderStatus;
    expect(sent.deadline).toBe('2026-11-23T11:05:00Z');
    clock = new Date('2026-11-23T10:40:00Z');
    await gql(removal, { id: nl.id, u: NL[0] });
    const done = (await gql<{ recordRemoval: OrderOut }>(removal, { id: nl.id, u: NL[1] })).recordRemoval;
    expect(done.status).toBe('complied');
    expect(done.events.map((e) => [e.status, e.at])).toEqual([['drafted', '2026-11-23T10:00:00Z'], ['sent', '2026-11-23T10:05:00Z'], ['complied', '2026-11-23T10:40:00Z']]);
    expect(await gql(`{ partyRecord(key: "RIPE:ORG-H1-RIPE") { received compliedInTime late notComplied reUploads } }`)).toEqual({ partyRecord: { received: 1, compliedInTime: 1, late: 0, notComplied: 0, reUploads: 0 } });
  });

  it('counts a removed URL that a later notice reports again as a re-upload in the party record', async () => {
    const record = async () => (await gql<{ partyRecord: { reUploads: number } }>(`{ partyRecord(key: "RIPE:ORG-H1-RIPE") { reUploads } }`)).partyRecord.reUploads;
    expect(await record()).toBe(0);
    const csv = `url,reported_at\n${NL[0]},2026-11-23T10:30:00Z\n${NL[1]},2026-11-23T11:30:00Z\n`;
    await gql('mutation($c: String!) { importNotices(fileName: "reupload.csv", csv: $c) { alreadyImported } }', { c: csv });
    // Reported before its removal (10:40) is not a re-upload; reported after it is.
    expect(await record()).toBe(1);
  });

  it('marks an order late when the removal comes after the deadline, and the record then drives a demand to the next party up', async () => {
    clock = new Date('2026-11-23T12:00:00Z');
    const de = (await gql<{ draftOrder: OrderOut }>(draft, { k: 'RIPE:ORG-H2-RIPE', u: DE, r: 'removal-to-hoster', i: 'REMOVAL_ORDER' })).draftOrder;
    await gql(status, { id: de.id, s: 'SENT' });
    clock = new Date('2026-11-23T15:00:00Z');
    const done = (await gql<{ recordRemoval: OrderOut }>(removal, { id: de.id, u: DE[0] })).recordRemoval;
    expect(done.events.map((e) => e.status)).toEqual(['drafted', 'sent', 'late', 'complied']);
    expect(await gql(`{ partyRecord(key: "RIPE:ORG-H2-RIPE") { received compliedInTime late } }`)).toEqual({ partyRecord: { received: 1, compliedInTime: 0, late: 1 } });
    const s = await gql<{ addressees: { groups: { instrument: string; addressee: { name: string }; reasons: { ruleId: string }[] }[] } }>(
      `{ addressees(urls: ["${DE[0]}"], material: TERRORIST) { groups { instrument addressee { name } reasons { ruleId } } } }`,
    );
    expect(s.addressees.groups.map((g) => [g.instrument, g.addressee.name, g.reasons[0]!.ruleId])).toEqual([
      ['removal-order', 'Beispiel Hosting GmbH', 'removal-to-hoster'],
      ['information-demand', 'Example Upstream Two B.V.', 'hoster-unresponsive-demand-up'],
    ]);
  });

  it('shows every party of the chain with its role, country, EU membership and record', async () => {
    type P = { role: string; key: string; name: string; country: string | null; inEu: boolean | null; record: { received: number; late: number } };
    const c = await gql<{ chain: { parties: P[] } }>(`{ chain(url: "${DE[0]}") { parties { role key name country inEu record { received late } } } }`);
    expect(c.chain.parties).toEqual(expect.arrayContaining([
      { role: 'hoster', key: 'RIPE:ORG-H2-RIPE', name: 'Beispiel Hosting GmbH', country: 'DE', inEu: true, record: { received: 1, late: 1 } },
      expect.objectContaining({ role: 'upstream', name: 'Example Upstream Two B.V.', inEu: true, record: { received: 0, late: 0 } }),
      expect.objectContaining({ role: 'registry', key: 'RIR:RIPE', name: 'RIPE NCC' }),
    ]));
  });

  it('records an override with its reason, and refuses one without as a typed result', async () => {
    const refused = (await gql<{ draftOrder: unknown }>(draft, { k: 'RIPE:ORG-UP2-RIPE', u: NL, i: 'INFORMATION_DEMAND' })).draftOrder;
    expect(refused).toEqual({ __typename: 'OrderRefused', code: 'OVERRIDE_WITHOUT_REASON', message: expect.stringMatching(/needs the reason/) });
    const o = (await gql<{ draftOrder: OrderOut }>(draft, { k: 'RIPE:ORG-UP2-RIPE', u: NL, i: 'INFORMATION_DEMAND', o: 'the hoster gave a false customer name before' })).draftOrder;
    expect(o.overrideReason).toBe('the hoster gave a false customer name before');
    const pack = await gql<{ evidencePack: { json: string; html: string } }>(`{ evidencePack(orderId: "${o.id}") { json html } }`);
    const reasons = (JSON.parse(pack.evidencePack.json) as { reasons: { ruleId: string; text: string }[] }).reasons;
    expect(new Set(reasons.map((r) => `${r.ruleId}|${r.text}`))).toEqual(new Set(['override|Chosen against the suggestion by test-legal: the hoster gave a false customer name before']));
    expect(pack.evidencePack.html).toContain('Why this addressee (chosen against the suggestion)');
  });

  it('serves the evidence pack as JSON, page and PDF; the same order gives the same bytes, PDF included', async () => {
    const server = createServer(createRequestListener({ yoga, clientDir: mkdtempSync(path.join(tmpdir(), 'hc-client-')), packs: { db, rules: loadRuleTable() } }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders/${nl.id}/evidence-pack`;
    try {
      const authorization = `Bearer ${await testUserToken(db, 'viewer')}`;
      expect((await fetch(`${base}.json`)).status).toBe(401);
      const get = async (ext: string) => {
        const res = await fetch(`${base}.${ext}`, { headers: { authorization } });
        return { status: res.status, type: res.headers.get('content-type'), sha: res.headers.get('x-pack-sha256'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
      };
      const json = await get('json');
      expect(json.status).toBe(200);
      // The printable page opens in the browser; the JSON (and the PDF) are files to keep.
      expect([json.disposition, (await get('html')).disposition]).toEqual([`attachment; filename="${nl.id}-evidence-pack.json"`, `inline; filename="${nl.id}-evidence-pack.html"`]);
      expect(json.sha).toBe(createHash('sha256').update(json.body).digest('hex'));
      const pdf1 = await get('pdf');
      const pdf2 = await get('pdf');
      expect(pdf1.type).toBe('application/pdf');
      expect(pdf1.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf1.body.equals(pdf2.body)).toBe(true);
      expect(pdf1.body.toString('latin1')).toContain("/CreationDate (D:20261123100000+00'00')");
      expect((await get('html')).body.toString('utf8')).toContain(json.sha!);
      expect((await fetch(`${base.replace(nl.id, 'ord-00000000-0000-0000-0000-000000000000')}.json`, { headers: { authorization } })).status).toBe(404);
    } finally {
      await new Promise((r) => server.close(r));
    }
  }, 60_000);

  it("keeps the authority's member state with the order: its pack flags a German hoster for a Dutch authority, not for a German one", async () => {
    const flagsOf = async (country: string) => {
      const y = createHostchainYoga({ db, config: { ...config, authority: { ...config.authority, country } }, now: () => clock });
      const g = graphqlClient(y, { db, role: 'legal' });
      // The same order twice, once per authority: a second order is meant here.
      const o = (await g<{ draftOrder: { id: string; authorityCountry: string } }>(draft, { k: 'RIPE:ORG-H2-RIPE', u: DE, r: 'removal-to-hoster', i: 'REMOVAL_ORDER', d: true })).draftOrder;
      expect(o.authorityCountry).toBe(country);
      const pack = await g<{ evidencePack: { json: string; html: string } }>(`{ evidencePack(orderId: "${o.id}") { json html } }`);
      return { flags: (JSON.parse(pack.evidencePack.json) as { flags: { flag: string; party: string }[] }).flags, html: pack.evidencePack.html };
    };
    const nl = await flagsOf('NL');
    expect(nl.flags).toEqual([expect.objectContaining({ flag: 'notify-member-state', party: 'Beispiel Hosting GmbH' })]);
    expect(nl.html).toContain('Also required');
    expect((await flagsOf('DE')).flags).toEqual([]);
  });

  it('refuses a status change the order cannot make, saying which it can', async () => {
    const refused = (await gql<{ changeOrderStatus: unknown }>(status, { id: nl.id, s: 'SENT' })).changeOrderStatus;
    expect(refused).toEqual({ __typename: 'OrderRefused', message: 'an order that is complied cannot become sent; from complied it can become: nothing (final)', code: 'BAD_TRANSITION' });
  });

  it('refuses to draft the same open order twice, naming the first, and drafts a second only when asked to', async () => {
    clock = new Date('2026-11-24T09:00:00Z');
    const first = (await gql<{ draftOrder: OrderOut }>(draft, { k: 'RIPE:ORG-UP2-RIPE', u: NL, r: 'removal-to-hoster', i: 'REMOVAL_ORDER' })).draftOrder;
    const again = (await gql<{ draftOrder: { code: string; message: string } }>(draft, { k: 'RIPE:ORG-UP2-RIPE', u: NL, r: 'removal-to-hoster', i: 'REMOVAL_ORDER' })).draftOrder;
    expect(again).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining(first.id) });
    const meant = (await gql<{ draftOrder: OrderOut }>(draft, { k: 'RIPE:ORG-UP2-RIPE', u: NL, r: 'removal-to-hoster', i: 'REMOVAL_ORDER', d: true })).draftOrder;
    expect(meant.id).not.toBe(first.id);
  });

  it('offers only the status changes the order can make, and names its case', async () => {
    const sent = await gql<{ order: { status: string; nextStatuses: string[]; caseName: string } }>(`{ order(id: "${nl.id}") { status nextStatuses caseName } }`);
    expect(sent.order).toEqual({ status: 'complied', nextStatuses: [], caseName: 'Orders' });
    const fresh = (await gql<{ draftOrder: OrderOut }>(draft, { k: 'RIPE:ORG-H2-RIPE', u: ['http://www.shop.example/never-ordered'], r: 'removal-to-hoster', i: 'REMOVAL_ORDER' })).draftOrder;
    expect((await gql<{ order: { nextStatuses: string[] } }>(`{ order(id: "${fresh.id}") { nextStatuses } }`)).order.nextStatuses).toEqual(['SENT', 'WITHDRAWN']);
  });

  it('answers a URL that is not one as BadUrl, and an unknown order as OrderRefused NOT_FOUND', async () => {
    expect((await gql<{ recordRemoval: unknown }>(removal, { id: nl.id, u: 'ftp://x.example/' })).recordRemoval).toMatchObject({ __typename: 'BadUrl', code: 'URL_INVALID' });
    expect((await gql<{ recordRemoval: unknown }>(removal, { id: 'ord-00000000-0000-0000-0000-000000000000', u: NL[0] })).recordRemoval).toMatchObject({ __typename: 'OrderRefused', code: 'NOT_FOUND' });
  });
});
