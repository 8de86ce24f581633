import { describe, expect, it } from 'vitest';
import { chainReader, partiesAt } from '../../../server/reports/chain-at.ts';
import type { BlockInfo, Timeline } from '../../../server/reports/timeline.ts';

// A name that moves from hoster A to hoster B at t=100, stops resolving at t=200, and is back at A
// from t=300; the blocks are known from t=0.
const block = (key: string, holder: string): [string, BlockInfo] => [key, { status: 'ASSIGNED PA', country: 'NL', within: [], holders: [{ key: holder, name: holder, country: 'NL', registry: 'RIPE', start: 0, end: null }] }];
const tl: Timeline = {
  names: new Map([['site.example', [
    { from: 'site.example', to: '192.0.2.1', alias: false, start: 10, end: 100 },
    { from: 'site.example', to: '192.0.2.129', alias: false, start: 100, end: 200 },
    { from: 'site.example', to: '192.0.2.1', alias: false, start: 300, end: null },
  ]]]),
  addresses: new Map([
    ['192.0.2.1', [{ from: '192.0.2.1', route: false, to: 'A-block', asn: null, asName: null, asCountry: null, originStart: null, originEnd: null, start: 0, end: null }]],
    ['192.0.2.129', [{ from: '192.0.2.129', route: false, to: 'B-block', asn: null, asName: null, asCountry: null, originStart: null, originEnd: null, start: 0, end: null }]],
  ]),
  blocks: new Map([block('A-block', 'ORG-A'), block('B-block', 'ORG-B')]),
  asHolders: new Map(),
};
const host = { host: 'site.example', isIp: false };
const keysAt = (t: number) => partiesAt(tl, host, t).parties.map((p) => `${p.role}:${p.key}`);

describe('the chain of a host at a moment', () => {
  it('names the hoster in force then: A before the move, B after it', () => {
    expect(keysAt(50)).toEqual(['hoster:ORG-A']);
    expect(keysAt(150)).toEqual(['hoster:ORG-B']);
  });

  it('falls back to the nearest observation, and says it is not exact', () => {
    expect(partiesAt(tl, host, 5)).toMatchObject({ exact: false, parties: [{ key: 'ORG-A' }] });
    expect(partiesAt(tl, host, 220)).toMatchObject({ exact: false, parties: [{ key: 'ORG-B' }] });
    expect(partiesAt(tl, host, 290)).toMatchObject({ exact: false, parties: [{ key: 'ORG-A' }] });
  });

  it('gives the same answers from its per-host memory as computed afresh, gaps included', () => {
    const read = chainReader(tl);
    for (const t of [0, 5, 10, 50, 99, 100, 150, 199, 200, 210, 290, 260, 299, 300, 1000]) expect(read(host, t), `t=${t}`).toEqual(partiesAt(tl, host, t));
  });

  it("gives an origin AS without a registered holder the AS's own country", () => {
    const routed: Timeline = { ...tl, addresses: new Map([['192.0.2.1', [
      { from: '192.0.2.1', route: false, to: 'A-block', asn: null, asName: null, asCountry: null, originStart: null, originEnd: null, start: 0, end: null },
      { from: '192.0.2.1', route: true, to: '192.0.2.0/24 AS64500', asn: 64500, asName: 'EXAMPLE-AS', asCountry: 'NL', originStart: 0, originEnd: null, start: 0, end: null },
    ]]]) };
    expect(partiesAt(routed, host, 50).parties.filter((p) => p.role === 'origin')).toEqual([{ key: 'AS64500', name: 'EXAMPLE-AS', country: 'NL', role: 'origin' }]);
  });
});
