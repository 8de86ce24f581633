// Month-by-month trends of a period (calendar months in UTC by report time): volume and removal
// speed of all reported URLs, and the URLs of each of the top parties, for a volume-over-time chart.
import type { ReportRole } from './chain-at.ts';
import { firstBy, type AttachedNotice } from './party-rows.ts';
import { removalStats } from './removal-stats.ts';

export interface MonthRow {
  /** "2022-03" */
  month: string;
  urls: number;
  notices: number;
  removedWithin24hShare: number | null;
  onlineAfter48hShare: number | null;
  /** URLs of each top party reported in the month (zero included, so every series is complete). */
  parties: { key: string; urls: number }[];
}

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

export function monthsBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  for (let d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)); d < to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) out.push(monthOf(d.getTime()));
  return out;
}

export function monthlyTrend(opts: { notices: readonly AttachedNotice[]; from: Date; to: Date; role: ReportRole; topKeys: string[] }): MonthRow[] {
  const byMonth = new Map<string, AttachedNotice[]>();
  for (const n of opts.notices) {
    const m = monthOf(n.reportedAt);
    const list = byMonth.get(m);
    if (list === undefined) byMonth.set(m, [n]);
    else list.push(n);
  }
  return monthsBetween(opts.from, opts.to).map((month) => {
    const inMonth = byMonth.get(month) ?? [];
    const s = removalStats(firstBy(inMonth, (n) => n.url));
    const parties = opts.topKeys.map((key) => ({ key, urls: new Set(inMonth.filter((n) => n.parties.some((p) => p.role === opts.role && p.key === key)).map((n) => n.url)).size }));
    return { month, urls: s.urls, notices: inMonth.length, removedWithin24hShare: s.removedWithin24hShare, onlineAfter48hShare: s.onlineAfter48hShare, parties };
  });
}
