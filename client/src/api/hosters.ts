// The bad-hoster report (issue 7): a ranking of parties in a role over a period, with monthly
// volume and the time-to-removal distribution.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

export type HosterRole = S.HosterRole;
export type HosterOrder = S.HosterRowOrder;

export interface RemovalSpeed {
  medianRemovalHours: number | null;
  p90RemovalHours: number | null;
  removedWithin24hShare: number | null;
  onlineAfter48hShare: number | null;
  removed: number;
  notRemoved: number;
  distribution: { fromHours: number; toHours: number | null; urls: number }[];
}

export interface HosterRow {
  rank: number;
  partyKey: string;
  name: string;
  country: string | null;
  urls: number;
  notices: number;
  domains: number;
  shareOfUrls: number;
  urlReuploads: number;
  domainReuploads: number;
  domainsMovedAway: number;
  domainsReceived: number;
  speed: RemovalSpeed;
  orders: { received: number; compliedInTime: number; late: number; notComplied: number };
}

export interface HosterReport {
  rowCount: number;
  topN: number;
  topShare: number;
  topUrls: number;
  totals: { urls: number; notices: number; domains: number; unattributedUrls: number; urlReuploads: number; speed: RemovalSpeed };
  months: { month: string; urls: number; notices: number; removedWithin24hShare: number | null; onlineAfter48hShare: number | null }[];
  rows: HosterRow[];
}

const SPEED = 'medianRemovalHours p90RemovalHours removedWithin24hShare onlineAfter48hShare removed notRemoved distribution { fromHours toHours urls }';

export async function fetchHosterReport(opts: { from: string; to: string; role: HosterRole; orderBy: HosterOrder }): Promise<HosterReport> {
  const q = `query($f: DateTime!, $t: DateTime!, $r: HosterRole, $o: HosterRowOrder) { hosterReport(from: $f, to: $t, role: $r) {
    rowCount topN topShare topUrls
    totals { urls notices domains unattributedUrls urlReuploads speed { ${SPEED} } }
    months { month urls notices removedWithin24hShare onlineAfter48hShare }
    rows(limit: 100, orderBy: $o) { rank partyKey name country urls notices domains shareOfUrls urlReuploads domainReuploads domainsMovedAway domainsReceived
      speed { ${SPEED} } orders { received compliedInTime late notComplied } } } }`;
  return (await requestGraphQL<{ hosterReport: HosterReport }>(q, { f: opts.from, t: opts.to, r: opts.role, o: opts.orderBy })).hosterReport;
}
