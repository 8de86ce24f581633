// How fast reported URLs came down, as the TU Delft CSAM Hosting Monitor measures it: the clock
// starts when the notice is sent; "removed within 24 hours" needs a confirmed removal by then,
// "online after 48 hours or more" is a removal confirmed 48 hours or later, or no removal and the
// URL still seen online 48 hours or more after the notice. A URL with neither is counted in the
// total but in no share (its outcome is unknown).
const HOUR = 3_600_000;

export interface Episode {
  noticeAt: number;
  removedAt: number | null;
  lastOnlineAt: number | null;
}

/** Bucket edges in hours of the time-to-removal distribution: [0,1], (1,6], … (24,48], … (168,∞): "within 24 hours" is the sum up to 24. */
export const REMOVAL_BUCKETS_H = [0, 1, 6, 12, 24, 48, 72, 168] as const;

export interface RemovalStats {
  urls: number;
  removed: number;
  removedWithin24h: number;
  onlineAfter48h: number;
  unknownOutcome: number;
  removedWithin24hShare: number | null;
  onlineAfter48hShare: number | null;
  medianRemovalHours: number | null;
  p90RemovalHours: number | null;
  /** Confirmed removals per bucket of REMOVAL_BUCKETS_H, then the URLs never confirmed removed. */
  buckets: { fromHours: number; toHours: number | null; urls: number }[];
  notRemoved: number;
}

/** Nearest-rank percentile (the value below which p% of the sorted values fall, no interpolation). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function removalStats(episodes: readonly Episode[]): RemovalStats {
  const hours: number[] = [];
  let online48 = 0;
  let unknown = 0;
  for (const e of episodes) {
    if (e.removedAt !== null) {
      const h = (e.removedAt - e.noticeAt) / HOUR;
      hours.push(h);
      if (h >= 48) online48 += 1;
    } else if (e.lastOnlineAt !== null && e.lastOnlineAt - e.noticeAt >= 48 * HOUR) online48 += 1;
    else unknown += 1;
  }
  hours.sort((a, b) => a - b);
  const within24 = hours.filter((h) => h <= 24).length;
  const n = episodes.length;
  const buckets = REMOVAL_BUCKETS_H.map((from, i) => {
    const to = REMOVAL_BUCKETS_H[i + 1] ?? null;
    return { fromHours: from, toHours: to, urls: hours.filter((h) => (i === 0 ? h >= from : h > from) && (to === null || h <= to)).length };
  });
  return {
    urls: n, removed: hours.length, removedWithin24h: within24, onlineAfter48h: online48, unknownOutcome: unknown,
    removedWithin24hShare: n === 0 ? null : within24 / n, onlineAfter48hShare: n === 0 ? null : online48 / n,
    medianRemovalHours: percentile(hours, 50), p90RemovalHours: percentile(hours, 90), buckets, notRemoved: n - hours.length,
  };
}
