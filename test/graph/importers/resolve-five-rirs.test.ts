import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { loadConfig } from '../../../server/config.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { suggestAddressees } from '../../../server/queries/addressees.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { describeRecorded, hasRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { evidenceWhere, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// Real RDAP answers of all five RIRs (read in place), served under each RIR's own prefix and
// reached through the real IANA bootstrap files, rewritten to point at the fixture.
const answer = (f: string) => ({ file: recordedPath('ipwhois-rir-fixtures/extracted', f) });
const CASES = [
  { ip: '62.239.237.1', rir: 'ripe', route: '/ip/62.239.237.0/24', file: 'rdap_ripencc_62.239.237.1.json', block: 'RIPE 62.239.237.0-62.239.237.255', status: 'ASSIGNED PA' },
  { ip: '74.125.225.229', rir: 'arin', route: '/ip/74.125.0.0/16', file: 'rdap_arin_74.125.225.229.json', block: 'ARIN 74.125.0.0-74.125.255.255', status: undefined, holder: 'Google Inc.' },
  { ip: '210.107.73.73', rir: 'apnic', route: '/ip/210.107.0.0/17', file: 'rdap_apnic_210.107.73.73.json', block: 'APNIC 210.107.0.0-210.107.127.255', status: 'ALLOCATED PORTABLE' },
  { ip: '200.57.141.161', rir: 'lacnic', route: '/ip/200.57.141.161/32', file: 'rdap_lacnic_200.57.141.161.json', block: 'LACNIC 200.57.141.161-200.57.141.161', status: 'ALLOCATED', holder: 'Triara.com, S.A. de C.V.' },
  { ip: '196.11.240.215', rir: 'afrinic', route: '/ip/196.11.240.0/24', file: 'rdap_afrinic_196.11.240.215.json', block: 'AFRINIC 196.11.239.0-196.11.246.255', status: 'ASSIGNED PI' },
];

const db = openTestGraph();
let rdap: FixtureRdapServer | undefined;

beforeAll(async () => {
  if (!hasRecorded()) return;
  await resetGraph(db);
  const routes: Record<string, Record<string, { file: string }>> = {};
  for (const c of CASES) routes[c.rir] = { [c.route]: answer(c.file) };
  rdap = await startRdapServer(routes);
  const config = loadConfig({ HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrapFrom(recordedPath('rdap-bootstrap')), HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 200, retries: 0 };
  const io = createSourceIo(config);
  for (const [i, c] of CASES.entries()) await resolveUrl({ url: normalizeUrl(`http://${c.ip}/item`), list: 'rirs', line: i + 1, input: `http://${c.ip}/item` }, { db, io });
});
afterAll(async () => {
  await rdap?.close();
  await db.close();
});

describeRecorded('the registry chain of an address in each of the five RIRs', () => {
  it('asks each address at the RIR that the IANA bootstrap names', () => {
    for (const c of CASES) expect(rdap!.requests.map((r) => r.url), c.rir).toContain(`/${c.rir}/ip/${c.ip}`);
  });

  it("keeps in each first answer's evidence which bootstrap file chose the server", async () => {
    for (const c of CASES) {
      const [first] = await evidenceWhere(db, `.*/${c.rir}/ip/${c.ip.replaceAll('.', '\\.')}`);
      expect(JSON.parse(first!.meta!).bootstrap, c.rir).toMatch(/^ipv4\.json published 2015-08-11T00:09:31Z \(.*ipv4\.json\)$/);
    }
  });

  it('puts each address in the registry object the RIR answers with, with its status', async () => {
    expect(await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_NETBLOCK', to: ['Netblock', 'key'] })).toEqual(new Set(CASES.map((c) => `${c.ip}|${c.block}`)));
    // ARIN's 2013 answer carries no "type" (status); the others do.
    const statuses = await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_NETBLOCK', to: ['Netblock', 'status'] });
    expect(statuses).toEqual(new Set([...CASES.filter((c) => c.status).map((c) => `${c.ip}|${c.status}`), null]));
  });

  it('names the holders the RIRs state', async () => {
    const held = await relsOf(db, { from: ['Netblock', 'key'], type: 'HELD_BY', to: ['Organization', 'name'] });
    for (const c of CASES.filter((x) => x.holder)) expect(held, c.rir).toContain(`${c.block}|${c.holder}`);
  });
});

describeRecorded('the addressee rules on these real chains', () => {
  it('orders the assignment holders outside the EU (BT in GB, AFRINIC ZA) and flags them; asks the allocation holders for the unknown hoster', async () => {
    const a = await suggestAddressees(db, loadRuleTable(), { urls: CASES.map((c) => `http://${c.ip}/item`), material: 'terrorist', homeCountry: 'NL' });
    const rows = a.groups.map((g) => [g.urls[0], g.instrument, g.addressee.country, g.reasons[0]!.ruleId, g.flags.map((f) => f.flag)]);
    expect(rows).toEqual(expect.arrayContaining([
      ['http://62.239.237.1/item', 'removal-order', 'GB', 'removal-to-hoster', ['no-eu-representative']],
      ['http://196.11.240.215/item', 'removal-order', 'ZA', 'removal-to-hoster', ['no-eu-representative']],
      ['http://200.57.141.161/item', 'information-demand', 'MX', 'hoster-unknown-demand-up', []],
      ['http://210.107.73.73/item', 'information-demand', 'KR', 'hoster-unknown-demand-up', []],
      ['http://74.125.225.229/item', 'information-demand', null, 'hoster-unknown-demand-up', []],
    ]));
    expect(a.groups).toHaveLength(5);
    // Each reason rests on the RIR's own recorded answer.
    for (const g of a.groups) expect(g.reasons[0]!.evidenceIds.length).toBeGreaterThan(0);
  });
});
