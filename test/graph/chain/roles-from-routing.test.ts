import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { parseZoneFile } from '../../../replay/zone-file.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { chainParties } from '../../../server/chain/chain-parties-list.ts';
import { withRoles, type ChainReport } from '../../../server/chain/chain-report.ts';
import { formatChainText } from '../../../server/chain/format-chain.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { suggestAddressees } from '../../../server/queries/addressees.ts';
import { findChainForUrl } from '../../../server/queries/chain.ts';
import { findHostingTimeline } from '../../../server/reports/hosting-timeline.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// test/scenarios/roles-from-routing/README.md draws the three moments.
const DUMP = path.join(import.meta.dirname, '../../fixtures/bulk/ripe-roles-from-routing.db');
const URL_TEXT = 'http://www.moving.example/x';
const T1 = new Date('2026-11-01T10:00:00Z');
const T2 = new Date('2026-11-10T10:00:00Z');
const T3 = new Date('2026-11-20T10:00:00Z');

const zone = (www: string | undefined) =>
  parseZoneFile(
    `$ORIGIN moving.example.\n$TTL 300\n@ IN SOA ns1.moving.example. hostmaster.moving.example. 1 3600 900 604800 300\n@ IN NS ns1.moving.example.\nns1 IN A 192.0.2.53\n${www === undefined ? '' : `www IN A ${www}\n`}`,
    { source: 'moving.example' },
  );

const db = openTestGraph();
let dns: FixtureDnsServer;
let rdap: FixtureRdapServer;
let config: Config;

async function resolveAt(at: Date): Promise<void> {
  await resolveUrl({ url: normalizeUrl(URL_TEXT), list: 'l', line: 1, input: URL_TEXT }, { db, io: createSourceIo(config, () => at) });
}
const chainAt = async (at?: Date): Promise<ChainReport> => withRoles((await findChainForUrl(db, normalizeUrl(URL_TEXT).url, { at }))!);
const hosterOf = (c: ChainReport) => c.addresses.map((a) => (a.hoster === undefined ? 'none' : `${a.hoster.name} (${a.hoster.basis})`));
const suggest = () => suggestAddressees(db, loadRuleTable(), { urls: [normalizeUrl(URL_TEXT).url], material: 'csam', homeCountry: 'NL' });

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: DUMP, now: () => new Date('2026-10-31T06:00:00Z') });
  dns = await startDnsServer({ zones: [zone('198.51.100.10')] });
  // No RDAP answers: the imported dump is the registry data (and no live RDAP is asked for it).
  rdap = await startRdapServer({});
  config = loadConfig({ HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({ ipv4: { ripe: ['198.51.100.0/24', '203.0.113.0/24'] } }), HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 300, retries: 0 };
});
afterAll(async () => {
  await Promise.all([dns.close(), rdap.close()]);
  await db.close();
});

describe('a cloud provider announcing its own allocation', () => {
  beforeAll(() => resolveAt(T1));

  it('is the hoster, inferred from its own AS announcing the block, with its reason and evidence', async () => {
    const c = await chainAt();
    expect(hosterOf(c)).toEqual(['Example Cloud B.V. (inferred)']);
    expect(c.addresses[0]!.hoster!.why).toBe('Example Cloud B.V. holds 198.51.100.0/24 (ALLOCATED PA), the most specific registry object covering 198.51.100.10, with no assignment below it, and announces it from its own AS64496 (Example Cloud B.V.) (held by the same registry organisation)');
    expect(chainParties(c).filter((p) => p.role === 'hoster').map((p) => [p.name, p.basis, p.country, p.countryFrom, p.abuse])).toEqual([['Example Cloud B.V.', 'inferred', 'NL', 'organisation', ['abuse@cloud.example']]]);
  });

  it('gets the removal order instead of a demand for an unknown hoster', async () => {
    const s = await suggest();
    expect(s.groups.map((g) => [g.instrument, g.addressee.name, g.reasons[0]!.ruleId])).toEqual([['removal-order', 'Example Cloud B.V.', 'removal-to-hoster']]);
    expect(s.groups[0]!.reasons[0]!.text).toMatch(/: it is the hosting service provider that stores the material \(read from registry and routing data together\)\.$/);
  });
});

