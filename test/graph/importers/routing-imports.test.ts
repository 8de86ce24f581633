import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAsOrganizations, importAsRelationships, importPrefix2As } from '../../../importers/caida/caida-import.ts';
import { importRirDelegated } from '../../../importers/rir-delegated/delegated-import.ts';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { findChainForUrl } from '../../../server/queries/chain.ts';
import { describeRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { nodesOf, relPropsOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const fixture = (f: string) => path.join(import.meta.dirname, '../../fixtures/bulk', f);
const db = openTestGraph();

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('CAIDA routing data', () => {
  it('prefix2as: a route per origin, multi-origin and AS sets marked, the date from the file name', async () => {
    const r = await importPrefix2As({ db, file: fixture('routeviews-rv2-20261101-1200.pfx2as') });
    expect([r.records, r.problemCount, r.dataDate]).toEqual([4, 0, '2026-11-01']);
    expect(await relsOf(db, { from: ['Route', 'key'], type: 'ORIGINATED_BY', to: ['AutonomousSystem', 'number'] })).toEqual(
      new Set(['192.0.2.0/24 AS64500|64500', '198.51.100.0/24 AS64501|64501', '198.51.100.0/24 AS64502|64502', '203.0.113.0/25 AS64503|64503', '203.0.113.0/25 AS64504|64504', '2001:db8::/32 AS64500|64500']),
    );
    expect(await nodesOf(db, 'Route', ['prefix', 'multiOrigin', 'asSet'])).toEqual(new Set(['192.0.2.0/24|false|false', '198.51.100.0/24|true|false', '203.0.113.0/25|false|true', '2001:db8::/32|false|false']));
  });

  it('AS relationships: the first AS of "-1" is the provider; a newer file ends the links it lacks', async () => {
    await importAsRelationships({ db, file: fixture('20261101.as-rel2.txt') });
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'BUYS_TRANSIT_FROM', to: ['AutonomousSystem', 'number'] })).toEqual(new Set(['64496|64500', '64499|64496', '64500|64499']));
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'PEERS_WITH', to: ['AutonomousSystem', 'number'] })).toEqual(new Set(['64500|64497']));
    const newer = await importAsRelationships({ db, file: fixture('20261201.as-rel2.txt') });
    expect([newer.ended, newer.dataDate]).toEqual([1, '2026-12-01']);
    expect((await relPropsOf(db, { from: ['AutonomousSystem', 'number', 64500], type: 'PEERS_WITH' })).map((p) => p.open)).toEqual([false]);
  });

  it('AS-to-organisation: the AS gets its name and holder', async () => {
    await importAsOrganizations({ db, file: fixture('20261001.as-org2info.txt') });
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'HELD_BY', to: ['Organization', 'name'] })).toEqual(new Set(['64500|Example Upstream B.V.']));
    expect(await nodesOf(db, 'AutonomousSystem', ['number', 'name'])).toContain('64500|EXAMPLE-UPSTREAM-AS');
  });

  it("gives an address its origin from RouteViews, the origin's holder and the AS it buys transit from, with no origin query", async () => {
    // No live source can answer: only bulk data can.
    const config = offlineConfig();
    const r = await resolveUrl({ url: normalizeUrl('http://192.0.2.5/x'), list: 'l', line: 1, input: 'http://192.0.2.5/x' }, { db, io: createSourceIo(config, () => new Date(Date.now() + 60_000)) });
    expect(r.bulk['192.0.2.5']!.routes).toEqual(['192.0.2.0/24 AS64500']);
    expect(r.evidence.some((e) => e.raw.query.includes('origin.asn.cymru.com'))).toBe(false);
    const [origin] = (await findChainForUrl(db, 'http://192.0.2.5/x'))!.addresses[0]!.origins;
    expect(origin).toMatchObject({ asn: 64500, name: 'Example Upstream B.V.', prefix: '192.0.2.0/24', source: 'caida', transitProviders: [{ asn: 64499, name: null }] });
  });
});

describeRecorded('real CAIDA and RIR statistics files', () => {
  it('reads the serial-2 excerpt: AS1 is the provider of AS1898 and peers with AS8641', async () => {
    await resetGraph(db);
    const r = await importAsRelationships({ db, file: recordedPath('caida-as-relationships', '20210901.as-rel2.excerpt.txt') });
    expect([r.records, r.problemCount, r.dataDate]).toEqual([22, 0, '2021-09-01']);
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'BUYS_TRANSIT_FROM', to: ['AutonomousSystem', 'number'] })).toContain('1898|1');
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'PEERS_WITH', to: ['AutonomousSystem', 'number'] })).toContain('1|8641');
  });

  it("records RIPE NCC's delegations with country, date and status, skipping space delegated to nobody", async () => {
    const r = await importRirDelegated({ db, file: recordedPath('rir-delegated-stats', 'delegated-ripencc-extended-20130418.excerpt.txt') });
    expect(r.dataset).toBe('RIPE:delegated');
    expect(r.dataDate).toBe('2013-04-18');
    expect(r.problemCount).toBe(0);
    expect(await nodesOf(db, 'Netblock', ['key', 'delegatedCountry', 'delegatedOn', 'delegationStatus'])).toContain('RIPE 5.2.64.0-5.2.79.255|NL|2012-04-27|allocated');
  });
});
