// The WHOIS fallback (no RDAP) finds the block above the most specific one: RIPE-style servers are
// asked with -L (all less specific objects), ARIN's customer block has its Parent: asked by handle.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveIpChainByWhois } from '../../../importers/resolve/ip-chain-whois.ts';
import { loadConfig } from '../../../server/config.ts';
import { hasRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../replay/whois-server.ts';
import { relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const dir = path.join(import.meta.dirname, '../../scenarios/whois-less-specific');
const file = (f: string) => ({ file: path.join(dir, f) });
const db = openTestGraph();
let whois: FixtureWhoisServers;

beforeAll(async () => {
  await resetGraph(db);
  whois = await startWhoisServers({
    'whois.iana.org': { answers: { '198.51.100.7': file('iana-198.51.100.7.txt'), '192.0.2.7': file('iana-192.0.2.7.txt'), '210.107.73.73': { text: 'refer:        whois.apnic.net\n\ninetnum:      210.0.0.0 - 210.255.255.255\norganisation: APNIC\nwhois:        whois.apnic.net\n' } } },
    'whois.arin.net': { answers: { 'n + 198.51.100.7': file('arin-n-198.51.100.7.txt'), 'n ! NET-198-51-100-0-1': file('arin-net-198-51-100-0-1.txt') }, notFound: { text: 'No match found for n + x.\n' } },
    'whois.ripe.net': { answers: { '-L 192.0.2.7': file('ripe-L-192.0.2.7.txt') } },
    // A recorded APNIC answer with the allocation and the block inside it, served for the -L question.
    ...(hasRecorded() ? { 'whois.apnic.net': { answers: { '-L 210.107.73.73': { file: recordedPath('ipwhois-rir-fixtures/extracted/whois_apnic_210.107.73.73.txt') } } } } : {}),
  });
  const config = loadConfig({ HOSTCHAIN_WHOIS_SERVERS: `${whois.envValue()},*=127.0.0.1:9`, HOSTCHAIN_RDAP_BOOTSTRAP: '/nonexistent-bootstrap', HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  const io = createSourceIo(config);
  await resolveIpChainByWhois('198.51.100.7', { db, io });
  await resolveIpChainByWhois('192.0.2.7', { db, io });
  if (hasRecorded()) await resolveIpChainByWhois('210.107.73.73', { db, io });
});
afterAll(async () => {
  await whois.close();
  await db.close();
});

describe('ARIN: a reassigned block whose provider block is not in the answer', () => {
  it("asks the Parent: by handle with ARIN's handle query", () => {
    expect(whois.queries.filter((q) => q.server === 'whois.arin.net').map((q) => q.query)).toEqual(['n + 198.51.100.7', 'n ! NET-198-51-100-0-1']);
  });

  it('puts the customer block within the provider block, each with its holder', async () => {
    expect(await relsOf(db, { from: ['Netblock', 'handle'], type: 'WITHIN', to: ['Netblock', 'handle'] })).toContain('NET-198-51-100-0-2|NET-198-51-100-0-1');
    const held = await relsOf(db, { from: ['Netblock', 'handle'], type: 'HELD_BY', to: ['Organization', 'name'] });
    expect([...held].filter((t) => t.startsWith('NET-')).sort()).toEqual(['NET-198-51-100-0-1|Example Upstream Inc.', 'NET-198-51-100-0-2|Small Hoster LLC']);
  });

  it('keeps the address in the customer block, not in the parent', async () => {
    expect([...(await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_NETBLOCK', to: ['Netblock', 'handle'] }))].filter((t) => t.startsWith('198.'))).toEqual(['198.51.100.7|NET-198-51-100-0-2']);
  });
});

describe('RIPE: all less specific objects (-L)', () => {
  it('asks with -L and finds the allocation above the assignment, without the whole-space placeholder', async () => {
    expect(whois.queries.filter((q) => q.server === 'whois.ripe.net').map((q) => q.query)).toEqual(['-L 192.0.2.7']);
    expect([...(await relsOf(db, { from: ['Netblock', 'name'], type: 'WITHIN', to: ['Netblock', 'name'] }))].filter((t) => t.startsWith('EXAMPLE-') || t.includes('IANA'))).toEqual(['EXAMPLE-RESELLER|EXAMPLE-LIR-NET']);
    expect([...(await relsOf(db, { from: ['Netblock', 'name'], type: 'HELD_BY', to: ['Organization', 'name'] }))].filter((t) => /^EXAMPLE-(LIR|RESELLER)/.test(t)).sort()).toEqual(['EXAMPLE-LIR-NET|Example LIR B.V.', 'EXAMPLE-RESELLER|Example Reseller B.V.']);
  });
});

describe.runIf(hasRecorded())('APNIC: a recorded answer to -L', () => {
  it('asks APNIC with -L and keeps the KRNIC-era block within the wider APNIC allocation', async () => {
    expect(whois.queries.filter((q) => q.server === 'whois.apnic.net').map((q) => q.query)).toEqual(['-L 210.107.73.73']);
    expect([...(await relsOf(db, { from: ['Netblock', 'name'], type: 'WITHIN', to: ['Netblock', 'name'] }))].filter((t) => t.startsWith('BORANET'))).toEqual(['BORANET-NET-210-107|BORANET-KR']);
  });
});
