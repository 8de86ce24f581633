// The bad-hoster report of a period for one role (hoster, reseller, upstream or origin AS): the
// ranking table, concentration in the top parties, month-by-month trends, the time-to-removal
// distribution, re-uploads and moves after takedowns. Notices attach to the chain as the dated
// facts say it was when each notice was sent.
import { InputError } from '../input-error.ts';
import type { GraphDb } from '../db/driver.ts';
import { findNotices, findOrders } from '../queries/hosters.ts';
import { chainReader, type ReportRole } from './chain-at.ts';
import { monthlyTrend, type MonthRow } from './monthly.ts';
import { findMoves, type Move } from './movement.ts';
import { firstBy, partyRows, type AttachedNotice, type PartyRow } from './party-rows.ts';
import { removalStats, type RemovalStats } from './removal-stats.ts';
import { findReuploads } from './reuploads.ts';
import { loadTimeline } from './timeline.ts';

const DAY = 86_400_000;

export interface HosterReportOptions {
  from: Date;
  to: Date;
  role: ReportRole;
  /** How many parties count as the top (concentration, monthly series). */
  top?: number;
  /** A domain that appears at another party this many days after a removal has moved. */
  moveWindowDays?: number;
  /** How far before the period earlier notices are read, to see removals that a re-upload follows. */
  historyDays?: number;
}

export interface HosterReport {
  from: Date;
  to: Date;
  role: ReportRole;
  totals: RemovalStats & { notices: number; domains: number; cases: number; urlReuploads: number; domainReuploads: number; unattributedUrls: number; approximateAttachments: number };
  rows: PartyRow[];
  top: { n: number; urls: number; share: number };
  months: MonthRow[];
  moves: Move[];
}

export async function hosterReport(db: GraphDb, opts: HosterReportOptions): Promise<HosterReport> {
  if (!(opts.from < opts.to)) throw new InputError('to', 'the period must end after it starts');
  const topN = opts.top ?? 10;
  const all = await findNotices(db, { since: new Date(opts.from.getTime() - (opts.historyDays ?? 365) * DAY), to: opts.to });
  const flags = findReuploads(all);
  const period = all.filter((n) => n.reportedAt >= opts.from.getTime());
  const hosts = [...new Map(period.filter((n) => n.host !== null).map((n) => [`${n.isIp}|${n.host}`, { host: n.host!, isIp: n.isIp }])).values()];
  const tl = await loadTimeline(db, hosts);
  const chainAt = chainReader(tl);
  const notices: AttachedNotice[] = period.map((n) => {
    const a = n.host === null ? { parties: [], exact: false } : chainAt({ host: n.host, isIp: n.isIp }, n.noticeAt);
    return { ...n, ...flags.get(n.id)!, parties: a.parties, exact: a.exact };
  });
  const episodes = firstBy(notices, (n) => n.url);
  const moves = findMoves(tl, notices, (opts.moveWindowDays ?? 30) * DAY).filter((m) => m.role === opts.role);
  const rows = partyRows({ notices, role: opts.role, totalUrls: episodes.length, orders: await findOrders(db, opts), moves });
  const topRows = rows.slice(0, topN);
  const topKeys = new Set(topRows.map((r) => r.party.key));
  const topUrls = new Set(notices.filter((n) => n.parties.some((p) => p.role === opts.role && topKeys.has(p.key))).map((n) => n.url)).size;
  return {
    from: opts.from, to: opts.to, role: opts.role, rows, moves,
    totals: {
      ...removalStats(episodes), notices: notices.length,
      domains: new Set(notices.map((n) => n.domain ?? n.host)).size,
      cases: new Set(notices.flatMap((n) => n.cases)).size,
      urlReuploads: notices.filter((n) => n.urlReupload).length,
      domainReuploads: new Set(notices.filter((n) => n.domainReupload).map((n) => n.domain)).size,
      unattributedUrls: episodes.filter((n) => !n.parties.some((p) => p.role === opts.role)).length,
      approximateAttachments: notices.filter((n) => !n.exact).length,
    },
    top: { n: topRows.length, urls: topUrls, share: episodes.length === 0 ? 0 : topUrls / episodes.length },
    months: monthlyTrend({ notices, from: opts.from, to: opts.to, role: opts.role, topKeys: [...topKeys] }),
  };
}
