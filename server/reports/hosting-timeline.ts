// The hosting history of one host name (or address): the periods between the moments anything on
// its chain started or ended, each with the hoster(s) and addresses in force, consecutive equal
// periods merged. A move between hosters shows as two periods; a period in which the name gave
// no address says so instead of naming anybody.
import type { GraphDb } from '../db/driver.ts';
import { changePoints, partiesAt, type ReportParty } from './chain-at.ts';
import { loadTimeline } from './timeline.ts';

export interface HostingPeriod {
  from: Date;
  /** null: still in force. */
  to: Date | null;
  addresses: string[];
  hosters: ReportParty[];
  /** false when no address was in force (the name did not resolve, or before the first answer). */
  resolved: boolean;
}

const signature = (p: Omit<HostingPeriod, 'from' | 'to'>) => JSON.stringify([p.resolved, p.addresses, p.hosters.map((h) => h.key)]);

export async function findHostingTimeline(db: GraphDb, host: { host: string; isIp: boolean }): Promise<HostingPeriod[]> {
  const tl = await loadTimeline(db, [host]);
  const points = changePoints(tl, host);
  const periods: HostingPeriod[] = [];
  points.forEach((t, i) => {
    const a = partiesAt(tl, host, t);
    // Between intervals partiesAt falls back on the nearest observation: that is not "in force".
    const resolved = a.resolved;
    const p = { addresses: resolved ? [...a.addresses].sort() : [], hosters: resolved ? a.parties.filter((x) => x.role === 'hoster').sort((x, y) => x.key.localeCompare(y.key)) : [], resolved };
    const next = points[i + 1];
    const last = periods[periods.length - 1];
    // Registry facts older than the first answer about the name are no period of its hosting.
    if (last === undefined && !resolved) return;
    if (last !== undefined && signature(last) === signature(p)) last.to = next === undefined ? null : new Date(next);
    else periods.push({ from: new Date(t), to: next === undefined ? null : new Date(next), ...p });
  });
  return periods;
}
