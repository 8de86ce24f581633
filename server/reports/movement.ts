// Movement after a takedown: a domain whose reported URL was confirmed removed while its chain
// named party A, and whose chain names another party B in the same role (and no longer A) within
// the window after the removal. Read from the dated chain facts, at the moments they changed.
import type { NoticeRow } from '../queries/hosters.ts';
import { changePoints, partiesAt, type ReportParty, type ReportRole } from './chain-at.ts';
import type { Timeline } from './timeline.ts';

export interface Move {
  domain: string;
  role: ReportRole;
  from: ReportParty;
  to: ReportParty;
  removedAt: number;
  /** When the chain first named the new party. */
  seenAt: number;
}

export function findMoves(tl: Timeline, notices: readonly (NoticeRow & { parties: ReportParty[] })[], windowMs: number): Move[] {
  const moves = new Map<string, Move>();
  const pointsOf = new Map<string, number[]>();
  for (const n of notices) {
    if (n.removedAt === null || n.host === null || n.domain === null) continue;
    const host = { host: n.host, isIp: n.isIp };
    const removedAt = n.removedAt;
    const key0 = `${n.isIp}|${n.host}`;
    const points = pointsOf.get(key0) ?? changePoints(tl, host);
    pointsOf.set(key0, points);
    const later = points.filter((c) => c > removedAt && c <= removedAt + windowMs);
    if (later.length === 0) continue;
    for (const from of n.parties) {
      for (const c of later) {
        const now = partiesAt(tl, host, c).parties.filter((p) => p.role === from.role);
        if (now.length === 0 || now.some((p) => p.key === from.key)) continue;
        const key = `${n.domain}|${from.role}|${from.key}`;
        const prev = moves.get(key);
        if (prev === undefined || c < prev.seenAt) moves.set(key, { domain: n.domain, role: from.role, from, to: now[0]!, removedAt, seenAt: c });
        break;
      }
    }
  }
  return [...moves.values()].sort((a, b) => a.seenAt - b.seenAt || a.domain.localeCompare(b.domain));
}