describe('the site moved to leased space', () => {
  beforeAll(async () => {
    dns.setZones([zone('203.0.113.10')]);
    await resolveAt(T2);
  });

  it('names the announcing network as the presumed hoster and the registry holder as its lessor', async () => {
    const c = await chainAt();
    expect(hosterOf(c)).toEqual(['Example Lessee Ltd (presumed)']);
    expect(c.addresses[0]!.blocks.map((b) => [b.role, b.basis, b.holder])).toEqual([['lessor', 'presumed', 'Example Lessor B.V.']]);
    expect(formatChainText(c)).toContain('hoster    Example Lessee Ltd [SC: organisation]  presumed, announces from AS64501');
  });

  it('orders the presumed hoster, saying it is presumed, and asks the lessor to confirm its customer', async () => {
    const s = await suggest();
    expect(s.groups.map((g) => [g.instrument, g.addressee.name, g.reasons[0]!.ruleId])).toEqual([
      ['removal-order', 'Example Lessee Ltd', 'removal-to-hoster'],
      ['information-demand', 'Example Lessor B.V.', 'hoster-presumed-confirm-lessor'],
    ]);
    expect(s.groups[0]!.reasons[0]!.text).toContain('it is presumed to be the hosting service provider');
    expect(s.groups[0]!.flags.map((f) => f.flag)).toEqual(['no-eu-representative']);
  });
});

describe('the name stops resolving', () => {
  beforeAll(async () => {
    dns.setZones([zone(undefined)]);
    await resolveAt(T3);
  });

  it('shows no address now, and the last known chain with the moment it ended', async () => {
    const c = await chainAt();
    expect(c.addresses).toEqual([]);
    expect(c.lastKnown?.endedAt).toBe('2026-11-20T10:00:00Z');
    expect(hosterOf(c.lastKnown!.chain)).toEqual(['Example Lessee Ltd (presumed)']);
    const text = formatChainText(c);
    expect(text).toContain('LAST KNOWN CHAIN: in force until 2026-11-20T10:00:00Z, when the name stopped resolving to it');
    expect(text).toContain('  address   none in force since 2026-11-20T10:00:00Z: the name no longer resolves to an address (the last known chain is below)');
    expect(text).toContain('|   hoster    Example Lessee Ltd [SC: organisation]');
  });

  it('still proposes the order to the hoster of record, flagged as resting on the last known chain', async () => {
    const s = await suggest();
    expect(s.unresolved).toEqual([]);
    const order = s.groups.find((g) => g.instrument === 'removal-order')!;
    expect(order.addressee.name).toBe('Example Lessee Ltd');
    expect(order.flags.map((f) => f.flag)).toContain('last-known-chain');
    expect(order.flags.find((f) => f.flag === 'last-known-chain')!.reason.text).toContain('it stopped at 2026-11-20T10:00:00Z');
  });
});

describe('the chain as it was on a date', () => {
  it('gives the hoster before and after the move from the fact intervals', async () => {
    expect(hosterOf(await chainAt(new Date('2026-11-05T00:00:00Z')))).toEqual(['Example Cloud B.V. (inferred)']);
    expect(hosterOf(await chainAt(new Date('2026-11-15T00:00:00Z')))).toEqual(['Example Lessee Ltd (presumed)']);
    expect((await chainAt(new Date('2026-10-01T00:00:00Z'))).addresses).toEqual([]);
  });

  it('lists the hosting periods with their dates: the move and the end', async () => {
    const periods = await findHostingTimeline(db, { host: 'www.moving.example', isIp: false });
    expect(periods.map((p) => [p.from.toISOString(), p.to?.toISOString() ?? null, p.resolved, p.hosters.map((h) => h.name), p.addresses])).toEqual([
      ['2026-11-01T10:00:00.000Z', '2026-11-10T10:00:00.000Z', true, ['Example Cloud B.V.'], ['198.51.100.10']],
      ['2026-11-10T10:00:00.000Z', '2026-11-20T10:00:00.000Z', true, ['Example Lessee Ltd'], ['203.0.113.10']],
      ['2026-11-20T10:00:00.000Z', null, false, [], []],
    ]);
  });
});
