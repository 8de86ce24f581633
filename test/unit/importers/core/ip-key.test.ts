import { describe, expect, it } from 'vitest';
import { cidrToRange, ipToKey, keyToIp, rangeOf, rangeToCidrs } from '../../../../importers/core/ip-key.ts';

describe('IP range keys', () => {
  it('encode IPv4 inside ::ffff:0:0/96 and IPv6 as itself, 32 hex digits each, reversibly', () => {
    expect(ipToKey('192.0.2.1')).toBe('00000000000000000000ffffc0000201');
    expect(ipToKey('2001:db8::1')).toBe('20010db8000000000000000000000001');
    expect(keyToIp(ipToKey('198.51.100.255'))).toBe('198.51.100.255');
    expect(keyToIp(ipToKey('2001:db8:10::7'))).toBe('2001:db8:10::7');
  });

  it('sort as strings in address order, across both families', () => {
    const ips = ['2001:db8::1', '10.0.0.1', '192.0.2.1', '::1', '203.0.113.9', '2001:db8::'];
    const byKey = [...ips].sort((a, b) => (ipToKey(a) < ipToKey(b) ? -1 : 1));
    expect(byKey).toEqual(['::1', '10.0.0.1', '192.0.2.1', '203.0.113.9', '2001:db8::', '2001:db8::1']);
  });

  it('turn a CIDR into a range with its prefix length', () => {
    expect(cidrToRange('198.51.100.0/24')).toMatchObject({ start: '198.51.100.0', end: '198.51.100.255', family: 4, prefixLength: 24 });
    expect(cidrToRange('2001:db8:10::/48')).toMatchObject({ start: '2001:db8:10::', end: '2001:db8:10:ffff:ffff:ffff:ffff:ffff', family: 6, prefixLength: 48 });
  });

  it('split a range that is not one CIDR into the fewest blocks', () => {
    expect(rangeToCidrs('192.0.2.0', '192.0.2.191')).toEqual(['192.0.2.0/25', '192.0.2.128/26']);
    expect(rangeOf('192.0.2.0', '192.0.2.191').prefixLength).toBeUndefined();
    expect(rangeToCidrs('0.0.0.0', '255.255.255.255')).toEqual(['0.0.0.0/0']);
  });

  it('reject ranges that end before they start or mix families', () => {
    expect(() => rangeOf('192.0.2.9', '192.0.2.1')).toThrow(/ends before it starts/);
    expect(() => rangeOf('192.0.2.1', '2001:db8::1')).toThrow(/mixes IPv4 and IPv6/);
    expect(() => keyToIp('zz')).toThrow(/not an IP range key/);
  });
});
