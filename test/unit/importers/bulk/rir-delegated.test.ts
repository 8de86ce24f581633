import { describe, expect, it } from 'vitest';
import { readRirDelegated } from '../../../../importers/bulk/rir-delegated.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';
import { collect, ofKind, tempFiles } from './bulk-files.ts';

const files = tempFiles();
const stats = (name: string) => recordedPath('rir-delegated-stats', name);

const PROJECT_STATS = [
  '# project-made delegated-extended file',
  '2.3|test|20260101|6||20251231|+0000',
  'test|*|ipv4|*|3|summary',
  'test|NL|ipv4|192.0.2.0|192|20260101|allocated|OPAQUE-1',
  'test|NL|ipv4|198.51.100.0|256|2026-01-01|allocated|OPAQUE-1',
  'test|NL|ipv6|2001:db8:8000::|32|20260101|assigned|OPAQUE-2|ext-a|ext-b',
  'test|NL|ipx|203.0.113.0|256|20260101|allocated',
  'test|NL|ipv4|255.255.255.0|512|20260101|allocated',
  'test|zz|asn|64496|16||reserved|',
].join('\n');

describe('reading delegated statistics', () => {
  it('turns a count of 192 addresses into two CIDR blocks', async () => {
    const [first] = ofKind(await collect(readRirDelegated(files.write('s.txt', PROJECT_STATS))), 'delegation');
    expect(first).toMatchObject({ type: 'ipv4', start: '192.0.2.0', end: '192.0.2.191', cidrs: ['192.0.2.0/25', '192.0.2.128/26'], country: 'NL', date: '2026-01-01', opaqueId: 'OPAQUE-1', line: 4 });
  });

  it('reports bad date, type, unaligned IPv6 start and IPv4 overflow by field and line, and keeps the good records', async () => {
    const items = await collect(readRirDelegated(files.write('p.txt', PROJECT_STATS)));
    expect(ofKind(items, 'problem').map((p) => [p.line, p.reason.split(':')[0]])).toEqual([[5, 'date'], [6, 'start'], [7, 'type'], [8, 'value']]);
    expect(ofKind(items, 'delegation').map((d) => d.line)).toEqual([4, 9]);
  });

  it('reads an asn range, ZZ as no country and an empty opaque id, from a gzip file', async () => {
    const items = await collect(readRirDelegated(files.write('s.gz', PROJECT_STATS, { gzip: true })));
    expect(items[0]).toEqual({ kind: 'header', version: '2.3', registry: 'test', serial: '20260101', records: 6, startDate: undefined, endDate: '2025-12-31', utcOffset: '+0000', line: 2 });
    expect(ofKind(items, 'delegation').at(-1)).toEqual({ kind: 'delegation', registry: 'test', country: undefined, type: 'asn', start: 64496, end: 64511, date: undefined, status: 'reserved', opaqueId: undefined, extensions: [], line: 9 });
  });
});

describeRecorded('reading the recorded delegated statistics', () => {
  it('RIPE 2013: header, summaries, and 7-field records without opaque id', async () => {
    const items = await collect(readRirDelegated(stats('delegated-ripencc-extended-20130418.excerpt.txt')));
    expect(items[0]).toEqual({ kind: 'header', version: '2', registry: 'ripencc', serial: '1366322399', records: 111223, startDate: '1983-07-05', endDate: '2013-04-18', utcOffset: '+0200', line: 1 });
    expect(ofKind(items, 'summary').map((s) => [s.type, s.count])).toEqual([['ipv4', 49504], ['asn', 28184], ['ipv6', 33535]]);
    expect(ofKind(items, 'problem')).toEqual([]);
    expect(ofKind(items, 'delegation').find((d) => d.line === 6)).toMatchObject({ country: 'EU', start: '2.16.0.0', end: '2.23.255.255', cidrs: ['2.16.0.0/13'], opaqueId: undefined });
  });

  it('RIPE 2013: 62208 available addresses from 185.1.13.0 span six CIDR blocks', async () => {
    const items = ofKind(await collect(readRirDelegated(stats('delegated-ripencc-extended-20130418.excerpt.txt'))), 'delegation');
    expect(items.find((d) => d.line === 86)).toMatchObject({
      type: 'ipv4', status: 'available', country: undefined, date: undefined, start: '185.1.13.0', end: '185.1.255.255',
      cidrs: ['185.1.13.0/24', '185.1.14.0/23', '185.1.16.0/20', '185.1.32.0/19', '185.1.64.0/18', '185.1.128.0/17'],
    });
  });

  it('APNIC 2013: version 2.3 with empty start date, opaque ids, and a trailing | on reserved space', async () => {
    const items = await collect(readRirDelegated(stats('delegated-apnic-extended-20130417.excerpt.txt')));
    expect(items[0]).toMatchObject({ kind: 'header', version: '2.3', registry: 'apnic', serial: '20130417', startDate: undefined, endDate: '2013-04-16', utcOffset: '+1000', line: 28 });
    const d = ofKind(items, 'delegation');
    expect(d.find((x) => x.type === 'ipv4' && x.start === '1.0.2.0')).toMatchObject({ country: 'CN', end: '1.0.3.255', date: '2011-04-14', status: 'allocated', opaqueId: 'A92E1062' });
    expect(d.find((x) => x.type === 'ipv4' && x.start === '14.1.24.0')).toMatchObject({ country: undefined, status: 'reserved', opaqueId: undefined, cidrs: ['14.1.24.0/21'] });
    expect(d.find((x) => x.type === 'asn' && x.start === 2497)).toMatchObject({ end: 2528, country: 'JP', opaqueId: 'A91A7381' });
  });

  it("RIPE's test file: 4294967295 addresses from 0.0.0.0 (32 blocks), ::/0, and empty country and date", async () => {
    const [v4, v6, asn] = ofKind(await collect(readRirDelegated(stats('delegated-test.txt'))), 'delegation');
    expect(v4).toMatchObject({ start: '0.0.0.0', end: '255.255.255.254', country: undefined, date: '2010-07-12' });
    expect(v4!.type === 'ipv4' && [v4!.cidrs.length, v4!.cidrs[0], v4!.cidrs.at(-1)]).toEqual([32, '0.0.0.0/1', '255.255.255.254/32']);
    expect(v6).toMatchObject({ type: 'ipv6', start: '::', cidrs: ['::/0'], date: undefined });
    expect(asn).toMatchObject({ type: 'asn', start: 102, end: 102, registry: 'test' });
  });
});
