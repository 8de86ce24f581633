import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../replay/whois-server.ts';
import { parseZoneFile } from '../../../replay/zone-file.ts';
import { withRoles } from '../../../server/chain/chain-report.ts';
import { formatChainText } from '../../../server/chain/format-chain.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { findChainForUrl } from '../../../server/queries/chain.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// A .nl shop whose name resolved (t1), then was deleted and went into quarantine at the registry
// (t2): the name no longer exists in DNS, the registry names only the last registrar and the date
// out of quarantine. The chain says all of this in words, with the last known chain beside it.
const scenarios = path.join(import.meta.dirname, '../../scenarios');
const URL_TEXT = 'http://gone.nl/shop';
const zone = (withShop: boolean) =>
  parseZoneFile(`$ORIGIN nl.\n$TTL 300\n@ IN SOA ns1.dns.nl. hostmaster.dns.nl. 1 3600 900 604800 300\n@ IN NS ns1.dns.nl.\n${withShop ? 'gone IN A 198.51.100.7\n' : ''}`, { source: 'nl' });

const db = openTestGraph();
let dns: FixtureDnsServer;
let whois: FixtureWhoisServers;
let rdap: FixtureRdapServer;
let config: Config;
let answer = readFileSync(path.join(scenarios, 'nl-domain/whois-example.nl.txt'), 'utf8').replaceAll('example.nl', 'gone.nl');

async function resolveAt(at: string): Promise<void> {
  await resolveUrl({ url: normalizeUrl(URL_TEXT), list: 'l', line: 1, input: URL_TEXT }, { db, io: createSourceIo(config, () => new Date(at)) });
}

beforeAll(async () => {
  await resetGraph(db);
  dns = await startDnsServer({ zones: [zone(true)] });
  whois = await startWhoisServers({ 'whois.domain-registry.nl': () => ({ text: answer }) });
  rdap = await startRdapServer({});
  config = loadConfig({ HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_WHOIS_SERVERS: `${whois.envValue()},*=127.0.0.1:9`, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({}), HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 300, retries: 0 };
  config.whois = { ...config.whois, cacheFreshnessHours: 0, perSecond: 1000 };
  await resolveAt('2026-11-01T10:00:00Z');
  dns.setZones([zone(false)]);
  answer = readFileSync(path.join(scenarios, 'registry-states/whois-gone.nl-quarantine.txt'), 'utf8');
  await resolveAt('2026-11-21T10:00:00Z');
});
afterAll(async () => {
  await Promise.all([dns.close(), whois.close(), rdap.close()]);
  await db.close();
});

describe('a .nl domain in quarantine whose name no longer resolves', () => {
  it('states the quarantine, its end and the last registrar, each with the answer that stated it', async () => {
    const c = withRoles((await findChainForUrl(db, normalizeUrl(URL_TEXT).url))!);
    expect(c.domain).toMatchObject({ registrar: 'Example Registrar B.V.', registrarIsLast: true, stateUntil: '2026-12-30T10:00:00', nameservers: [] });
    expect(c.domain!.states.map((s) => [s.state, s.since])).toEqual([['quarantine', '2026-11-21T10:00:00Z']]);
    const text = formatChainText(c);
    expect(text).toContain('registrar Example Registrar B.V. (the last registrar, as the registry names it)');
    expect(text).toContain('registry state: in quarantine: deleted and held by the registry; only the last registrar can restore it (since 2026-11-21T10:00:00Z, until 2026-12-30T10:00:00)');
  });

  it('says the name does not resolve, and shows the last known chain with the moment it ended', async () => {
    const c = withRoles((await findChainForUrl(db, normalizeUrl(URL_TEXT).url))!);
    expect(c.addresses).toEqual([]);
    expect(c.dnsStates.map((s) => [s.name, s.recordType, s.state])).toEqual([['gone.nl', 'A', 'NXDOMAIN'], ['gone.nl', 'AAAA', 'NXDOMAIN']]);
    expect(formatChainText(c)).toContain('state     gone.nl A: does not resolve: the name does not exist (NXDOMAIN) (since 2026-11-21T10:00:00Z');
    expect(c.lastKnown?.endedAt).toBe('2026-11-21T10:00:00Z');
    expect(c.lastKnown!.chain.addresses.map((a) => a.address)).toEqual(['198.51.100.7']);
  });
});
