import { describe, expect, it } from 'vitest';
import { cidrToRange, ipToKey, rangeOf } from '../../../../importers/core/ip-key.ts';
import { RangeIndex } from '../../../../importers/core/range-index.ts';

function indexOf(ranges: Record<string, [string, string]>): RangeIndex<string> {
  const idx = new RangeIndex<string>();
  for (const [name, [a, b]] of Object.entries(ranges)) {
    const r = b === '' ? cidrToRange(a) : rangeOf(a, b);
    idx.add(r.rangeStart, r.rangeEnd, name);
  }
  idx.build();
  return idx;
}

const RIPE_CHAIN = {
  allocation: ['198.51.0.0/16', ''],
  subAllocation: ['198.51.96.0/20', ''],
  assignment: ['198.51.100.0/24', ''],
  oddSized: ['198.51.101.10', '198.51.101.90'],
  sibling: ['198.51.120.0/22', ''],
  v6: ['2001:db8::/32', ''],
  v6Customer: ['2001:db8:1::/48', ''],
} satisfies Record<string, [string, string]>;

describe('the in-process range index', () => {
  const idx = indexOf(RIPE_CHAIN);

  it('finds the most specific range and every enclosing one, most specific first', () => {
    expect(idx.mostSpecific(ipToKey('198.51.100.7'))).toBe('assignment');
    expect(idx.enclosing(ipToKey('198.51.100.7'))).toEqual(['assignment', 'subAllocation', 'allocation']);
  });

  it('handles ranges that are not CIDR blocks, at their exact edges', () => {
    expect(idx.mostSpecific(ipToKey('198.51.101.10'))).toBe('oddSized');
    expect(idx.mostSpecific(ipToKey('198.51.101.90'))).toBe('oddSized');
    expect(idx.mostSpecific(ipToKey('198.51.101.91'))).toBe('subAllocation');
    expect(idx.mostSpecific(ipToKey('198.51.101.9'))).toBe('subAllocation');
  });

  it('climbs out of a sibling that ends before the address, and finds nothing in a gap', () => {
    expect(idx.mostSpecific(ipToKey('198.51.112.1'))).toBe('allocation');
    expect(idx.mostSpecific(ipToKey('198.51.123.255'))).toBe('sibling');
    expect(idx.mostSpecific(ipToKey('198.52.0.0'))).toBeUndefined();
    expect(idx.mostSpecific(ipToKey('192.0.2.1'))).toBeUndefined();
  });

  it('keeps IPv6 apart from IPv4', () => {
    expect(idx.enclosing(ipToKey('2001:db8:1::5'))).toEqual(['v6Customer', 'v6']);
    expect(idx.mostSpecific(ipToKey('2001:db9::1'))).toBeUndefined();
    expect(idx.mostSpecific(ipToKey('::ffff:198.51.100.7'))).toBe('assignment');
  });

  it("never answers an IPv4 address from IPv6's ::/0, nor places an IPv4 block under it", () => {
    const withRoot = indexOf({ root6: ['::/0', ''], alloc: ['198.51.100.0/24', ''], doc6: ['2001:db8::/32', ''] });
    expect(withRoot.mostSpecific(ipToKey('198.51.100.7'))).toBe('alloc');
    expect(withRoot.enclosing(ipToKey('198.51.100.7'))).toEqual(['alloc']);
    expect(withRoot.mostSpecific(ipToKey('192.0.2.1'))).toBeUndefined();
    expect(withRoot.mostSpecific(ipToKey('2001:db8::1'))).toBe('doc6');
    expect(withRoot.mostSpecific(ipToKey('2001:db9::1'))).toBe('root6');
    const names = ['root6', 'alloc', 'doc6'];
    expect([...withRoot.parentPairs()].map(([c, p]) => `${names[c]}<${names[p]}`)).toEqual(['doc6<root6']);
  });

  it('holds equal ranges from two sources and gives the later-added one no parent of itself', () => {
    const twice = indexOf({ a: ['203.0.113.0/24', ''], b: ['203.0.113.0/24', ''] });
    expect(twice.enclosing(ipToKey('203.0.113.1'))).toHaveLength(2);
  });

  it('refuses a lookup before build()', () => {
    const idx2 = new RangeIndex<number>();
    idx2.add(cidrToRange('192.0.2.0/24').rangeStart, cidrToRange('192.0.2.0/24').rangeEnd, 1);
    expect(() => idx2.mostSpecific(ipToKey('192.0.2.1'))).toThrow(/build/);
  });

  it('agrees with a linear scan on a large random nested set', () => {
    const big = new RangeIndex<number>();
    const ranges: { lo: number; hi: number }[] = [];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let a = 0; a < 200; a += 1) {
      const lo = 0x0a000000 + a * 65536;
      ranges.push({ lo, hi: lo + 65535 });
      for (let s = 0; s < 20; s += 1) {
        const sub = lo + Math.floor(rnd() * 256) * 256;
        ranges.push({ lo: sub, hi: sub + 255 - Math.floor(rnd() * 8) * 16 });
      }
    }
    const key = (n: number) => ipToKey(`${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`);
    // Keep only a nested (laminar) family, as registry data is.
    const kept = ranges.filter((r, i) => !ranges.slice(0, i).some((q) => q.lo < r.lo && q.hi >= r.lo && q.hi < r.hi) && !ranges.slice(0, i).some((q) => q.lo === r.lo && q.hi === r.hi));
    kept.forEach((r, i) => big.add(key(r.lo), key(r.hi), i));
    big.build();
    for (let t = 0; t < 2000; t += 1) {
      const ip = 0x0a000000 + Math.floor(rnd() * 200 * 65536);
      const holding = kept.map((r, i) => ({ r, i })).filter(({ r }) => r.lo <= ip && ip <= r.hi).sort((x, y) => x.r.hi - x.r.lo - (y.r.hi - y.r.lo));
      expect(big.mostSpecific(key(ip))).toBe(holding[0]?.i);
    }
  });
});
