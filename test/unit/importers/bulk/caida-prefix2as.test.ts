import { describe, expect, it } from 'vitest';
import { readPrefix2As } from '../../../../importers/bulk/caida-prefix2as.ts';
import { collect, ofKind, tempFiles } from './bulk-files.ts';

const files = tempFiles();

// No real pfx2as file is recorded (DATA-FORMATS §3.2); the first line is the real sample line
// quoted there, the others use documentation prefixes and AS numbers.
const PROJECT_PFX2AS = [
  '1.1.8.0\t24\t149511_138421',
  '192.0.2.0\t24\t64496',
  '198.51.100.0\t24\t64497,64498',
  '203.0.113.0\t25\t64499_64500,64501',
  '2001:db8::\t32\t64502',
  '203.0.113.1\t24\t64503',
  '203.0.113.128\t25\tAS64504',
  '203.0.113.128\t25',
  '203.0.113.128\t25\t64505',
].join('\n');

describe('reading RouteViews prefix2as', () => {
  it('reads single, multi-origin (_) and AS-set (,) origins', async () => {
    const records = ofKind(await collect(readPrefix2As(files.write('p.pfx2as', PROJECT_PFX2AS))), 'prefix-origin');
    expect(records.slice(0, 5).map((r) => [r.prefix, r.origins, r.multiOrigin, r.asSet])).toEqual([
      ['1.1.8.0/24', [149511, 138421], true, false],
      ['192.0.2.0/24', [64496], false, false],
      ['198.51.100.0/24', [64497, 64498], false, true],
      ['203.0.113.0/25', [64499, 64500, 64501], true, true],
      ['2001:db8::/32', [64502], false, false],
    ]);
  });

  it('reports host bits, a non-numeric origin and a missing column by field and line, then goes on', async () => {
    const items = await collect(readPrefix2As(files.write('bad.pfx2as', PROJECT_PFX2AS)));
    expect(ofKind(items, 'problem').map((p) => [p.line, p.reason.split(':')[0]])).toEqual([[6, 'prefix'], [7, 'origins'], [8, 'line']]);
    expect(ofKind(items, 'prefix-origin').at(-1)).toEqual({ kind: 'prefix-origin', prefix: '203.0.113.128/25', origins: [64505], asSet: false, multiOrigin: false, line: 9 });
  });

  it('reads the daily .pfx2as.gz as published', async () => {
    const items = await collect(readPrefix2As(files.write('routeviews-rv2-20260101-1200.pfx2as.gz', PROJECT_PFX2AS, { gzip: true })));
    expect(ofKind(items, 'prefix-origin')).toHaveLength(6);
  });
});
