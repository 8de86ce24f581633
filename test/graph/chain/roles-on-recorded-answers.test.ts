import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { originQuestion } from '../../../importers/routing/ip-to-asn.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../replay/whois-server.ts';
import { parseZoneFile } from '../../../replay/zone-file.ts';
import { withRoles } from '../../../server/chain/chain-report.ts';
import { loadConfig } from '../../../server/config.ts';
import { suggestAddressees } from '../../../server/queries/addressees.ts';
import { findChainForUrl } from '../../../server/queries/chain.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { describeRecorded, hasRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// test/scenarios/self-announced-allocation/README.md: real ARIN and Team Cymru answers.
const ip = '2001:4860:4860::8888';
const url = `http://[${ip}]/x`;
const db = openTestGraph();
let whois: FixtureWhoisServers | undefined;
let dns: FixtureDnsServer | undefined;

/** The recorded Team Cymru TXT answer for 2001:4860::/32, as dig printed it. */
function recordedCymruAnswer(): string {
  const lines = readFileSync(recordedPath('team-cymru/observed-dns-txt-responses.txt'), 'utf8').split('\n');
  return lines.find((l) => l.startsWith('"15169 |'))!;
}

beforeAll(async () => {
  if (!hasRecorded()) return;
  await resetGraph(db);
  whois = await startWhoisServers({
    'whois.iana.org': { answers: { [ip]: { file: path.join(import.meta.dirname, '../../scenarios/self-announced-allocation/iana-2001-4860.txt') } } },
    'whois.arin.net': { answers: { [`n + ${ip}`]: { file: recordedPath('ipwhois-rir-fixtures/extracted/whois_arin_2001_4860_4860__8888.txt') } } },
  });
  const zone = `$ORIGIN asn.cymru.com.\n$TTL 14400\n@ IN SOA ns.asn.cymru.com. hostmaster.asn.cymru.com. 1 3600 900 604800 60\n${originQuestion(ip)}. IN TXT ${recordedCymruAnswer()}\n`;
  dns = await startDnsServer({ zones: [parseZoneFile(zone, { source: 'cymru' })] });
  const config = loadConfig({ HOSTCHAIN_WHOIS_SERVERS: `${whois.envValue()},*=127.0.0.1:9`, HOSTCHAIN_RDAP_BOOTSTRAP: '/nonexistent-bootstrap', HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 300, retries: 0 };
  await resolveUrl({ url: normalizeUrl(url), list: 'l', line: 1, input: url }, { db, io: createSourceIo(config) });
});
afterAll(async () => {
  await Promise.all([whois?.close(), dns?.close()]);
  await db.close();
});

describeRecorded("a provider's own allocation on real recorded answers", () => {
  it('makes the holder of the Direct Allocation the hoster, inferred from the origin its own registry object names', async () => {
    const chain = withRoles((await findChainForUrl(db, normalizeUrl(url).url))!);
    const [a] = chain.addresses;
    expect(a!.origins.map((o) => [o.asn, o.prefix])).toEqual([[15169, '2001:4860::/32']]);
    expect(a!.blocks.map((b) => [b.role, b.basis, b.holder, b.status, b.registeredOrigins])).toEqual([['hoster', 'inferred', 'Google Inc.', 'DIRECT ALLOCATION', [15169]]]);
    expect(a!.hoster).toMatchObject({ name: 'Google Inc.', basis: 'inferred', asn: 15169, country: 'US', countryFrom: 'organisation' });
    expect(a!.hoster!.why).toContain('announces it from its own AS15169 (the origin its own registry object names)');
  });

  it('proposes the removal order to it (outside the EU, flagged) instead of asking who the hoster is', async () => {
    const s = await suggestAddressees(db, loadRuleTable(), { urls: [normalizeUrl(url).url], material: 'terrorist', homeCountry: 'NL' });
    expect(s.groups.map((g) => [g.instrument, g.addressee.name, g.reasons[0]!.ruleId, g.flags.map((f) => f.flag)])).toEqual([['removal-order', 'Google Inc.', 'removal-to-hoster', ['no-eu-representative']]]);
  });
});
