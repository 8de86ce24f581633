import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { loadMonitor, type LoadedMonitor } from '../../fixtures/notices/load-monitor.ts';
import { HOSTERS, MOVES, planMonitor, REUPLOADS_PER_MOVED_DOMAIN, H1_URL_REUPLOADS, TOP_URLS } from '../../fixtures/notices/monitor-plan.ts';
import { hosterKey, hosterName, RESELLERS, UPSTREAMS } from '../../fixtures/notices/monitor-world.ts';

// The TU Delft monitor's 2022 sample (DOMAIN.md) built through the product's write paths: a
// registry dump, the hotline's CSV export, and the resolver against loopback DNS (see
// test/fixtures/notices/). Two months, 2,971 URLs, 188 domains, 39 hosters.
const db = openTestGraph();
const yoga = createHostchainYoga({ db, config: offlineConfig() });
const gql = graphqlClient(yoga, { db, role: 'viewer' });
const plan = planMonitor();
let loaded: LoadedMonitor;

beforeAll(async () => {
  await resetGraph(db);
  loaded = await loadMonitor(db, plan);
}, 300_000);
afterAll(() => db.close());

const PERIOD = { from: '2022-03-01T00:00:00Z', to: '2022-05-01T00:00:00Z' };
const SPEED = 'speed { urls removed removedWithin24h removedWithin24hShare onlineAfter48h onlineAfter48hShare medianRemovalHours p90RemovalHours notRemoved distribution { fromHours toHours urls } }';
const REPORT = `query($from: DateTime!, $to: DateTime!, $role: HosterRole, $order: HosterRowOrder) { hosterReport(from: $from, to: $to, role: $role, top: 5) {
  role rowCount topN topUrls topShare
  totals { urls notices domains cases urlReuploads domainReuploads unattributedUrls approximateAttachments ${SPEED} }
  rows(orderBy: $order, limit: 50) { rank partyKey name country role urls domains cases notices shareOfUrls urlReuploads domainReuploads domainsMovedAway domainsReceived ${SPEED} orders { received } }
  months { month urls notices removedWithin24hShare onlineAfter48hShare parties { partyKey urls } }
  moves { domain fromKey toKey removedAt seenAt } } }`;

interface Speed { urls: number; removed: number; removedWithin24h: number; removedWithin24hShare: number; onlineAfter48h: number; onlineAfter48hShare: number; medianRemovalHours: number | null; p90RemovalHours: number | null; notRemoved: number; distribution: { fromHours: number; toHours: number | null; urls: number }[] }
interface Row { orders: { received: number }; rank: number; partyKey: string; name: string; country: string | null; role: string; urls: number; domains: number; cases: number; notices: number; shareOfUrls: number; urlReuploads: number; domainReuploads: number; domainsMovedAway: number; domainsReceived: number; speed: Speed }
interface Report { role: string; rowCount: number; topN: number; topUrls: number; topShare: number; totals: { urls: number; notices: number; domains: number; cases: number; urlReuploads: number; domainReuploads: number; unattributedUrls: number; approximateAttachments: number; speed: Speed }; rows: Row[]; months: { month: string; urls: number; notices: number; parties: { partyKey: string; urls: number }[] }[]; moves: { domain: string; fromKey: string; toKey: string; removedAt: string; seenAt: string }[] }

const report = async (role = 'HOSTER', order = 'URLS') => (await gql<{ hosterReport: Report }>(REPORT, { ...PERIOD, role, order })).hosterReport;
const pct = (share: number) => Math.round(share * 100);

