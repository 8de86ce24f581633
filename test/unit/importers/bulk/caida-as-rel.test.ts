import { describe, expect, it } from 'vitest';
import { readAsRelationships } from '../../../../importers/bulk/caida-as-rel.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';
import { collect, ofKind, tempFiles } from './bulk-files.ts';

const files = tempFiles();
const asRel2 = () => recordedPath('caida-as-relationships', '20210901.as-rel2.excerpt.txt');

const PROJECT_SERIAL1 = [
  '# step 1: set peering in clique',
  '# inferred clique: 64496 64497',
  '64496|64500|-1',
  '64496|64497|0',
  '64497|64501|1',
  '64497|AS64502|-1',
  '64498|64503|-1',
].join('\n');

describe('reading CAIDA AS relationships', () => {
  it('reads serial-1 lines without source; -1 makes the first AS the provider', async () => {
    const items = await collect(readAsRelationships(files.write('20260101.as-rel.txt', PROJECT_SERIAL1)));
    expect(items.slice(0, 3)).toEqual([
      { kind: 'clique', asns: [64496, 64497], line: 2 },
      { kind: 'transit', provider: 64496, customer: 64500, sources: [], line: 3 },
      { kind: 'peering', peerA: 64496, peerB: 64497, sources: [], line: 4 },
    ]);
  });

  it('reports an unknown rel value and a bad AS by field and line, and keeps reading', async () => {
    const items = await collect(readAsRelationships(files.write('bad.as-rel.txt', PROJECT_SERIAL1, { gzip: true })));
    expect(ofKind(items, 'problem')).toEqual([
      { kind: 'problem', line: 5, reason: expect.stringMatching(/^rel: /) },
      { kind: 'problem', line: 6, reason: expect.stringMatching(/^as2: /) },
    ]);
    expect(ofKind(items, 'transit').at(-1)).toMatchObject({ provider: 64498, customer: 64503, line: 7 });
  });
});

describeRecorded('reading the recorded CAIDA serial-2 file (2021-09)', () => {
  it('reads 1|1898|-1|bgp as AS1 provider of AS1898, and 1|8641|0|bgp as peers', async () => {
    const items = await collect(readAsRelationships(asRel2()));
    expect(ofKind(items, 'transit')[0]).toEqual({ kind: 'transit', provider: 1, customer: 1898, sources: ['bgp'], line: 181 });
    expect(ofKind(items, 'peering')[0]).toEqual({ kind: 'peering', peerA: 1, peerB: 8641, sources: ['bgp'], line: 183 });
    expect([ofKind(items, 'transit').length, ofKind(items, 'peering').length, ofKind(items, 'problem').length]).toEqual([12, 10, 0]);
  });

  it('reads the dated source comments, the input clique and the IXP ASes', async () => {
    const items = await collect(readAsRelationships(asRel2()));
    const sources = ofKind(items, 'source');
    expect(sources).toHaveLength(178);
    expect(sources[0]).toEqual({ kind: 'source', method: 'BGP', date: '2021-09-01', project: 'ripe', collector: 'rrc00', line: 1 });
    expect(sources.find((s) => s.project === 'mlp')).toMatchObject({ method: 'looking-glass', date: '2021-09-01', collector: 'lg57056' });
    const [clique] = ofKind(items, 'clique');
    expect([clique!.line, clique!.asns.length, clique!.asns.slice(0, 3)]).toEqual([179, 19, [174, 209, 286]]);
    expect(ofKind(items, 'ixp-ases')[0]!.asns).toHaveLength(28);
  });
});
