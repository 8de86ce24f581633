// Wall time of the bad-hoster report for one year of takedown records at ten times the TU Delft
// monitor's two-month sample: 29,710 URLs on 1,880 domains at the same 39 hosters, built through
// the dump importer, the notice importer and the resolver (test/fixtures/notices/), then the
// report asked through the GraphQL server (yoga.fetch) as a signed-in viewer, p50 over runs.
import type { Config } from '../server/config.ts';
import type { GraphDb } from '../server/db/driver.ts';
import { createHostchainYoga } from '../server/graphql/yoga.ts';
import { loadMonitor } from '../test/fixtures/notices/load-monitor.ts';
import { planMonitor } from '../test/fixtures/notices/monitor-plan.ts';
import { testUserToken } from '../test/support/test-users.ts';

export interface HosterReportFigures {
  urls: number;
  domains: number;
  notices: number;
  loadS: number;
  runs: number;
  p50S: number;
  maxS: number;
  removedWithin24hPct: number;
  onlineAfter48hPct: number;
}

const QUERY = `query($f: DateTime!, $t: DateTime!) { hosterReport(from: $f, to: $t, top: 5) {
  rowCount topShare totals { urls domains notices speed { removedWithin24hShare onlineAfter48hShare medianRemovalHours p90RemovalHours } }
  rows(limit: 100) { partyKey urls speed { removedWithin24hShare distribution { urls } } orders { received } } months { month urls parties { partyKey urls } } moves { domain } } }`;

export async function measureHosterReport(db: GraphDb, config: Config, opts = { scale: 10, runs: 3 }): Promise<HosterReportFigures> {
  const plan = planMonitor({ scale: opts.scale, start: new Date('2022-01-01T00:00:00Z'), days: 365 });
  const t0 = performance.now();
  await loadMonitor(db, plan, { concurrency: 16 });
  const loadS = (performance.now() - t0) / 1000;
  const yoga = createHostchainYoga({ db, config });
  const token = await testUserToken(db, 'viewer');
  const times: number[] = [];
  let totals = { urls: 0, domains: 0, notices: 0, speed: { removedWithin24hShare: 0, onlineAfter48hShare: 0 } };
  for (let i = 0; i < opts.runs; i += 1) {
    const s = performance.now();
    const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables: { f: plan.start.toISOString(), t: plan.end.toISOString() } }) });
    const body = (await res.json()) as { data?: { hosterReport: { totals: typeof totals } }; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    times.push((performance.now() - s) / 1000);
    totals = body.data!.hosterReport.totals;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    urls: totals.urls, domains: totals.domains, notices: totals.notices, loadS, runs: opts.runs, p50S: sorted[Math.floor(sorted.length / 2)]!, maxS: sorted[sorted.length - 1]!,
    removedWithin24hPct: Math.round(totals.speed.removedWithin24hShare * 100), onlineAfter48hPct: Math.round(totals.speed.onlineAfter48hShare * 100),
  };
}
