import { describe, expect, it } from 'vitest';
import { percentile, removalStats } from '../../../server/reports/removal-stats.ts';
import { findReuploads } from '../../../server/reports/reuploads.ts';
import { pickAt } from '../../../server/reports/chain-at.ts';

const H = 3_600_000;
const at = (h: number) => h * H;

describe('removal speed as the monitor measures it', () => {
  it('counts removed within 24 hours, online after 48 hours (late removal or still seen), and neither', () => {
    const s = removalStats([
      { noticeAt: 0, removedAt: at(2), lastOnlineAt: null },
      { noticeAt: 0, removedAt: at(24), lastOnlineAt: null },
      { noticeAt: 0, removedAt: at(30), lastOnlineAt: null },
      { noticeAt: 0, removedAt: at(48), lastOnlineAt: null },
      { noticeAt: 0, removedAt: null, lastOnlineAt: at(72) },
      { noticeAt: 0, removedAt: null, lastOnlineAt: at(10) },
    ]);
    expect([s.urls, s.removed, s.removedWithin24h, s.onlineAfter48h, s.unknownOutcome]).toEqual([6, 4, 2, 2, 1]);
    expect(s.removedWithin24hShare).toBeCloseTo(2 / 6);
    expect([s.medianRemovalHours, s.p90RemovalHours]).toEqual([24, 48]);
    expect(s.buckets.filter((b) => b.toHours !== null && b.toHours <= 24).reduce((a, b) => a + b.urls, 0)).toBe(s.removedWithin24h);
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('re-uploads', () => {
  const n = (id: string, url: string, domain: string, reported: number, removed: number | null) => ({ id, url, host: domain, isIp: false, domain, cases: [], reportedAt: at(reported), noticeAt: at(reported), removedAt: removed === null ? null : at(removed), lastOnlineAt: null });

  it('flags a URL reported again after its removal, and a domain back after all its URLs were removed', () => {
    const f = findReuploads([n('a', 'u1', 'd', 0, 5), n('b', 'u2', 'd', 0, 6), n('c', 'u1', 'd', 10, null), n('e', 'u3', 'x', 0, null), n('g', 'u4', 'x', 10, null)]);
    expect(f.get('c')).toEqual({ urlReupload: true, domainReupload: true });
    expect(f.get('g')).toEqual({ urlReupload: false, domainReupload: false });
    expect(f.get('a')).toEqual({ urlReupload: false, domainReupload: false });
  });
});

describe('the chain at a moment', () => {
  it('uses the fact in force, else the nearest observation, and says which', () => {
    const edges = [{ start: 10, end: 20, v: 'old' }, { start: 20, end: null, v: 'new' }];
    expect(pickAt(edges, 15)).toEqual({ edges: [edges[0]], exact: true });
    expect(pickAt(edges, 20)).toEqual({ edges: [edges[1]], exact: true });
    expect(pickAt(edges, 5)).toEqual({ edges: [edges[0]], exact: false });
  });
});
