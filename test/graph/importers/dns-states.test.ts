import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../importers/core/run-import.ts';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { dnsImporter } from '../../../importers/dns/dns-importer.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { parseZoneFile } from '../../../replay/zone-file.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { evidenceWhere, relPropsOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
const t1 = new Date('2026-11-01T10:00:00Z');
const t2 = new Date('2026-11-20T10:00:00Z');
const zone = (body: string) => parseZoneFile(`$ORIGIN example.\n$TTL 300\n@ IN SOA ns.example. h.example. 1 1 1 1 1\n${body}\n`, { source: 'test' });
const live = zone('site IN A 198.51.100.7');
const gone = zone('other IN A 198.51.100.8');
let dns: FixtureDnsServer;
let config: Config;

/** Two resolvers, the first one dead: a failure must name the one actually asked last. */
beforeAll(async () => {
  dns = await startDnsServer({ zones: [live] });
  config = loadConfig({ HOSTCHAIN_DNS_SERVERS: `127.0.0.1:9,${dns.address}`, HOSTCHAIN_RDAP_BOOTSTRAP: '/nonexistent', HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 300, retries: 1, perSecond: 1000 };
});
beforeEach(async () => {
  await resetGraph(db);
  dns.setZones([live]);
  dns.setMisbehaviour();
});
afterAll(async () => {
  await dns.close();
  await db.close();
});

const ask = (at: Date) => runImport(dnsImporter, { name: 'site.example', type: 'A' }, { db, io: createSourceIo(config, () => at) });
const resolves = (open: boolean) => relsOf(db, { from: ['Hostname', 'name'], type: 'RESOLVES_TO', to: ['IpAddress', 'address'], open });
const states = (open: boolean) => relsOf(db, { from: ['Hostname', 'name'], type: 'DNS_STATE', to: ['DnsState', 'state'], open });

describe('DNS states as facts', () => {
  it('t1 resolves, t2 NXDOMAIN: the address is ended and NXDOMAIN is stated from t2 with its evidence', async () => {
    await ask(t1);
    dns.setZones([gone]);
    const r2 = await ask(t2);
    expect(await resolves(false)).toEqual(new Set(['site.example|198.51.100.7']));
    expect(await resolves(true)).toEqual(new Set());
    expect(await states(true)).toEqual(new Set(['site.example|NXDOMAIN']));
    const [state] = await relPropsOf(db, { from: ['Hostname', 'name', 'site.example'], type: 'DNS_STATE' });
    expect(state).toMatchObject({ recordType: 'A', source: 'dns', evidenceId: r2.evidenceId });
    expect(String(state!.firstSeen)).toMatch(/^2026-11-20T10:00/);
  });

  it('t1 resolves, t2 times out: nothing is ended, the timeout is stated citing the failed evidence', async () => {
    await ask(t1);
    dns.setMisbehaviour({ mode: 'drop' });
    const r2 = await ask(t2);
    expect(r2.status).toBe('failed');
    expect(await resolves(true)).toEqual(new Set(['site.example|198.51.100.7']));
    expect(await resolves(false)).toEqual(new Set());
    expect(await states(true)).toEqual(new Set(['site.example|TIMEOUT']));
    const [state] = await relPropsOf(db, { from: ['Hostname', 'name', 'site.example'], type: 'DNS_STATE' });
    expect(state).toMatchObject({ recordType: 'A', evidenceId: r2.evidenceId });
  });

  it('t1 NXDOMAIN, t2 SERVFAIL: the earlier NXDOMAIN stays open beside SERVFAIL; t3 resolves and ends both', async () => {
    dns.setZones([gone]);
    await ask(t1);
    dns.setMisbehaviour({ mode: 'servfail' });
    await ask(t2);
    expect(await states(true)).toEqual(new Set(['site.example|NXDOMAIN', 'site.example|SERVFAIL']));
    dns.setMisbehaviour();
    dns.setZones([live]);
    await ask(new Date('2026-11-21T10:00:00Z'));
    expect(await states(true)).toEqual(new Set());
    expect(await states(false)).toEqual(new Set(['site.example|NXDOMAIN', 'site.example|SERVFAIL']));
    expect(await resolves(true)).toEqual(new Set(['site.example|198.51.100.7']));
  });

  it('NODATA: the name exists without an AAAA record', async () => {
    await runImport(dnsImporter, { name: 'site.example', type: 'AAAA' }, { db, io: createSourceIo(config, () => t1) });
    expect(await states(true)).toEqual(new Set(['site.example|NODATA']));
  });

  it('a timeout on every resolver names the resolver asked last, not the first configured', async () => {
    dns.setMisbehaviour({ mode: 'drop' });
    await ask(t1);
    const evidence = await evidenceWhere(db, 'site\\.example.*');
    expect(evidence.map((e) => [e.status, e.serverAddress, (JSON.parse(e.meta ?? '{}') as { asked?: string }).asked])).toEqual([['failed', dns.address, `127.0.0.1:9 ${dns.address}`]]);
  });
});
