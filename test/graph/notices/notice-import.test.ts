import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importNotices } from '../../../importers/notices/notice-import.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient } from '../../support/gql.ts';
import { nodesOf, rawOfEvidence } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

// Three notices on the project's five-party registry dump (test/fixtures/bulk), the URLs resolved
// from the dump alone, today: long after the notices of March 2022.
const db = openTestGraph();
const config = offlineConfig();
const gql = graphqlClient(createHostchainYoga({ db, config }), { db, role: 'investigator' });
const dir = mkdtempSync(path.join(tmpdir(), 'hc-notices-'));
const file = (name: string, text: string) => (writeFileSync(path.join(dir, name), text), path.join(dir, name));
const URLS = ['http://198.51.100.5/a', 'http://198.51.100.20/b', 'http://198.51.100.130/c'];
const FIRST = file('export-1.csv', [
  'id,url,reported_at,notice_at,removed_at,last_online_at',
  `T-1,${URLS[0]},2022-03-01 10:00,2022-03-01 11:00,2022-03-01 13:00,`,
  `T-2,${URLS[1]},2022-03-01 10:00,2022-03-01 11:00,,2022-03-04 11:00`,
  `T-3,${URLS[2]},2022-03-02 10:00,2022-03-02 11:00,2022-03-03 11:00,`,
  `T-4,${URLS[2]},2022-03-05 10:00,2022-03-05 09:00,,`,
].join('\n'));
let run: Awaited<ReturnType<typeof importNotices>>;

beforeAll(async () => {
  await resetGraph(db);
  run = await importNotices({ db, file: FIRST });
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 2, inputs: URLS.map((u, i) => ({ url: normalizeUrl(u), list: 'export-1.csv', line: i + 2, input: u })) });
}, 120_000);
afterAll(() => db.close());

describe('importing takedown notices', () => {
  it('imports the good lines and names the bad one by line and field', () => {
    expect([run.records, run.urls, run.problemCount]).toEqual([3, 3, 1]);
    expect(run.problems).toEqual([{ position: 'line 5, field noticeAt', reason: 'noticeAt 2022-03-05T09:00:00.000Z is before reportedAt 2022-03-05T10:00:00.000Z' }]);
  });

  it('keeps the file as the evidence of every notice, byte for byte', async () => {
    expect(await nodesOf(db, 'Notice', ['id', 'lastEvidenceId'])).toEqual(new Set(['notice:T-1', 'notice:T-2', 'notice:T-3'].map((id) => `${id}|${run.evidenceId}`)));
    expect((await rawOfEvidence(db, [run.evidenceId])).get(run.evidenceId)).toEqual(readFileSync(FIRST));
  });

  it('does nothing for the same file twice, and a later export adds a removal without losing what the first one said', async () => {
    expect((await importNotices({ db, file: FIRST })).alreadyImported).toBe(true);
    const later = file('export-2.csv', ['id,url,reported_at,removed_at', `T-1,${URLS[0]},2022-03-01 10:00,`, `T-2,${URLS[1]},2022-03-01 10:00,2022-03-05 08:00`].join('\n'));
    expect((await importNotices({ db, file: later })).records).toBe(2);
    expect(await nodesOf(db, 'Notice', ['id', 'removedAt'])).toEqual(new Set(['notice:T-1|2022-03-01T13:00:00Z', 'notice:T-2|2022-03-05T08:00:00Z', 'notice:T-3|2022-03-03T11:00:00Z']));
  });

  it('attaches notices to the nearest observation when the chain was looked up only after them, and says how many', async () => {
    const q = `query($r: HosterRole) { hosterReport(from: "2022-03-01T00:00:00Z", to: "2022-04-01T00:00:00Z", role: $r) {
      totals { urls unattributedUrls approximateAttachments } rows { partyKey name urls speed { removedWithin24h onlineAfter48h } } } }`;
    type R = { hosterReport: { totals: { urls: number; unattributedUrls: number; approximateAttachments: number }; rows: { partyKey: string; name: string; urls: number; speed: { removedWithin24h: number; onlineAfter48h: number } }[] } };
    const hosters = (await gql<R>(q, { r: 'HOSTER' })).hosterReport;
    expect(hosters.totals).toEqual({ urls: 3, unattributedUrls: 1, approximateAttachments: 3 });
    expect(hosters.rows.map((r) => [r.partyKey, r.name, r.urls, r.speed.removedWithin24h, r.speed.onlineAfter48h]).sort()).toEqual([
      ['RIPE:ORG-H1-RIPE', 'Example Hosting NL B.V.', 1, 1, 0],
      ['RIPE:ORG-H2-RIPE', 'Beispiel Hosting GmbH', 1, 0, 1],
    ]);
    // The /25 holds no assignment: its holder is the party there, as a reseller.
    const resellers = (await gql<R>(q, { r: 'RESELLER' })).hosterReport;
    expect(resellers.rows.map((r) => [r.name, r.urls])).toEqual([['Example Reseller Two B.V.', 1]]);
  });

  it('imports an export uploaded over GraphQL, keeping it as a file under the home folder', async () => {
    const upload = graphqlClient(createHostchainYoga({ db, config: { ...config, home: dir } }), { db, role: 'investigator' });
    const csv = 'Ticket,Link,Received\nU-1,http://198.51.100.6/up,2022-03-10 10:00\nU-2,not a url,2022-03-10 10:00\n';
    const r = await upload<{ importNotices: { records: number; problems: { position: string }[]; evidenceId: string } }>(
      'mutation($c: String!) { importNotices(fileName: "upload.csv", csv: $c, columns: { id: "ticket", url: "link", reportedAt: "received" }) { records evidenceId problems { position } } }', { c: csv });
    expect([r.importNotices.records, r.importNotices.problems]).toEqual([1, [{ position: 'line 3, field url' }]]);
    expect((await rawOfEvidence(db, [r.importNotices.evidenceId])).get(r.importNotices.evidenceId)?.toString('utf8')).toBe(csv);
  });

  it("does not list a case's URL twice when a notice export names the same case", async () => {
    await runResolveJob({ db, io: createSourceIo(config), concurrency: 2, inputs: URLS.slice(0, 2).map((u, i) => ({ url: normalizeUrl(u), list: 'march.txt', line: i + 1, input: u, caseId: 'case:March', caseName: 'March' })) });
    const withCase = file('export-case.csv', ['id,url,reported_at,case', `C-1,${URLS[0]},2022-03-06 10:00,March`, `C-2,${URLS[1]},2022-03-06 10:00,March`].join('\n'));
    expect((await importNotices({ db, file: withCase })).records).toBe(2);
    await joinCases(createHostchainYoga({ db, config }), db, 'investigator', ['March']);
    type C = { case: { urlCount: number; urls: { edges: { node: { url: string; line: number | null } }[] } } };
    const c = (await gql<C>('{ case(name: "March") { urlCount urls(first: 10) { edges { node { url line } } } } }')).case;
    expect(c.urlCount).toBe(2);
    expect(c.urls.edges.map((e) => [e.node.url, e.node.line])).toEqual([[URLS[0], 1], [URLS[1], 2]]);
  });
});
