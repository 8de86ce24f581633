// The ranking table: one row per party in a role, from the notices of the period attached to
// the chain at each notice's time. A URL counts once per party (its first notice there in the
// period); later notices of it count as notices, and as re-uploads when it had been removed.
import type { NoticeRow, OrderRow } from '../queries/hosters.ts';
import type { ReportParty, ReportRole } from './chain-at.ts';
import type { Move } from './movement.ts';
import { removalStats, type RemovalStats } from './removal-stats.ts';
import type { ReuploadFlags } from './reuploads.ts';

export type AttachedNotice = NoticeRow & ReuploadFlags & { parties: ReportParty[]; exact: boolean };

export interface OrderCounts { received: number; removalOrders: number; informationDemands: number; compliedInTime: number; late: number; notComplied: number }

export interface PartyRow extends RemovalStats {
  party: ReportParty;
  role: ReportRole;
  rank: number;
  domains: number;
  cases: number;
  notices: number;
  /** Share of all URLs reported in the period that this party carried. */
  shareOfUrls: number;
  orders: OrderCounts;
  urlReuploads: number;
  domainReuploads: number;
  domainsMovedAway: number;
  domainsReceived: number;
}

/** The first notice of each key, in time order: the episode that counts for removal speed. */
export function firstBy<T extends NoticeRow>(notices: readonly T[], keyOf: (n: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const n of [...notices].sort((a, b) => a.reportedAt - b.reportedAt || a.id.localeCompare(b.id))) if (!seen.has(keyOf(n))) seen.set(keyOf(n), n);
  return [...seen.values()];
}

export function orderCounts(orders: readonly OrderRow[]): OrderCounts {
  return {
    received: orders.length,
    removalOrders: orders.filter((o) => o.instrument === 'removal-order').length,
    informationDemands: orders.filter((o) => o.instrument === 'information-demand').length,
    compliedInTime: orders.filter((o) => o.status === 'complied' && !o.wasLate).length,
    late: orders.filter((o) => o.status === 'late' || o.wasLate).length,
    notComplied: orders.filter((o) => o.status === 'not-complied').length,
  };
}

export function partyRows(opts: { notices: readonly AttachedNotice[]; role: ReportRole; totalUrls: number; orders: readonly OrderRow[]; moves: readonly Move[] }): PartyRow[] {
  const groups = new Map<string, { party: ReportParty; notices: AttachedNotice[] }>();
  for (const n of opts.notices) {
    for (const p of n.parties) {
      if (p.role !== opts.role) continue;
      const g = groups.get(p.key) ?? { party: p, notices: [] };
      g.notices.push(n);
      groups.set(p.key, g);
    }
  }
  const rows = [...groups.values()].map(({ party, notices }) => {
    const episodes = firstBy(notices, (n) => n.url);
    const moves = opts.moves.filter((m) => m.role === opts.role);
    return {
      ...removalStats(episodes), party, role: opts.role, rank: 0,
      domains: new Set(notices.map((n) => n.domain ?? n.host)).size,
      cases: new Set(notices.flatMap((n) => n.cases)).size,
      notices: notices.length,
      shareOfUrls: opts.totalUrls === 0 ? 0 : episodes.length / opts.totalUrls,
      orders: orderCounts(opts.orders.filter((o) => o.partyKey === party.key)),
      urlReuploads: notices.filter((n) => n.urlReupload).length,
      domainReuploads: new Set(notices.filter((n) => n.domainReupload && n.domain !== null).map((n) => n.domain)).size,
      domainsMovedAway: new Set(moves.filter((m) => m.from.key === party.key).map((m) => m.domain)).size,
      domainsReceived: new Set(moves.filter((m) => m.to.key === party.key).map((m) => m.domain)).size,
    };
  });
  rows.sort((a, b) => b.urls - a.urls || b.notices - a.notices || a.party.key.localeCompare(b.party.key));
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}