describe('the hoster report on the monitor sample', () => {
  it('imports the hotline export through its own column names and names the two bad lines by line and field', () => {
    expect(loaded.notices.records).toBe(plan.notices.length);
    expect(loaded.notices.urls).toBe(2971);
    expect(loaded.notices.problems).toEqual([
      { position: `line ${plan.notices.length + 2}, field reportedAt`, reason: expect.stringContaining('"2022-13-01 10:00" is not a date-time') },
      { position: `line ${plan.notices.length + 3}, field url`, reason: expect.stringContaining('single label') },
    ]);
  });

  it('reproduces the monitor figures: 2,971 URLs on 188 domains at 39 hosters, 40% removed within 24 hours, 56% online after 48 hours or more', async () => {
    const r = await report();
    expect([r.totals.urls, r.totals.domains, r.rowCount]).toEqual([2971, 188, HOSTERS]);
    expect([r.totals.speed.removedWithin24h, r.totals.speed.onlineAfter48h]).toEqual([1188, 1664]);
    expect([pct(r.totals.speed.removedWithin24hShare), pct(r.totals.speed.onlineAfter48hShare)]).toEqual([40, 56]);
    expect([r.totals.unattributedUrls, r.totals.approximateAttachments]).toEqual([0, 0]);
    // The histogram up to 24 hours holds exactly the removals within 24 hours.
    expect(r.totals.speed.distribution.filter((b) => b.toHours !== null && b.toHours <= 24).reduce((a, b) => a + b.urls, 0)).toBe(1188);
  });

  it('ranks the five largest hosters by volume, with their share of all reported URLs', async () => {
    const r = await report();
    expect(r.rows.slice(0, 5).map((x) => [x.rank, x.partyKey, x.name, x.urls])).toEqual(TOP_URLS.map((u, h) => [h + 1, hosterKey(h), hosterName(h), u]));
    expect(r.topUrls).toBe(TOP_URLS.reduce((a, b) => a + b, 0));
    expect(pct(r.topShare)).toBe(45);
    expect(r.rows[0]!.shareOfUrls).toBeCloseTo(420 / 2971);
  });

  it('shows the hoster that removes nothing and the one that removes everything within hours (median 5 h, p90 9 h)', async () => {
    const slowest = (await report('HOSTER', 'ONLINE_AFTER_48H')).rows[0]!;
    expect([slowest.partyKey, slowest.speed.removed, slowest.speed.onlineAfter48hShare, slowest.speed.medianRemovalHours]).toEqual([hosterKey(0), 0, 1, null]);
    const fast = (await report()).rows.find((x) => x.partyKey === hosterKey(1))!;
    expect([fast.speed.removedWithin24hShare, fast.speed.medianRemovalHours, fast.speed.p90RemovalHours]).toEqual([1, 5, 9]);
  });

  it('counts URLs put back after a confirmed removal and domains that came back after all their URLs were removed', async () => {
    const r = await report();
    const h1 = r.rows.find((x) => x.partyKey === hosterKey(1))!;
    expect([h1.urlReuploads, h1.domainReuploads]).toEqual([H1_URL_REUPLOADS, 3]);
    expect(r.totals.urlReuploads).toBe(H1_URL_REUPLOADS + MOVES.length * REUPLOADS_PER_MOVED_DOMAIN);
    // Two URLs per URL re-upload notice are not two URLs: the sample stays 2,971.
    expect(r.totals.notices).toBe(plan.notices.length);
  });

  it('finds the domains that moved to another hoster after their takedown, and the hoster that keeps receiving them', async () => {
    const r = await report();
    expect(r.moves.map((m) => [m.domain, m.fromKey, m.toKey]).sort()).toEqual(plan.moved.map((m) => [`site-${m.domain}.example`, hosterKey(m.from), hosterKey(m.to)]).sort());
    expect(r.moves.every((m) => m.removedAt < m.seenAt && m.seenAt === new Date(plan.movedAt).toISOString())).toBe(true);
    const receiver = (await report('HOSTER', 'DOMAINS_RECEIVED')).rows[0]!;
    expect([receiver.partyKey, receiver.domainsReceived]).toEqual([hosterKey(9), 3]);
    expect(r.rows.find((x) => x.partyKey === hosterKey(3))!.domainsMovedAway).toBe(2);
  });

  it('attaches each notice to the chain of its own time: the moved domains\' first notices stay with the old hoster, the re-uploads count at the new one', async () => {
    const r = await report();
    const h3 = r.rows.find((x) => x.partyKey === hosterKey(3))!;
    const h9 = r.rows.find((x) => x.partyKey === hosterKey(9))!;
    expect(h3.urls).toBe(200);
    const h9Own = plan.notices.filter((n) => n.first && n.hoster === 9).length;
    expect([h9.urls, h9.urlReuploads]).toEqual([h9Own + 3 * REUPLOADS_PER_MOVED_DOMAIN, 3 * REUPLOADS_PER_MOVED_DOMAIN]);
  });

  it('reports resellers, upstreams and origin ASes from the same notices', async () => {
    const resellers = await report('RESELLER');
    const hostersIn = (range: number[]) => plan.notices.filter((n) => n.first && n.hoster >= range[0]! && n.hoster < range[1]!).length;
    expect(resellers.rows.map((x) => [x.partyKey, x.urls]).sort()).toEqual(RESELLERS.map((s) => [`RIPE:${s.handle}`, hostersIn(s.hosters)]).sort());
    const upstreams = await report('UPSTREAM');
    expect(upstreams.rows.map((x) => x.partyKey).sort()).toEqual(UPSTREAMS.map((u) => `RIPE:${u.handle}`).sort());
    expect(upstreams.rows.reduce((a, x) => a + x.urls, 0)).toBe(2971);
    const as = await report('ORIGIN');
    expect(as.rows.map((x) => [x.partyKey, x.name]).sort()).toEqual(UPSTREAMS.map((u) => [`RIPE:${u.asOrg}`, u.asName]).sort());
  });

  it('gives month-by-month volume for the chart, with a complete series for each top hoster', async () => {
    const r = await report();
    expect(r.months.map((m) => m.month)).toEqual(['2022-03', '2022-04']);
    expect(r.months.reduce((a, m) => a + m.notices, 0)).toBe(plan.notices.length);
    for (const h of [0, 1, 2, 3, 4]) {
      const series = r.months.map((m) => m.parties.find((p) => p.partyKey === hosterKey(h))?.urls);
      expect(series.every((v) => typeof v === 'number')).toBe(true);
    }
  });

  it('refuses the report to a caller who is not signed in, and the import to a viewer', async () => {
    const anon = await graphqlErrors(yoga, 'anonymous')(REPORT, PERIOD);
    expect(anon[0]?.code).toBe('UNAUTHENTICATED');
    const viewer = await graphqlErrors(yoga, { db, role: 'viewer' })('mutation { importNotices(fileName: "x.csv", csv: "url,reported_at\\n") { records } }');
    expect(viewer[0]?.code).toBe('FORBIDDEN');
  });

  it('counts the orders a hoster received in the period beside its notices', async () => {
    // Drafted on 20 March 2022 by a legal user (the clock is the API's injected one).
    const legal = graphqlClient(createHostchainYoga({ db, config: offlineConfig(), now: () => new Date('2022-03-20T09:00:00Z') }), { db, role: 'legal' });
    const notices = plan.notices.filter((n) => n.hoster === 0).slice(0, 3);
    const urls = notices.map((n) => n.url);
    // Need-to-know: an order on a case's URLs is drafted by a member of the case.
    await joinCases(yoga, db, 'legal', [...new Set(notices.map((n) => n.caseName))]);
    const r = await legal<{ draftOrder: { __typename: string } }>(`mutation($k: String!, $u: [String!]!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: $k, urls: $u, material: CSAM, suggestedRuleId: "removal-to-hoster") { __typename } }`, { k: hosterKey(0), u: urls });
    expect(r.draftOrder.__typename).toBe('Order');
    const rows = (await report()).rows;
    expect(rows.map((x) => [x.partyKey, x.orders.received]).filter(([, n]) => n !== 0)).toEqual([[hosterKey(0), 1]]);
  });

  it('prints the same ranking in a terminal and as CSV (hostchain report hosters)', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const run = (format: string) => promisify(execFile)('node', ['bin/hostchain.mjs', 'report', 'hosters', '--from', '2022-03-01', '--to', '2022-05-01', '--format', format], { cwd: root, env: { ...process.env, NEO4J_URI: inject('neo4jUri') } });
    const table = (await run('table')).stdout;
    expect(table).toContain('hoster report 2022-03-01T00:00:00.000Z – 2022-05-01T00:00:00.000Z: 2971 URLs on 188 domains');
    expect(table).toContain('removed within 24 h 1188 (40%), online after 48 h or more 1664 (56%)');
    expect(table).toContain(`site-${plan.moved[0]!.domain}.example: ${hosterName(plan.moved[0]!.from)} → ${hosterName(plan.moved[0]!.to)}`);
    const csv = (await run('csv')).stdout.trim().split('\n');
    expect(csv[0]).toMatch(/^rank,party,key,country,urls,share,/);
    expect(csv[1]).toMatch(new RegExp(`^1,${hosterName(0)},${hosterKey(0)},PA,420,`));
    expect(csv).toHaveLength(HOSTERS + 1);
  });
});
