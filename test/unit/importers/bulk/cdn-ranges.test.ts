import { describe, expect, it } from 'vitest';
import { readCdnRanges, type CdnRangeItem } from '../../../../importers/bulk/cdn-ranges.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';
import { collect, ofKind, tempFiles } from './bulk-files.ts';

const files = tempFiles();
const list = (name: string) => recordedPath('cloud-cdn-ranges', name);
const read = (file: string, provider?: string): Promise<CdnRangeItem[]> => collect(readCdnRanges(file, { provider }));

const AWS_SHAPED = JSON.stringify({
  syncToken: '1767225600',
  createDate: '2026-01-01-00-00-00',
  prefixes: [
    { ip_prefix: '192.0.2.0/24', region: 'GLOBAL', service: 'AMAZON' },
    { ip_prefix: '198.51.100.7/24', region: 'eu-west-1', service: 'EC2' },
    { region: 'eu-west-1', service: 'EC2' },
  ],
  ipv6_prefixes: [{ ipv6_prefix: '2001:db8::/32', region: 'GLOBAL', service: 'CLOUDFRONT' }],
});

describe('reading CDN and cloud range lists', () => {
  it('reports bad JSON entries by their path and keeps the good ones, from a gzip file', async () => {
    const items = await read(files.write('ip-ranges.json.gz', AWS_SHAPED, { gzip: true }));
    expect(ofKind(items, 'problem')).toEqual([
      { kind: 'problem', line: undefined, path: 'prefixes[1].ip_prefix', reason: expect.stringMatching(/^prefixes\[1\]\.ip_prefix: host bits set/) },
      { kind: 'problem', line: undefined, path: 'prefixes[2].ip_prefix', reason: 'prefixes[2].ip_prefix: not a string' },
    ]);
    expect(ofKind(items, 'range').map((r) => [r.cidr, r.service, r.region, r.path])).toEqual([
      ['192.0.2.0/24', 'AMAZON', 'GLOBAL', 'prefixes[0].ip_prefix'],
      ['2001:db8::/32', 'CLOUDFRONT', 'GLOBAL', 'ipv6_prefixes[0].ipv6_prefix'],
    ]);
  });

  it('reads a plain list with comments, names it by the provider option and reports a bad line', async () => {
    const items = await read(files.write('ips.txt', '# project list\n192.0.2.0/24\n\n198.51.100.0/33\n2001:db8::/32'), 'ExampleCDN');
    expect(items).toEqual([
      { kind: 'list', provider: 'ExampleCDN', version: undefined, createdAt: undefined },
      { kind: 'range', provider: 'ExampleCDN', cidr: '192.0.2.0/24', line: 2 },
      { kind: 'problem', line: 4, path: undefined, reason: expect.stringMatching(/^cidr: prefix length 33/) },
      { kind: 'range', provider: 'ExampleCDN', cidr: '2001:db8::/32', line: 5 },
    ]);
  });

  it('refuses a text list without a provider option', async () => {
    await expect(read(files.write('anon.txt', '192.0.2.0/24\n'))).rejects.toThrow(/provider option/);
  });
});

describeRecorded('reading the recorded range lists', () => {
  it('Cloudflare v4: 15 ranges including 104.16.0.0/13, and 131.0.72.0/22 on the last line without newline', async () => {
    const ranges = ofKind(await read(list('cloudflare-v4-ip-ranges.txt'), 'Cloudflare'), 'range');
    expect(ranges).toHaveLength(15);
    expect(ranges[11]).toEqual({ kind: 'range', provider: 'Cloudflare', cidr: '104.16.0.0/13', line: 12 });
    expect(ranges.at(-1)).toEqual({ kind: 'range', provider: 'Cloudflare', cidr: '131.0.72.0/22', line: 15 });
  });

  it('AWS 2021: 5340 + 1041 rows, the sync token, and 13.32.0.0/15 under both AMAZON and CLOUDFRONT', async () => {
    const items = await read(list('aws-ip-ranges.2021-07-28.json'));
    expect(items[0]).toEqual({ kind: 'list', provider: 'AWS', version: '1627314253', createdAt: '2021-07-26-15-44-13' });
    const ranges = ofKind(items, 'range');
    expect([ranges.length, ofKind(items, 'problem').length]).toEqual([6381, 0]);
    expect(ranges.filter((r) => r.cidr === '13.32.0.0/15').map((r) => [r.service, r.region, r.path])).toEqual([
      ['AMAZON', 'GLOBAL', 'prefixes[755].ip_prefix'],
      ['CLOUDFRONT', 'GLOBAL', 'prefixes[4025].ip_prefix'],
    ]);
    expect(ranges[5340]).toMatchObject({ cidr: '2a05:d07a:a000::/40', region: 'eu-south-1', path: 'ipv6_prefixes[0].ipv6_prefix' });
  });

  it('Google: cloud.json entries carry service and scope, goog.json entries neither', async () => {
    const cloud = ofKind(await read(list('google-cloud-ip-ranges.json')), 'range');
    expect(cloud).toHaveLength(782);
    expect(cloud[360]).toMatchObject({ provider: 'Google', cidr: '34.1.224.0/19', service: 'Google Cloud', region: 'europe-west4' });
    const goog = await read(list('goog.json'));
    expect(goog[0]).toEqual({ kind: 'list', provider: 'Google', version: '1714053903689', createdAt: '2024-04-25T07:05:03.68994' });
    expect(ofKind(goog, 'range').find((r) => r.cidr === '8.8.8.0/24')).toEqual({ kind: 'range', provider: 'Google', cidr: '8.8.8.0/24', service: undefined, region: undefined, path: 'prefixes[1].ipv4Prefix' });
  });

  it('Fastly: 19 IPv4 and 2 IPv6 blocks, 151.101.0.0/16 among them', async () => {
    const ranges = ofKind(await read(list('fastly-ip-ranges.json')), 'range');
    expect([ranges.length, ranges.filter((r) => r.cidr.includes(':')).length]).toEqual([21, 2]);
    expect(ranges.find((r) => r.cidr === '151.101.0.0/16')?.path).toBe('addresses[9]');
  });

  it('Azure service tags: change number 363 and the 192 AzureFrontDoor.Frontend prefixes under their tag', async () => {
    const items = await read(list('microsoft-servicetags-public.excerpt.json'));
    expect(items[0]).toEqual({ kind: 'list', provider: 'Azure', version: '363', createdAt: undefined });
    const frontDoor = ofKind(items, 'range').filter((r) => r.tag === 'AzureFrontDoor.Frontend');
    expect(frontDoor).toHaveLength(192);
    expect(frontDoor[0]).toEqual({ kind: 'range', provider: 'Azure', cidr: '4.232.98.112/29', service: undefined, region: undefined, tag: 'AzureFrontDoor.Frontend', path: 'values[2].properties.addressPrefixes[0]' });
  });

  it('DigitalOcean geofeed CSV: country, ISO 3166-2 region and city per prefix', async () => {
    const ranges = ofKind(await read(list('digitalocean.csv'), 'DigitalOcean'), 'range');
    expect(ranges).toHaveLength(1182);
    expect(ranges[670]).toEqual({ kind: 'range', provider: 'DigitalOcean', cidr: '164.90.192.0/20', country: 'NL', region: 'NL-NH', city: 'Amsterdam', line: 671 });
    expect(ranges.at(-1)).toMatchObject({ cidr: '2a03:b0c0:3:f0::/64', country: 'DE', region: 'DE-HE', city: 'Frankfurt', line: 1182 });
  });
});
