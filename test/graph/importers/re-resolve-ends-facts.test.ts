import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { parseZoneFile } from '../../../replay/zone-file.ts';
import { relPropsOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { scenarioZones, startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';

const db = openTestGraph();
let scenario: RunningScenario;
const input = { url: normalizeUrl('shop.example/item'), list: 'l', line: 1, input: 'shop.example/item' };
const t1 = new Date('2026-11-01T10:00:00Z');
const t2 = new Date('2026-11-20T10:00:00Z');

beforeAll(async () => {
  await resetGraph(db);
  scenario = await startResellerChain();
  await resolveUrl(input, { db, io: createSourceIo(scenario.config, () => t1) });
  // The site moved: same name, another address (a hoster change after a takedown).
  const moved = readFileSync(path.join(import.meta.dirname, '../../../server/demo/reseller-chain/shop.example.zone'), 'utf8').replace('@     IN A   198.51.100.7', '@     IN A   198.51.100.9');
  scenario.dns.setZones([parseZoneFile(moved, { source: 'moved' }), ...scenarioZones().slice(1)]);
  await resolveUrl(input, { db, io: createSourceIo(scenario.config, () => t2) });
});
afterAll(async () => {
  await scenario.close();
  await db.close();
});

describe('resolving again later', () => {
  it('ends the address the name no longer resolves to and keeps it as history', async () => {
    expect(await relsOf(db, { from: ['Hostname', 'name'], type: 'RESOLVES_TO', to: ['IpAddress', 'address'], open: true })).toEqual(new Set(['shop.example|198.51.100.9']));
    expect(await relsOf(db, { from: ['Hostname', 'name'], type: 'RESOLVES_TO', to: ['IpAddress', 'address'], open: false })).toEqual(new Set(['shop.example|198.51.100.7']));
    const [old, now] = await relPropsOf(db, { from: ['Hostname', 'name', 'shop.example'], type: 'RESOLVES_TO' });
    expect(String(old!.firstSeen)).toMatch(/^2026-11-01T10:00/);
    expect(String(old!.endedAt)).toMatch(/^2026-11-20T10:00/);
    expect(String(now!.firstSeen)).toMatch(/^2026-11-20T10:00/);
    expect(now!.endedAt ?? null).toBeNull();
  });

  it('extends facts that did not change instead of duplicating them', async () => {
    const ns = await relPropsOf(db, { from: ['Domain', 'name', 'shop.example'], type: 'DELEGATED_TO' });
    const dnsEdges = ns.filter((r) => r.source === 'dns');
    expect(dnsEdges).toHaveLength(1);
    expect(String(dnsEdges[0]!.firstSeen)).toMatch(/^2026-11-01/);
    expect(String(dnsEdges[0]!.lastSeen)).toMatch(/^2026-11-20/);
  });
});
