import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { rdapUrlPolicy } from '../../../importers/rdap/rdap-url-policy.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { parseZoneFile } from '../../../replay/zone-file.ts';
import { loadConfig } from '../../../server/config.ts';
import { evidenceWhere } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// A reported name that resolves to a listening loopback address (its "web port"), and an RDAP
// service that answers the address query with a redirect to that port and the domain query with
// a "related" link to it: the client follows neither. Only loopback is used, never a private range.
const db = openTestGraph();
let web: net.Server;
let webPort: number;
let connections = 0;
let dns: FixtureDnsServer;
let rdap: FixtureRdapServer;

beforeAll(async () => {
  await resetGraph(db);
  web = net.createServer((s) => (connections += 1, s.destroy()));
  await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
  webPort = (web.address() as net.AddressInfo).port;
  const zone = `$ORIGIN trap.example.\n$TTL 300\n@ IN SOA ns.trap.example. h.trap.example. 1 3600 900 604800 300\n@ IN NS ns.trap.example.\nwww IN A 127.0.0.1\n`;
  dns = await startDnsServer({ zones: [parseZoneFile(zone, { source: 'trap' })] });
  const domain = { objectClassName: 'domain', ldhName: 'trap.example', rdapConformance: ['rdap_level_0'], links: [{ rel: 'related', type: 'application/rdap+json', href: `http://127.0.0.1:${webPort}/domain/trap.example` }] };
  rdap = await startRdapServer({ ripe: { '/ip/127.0.0.0/8': { redirect: `http://127.0.0.1:${webPort}/ip/127.0.0.1` } }, example: { '/domain/trap.example': { json: domain } } });
  const config = loadConfig({ HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({ ipv4: { ripe: ['127.0.0.0/8'] }, dns: { example: ['example'] } }), HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 300, retries: 0 };
  await resolveUrl({ url: normalizeUrl(`http://www.trap.example:${webPort}/material`), list: 't', line: 1, input: `http://www.trap.example:${webPort}/material` }, { db, io: createSourceIo(config) });
});
afterAll(async () => {
  await Promise.all([dns.close(), rdap.close(), new Promise((r) => web.close(r))]);
  await db.close();
});

describe('RDAP links and redirects', () => {
  it('follows neither a redirect nor a related link to the reported host\'s address: no connection is made', () => {
    expect(connections).toBe(0);
    expect(rdap.requests.map((r) => r.url).sort()).toEqual(['/example/domain/trap.example', '/ripe/ip/127.0.0.1']);
  });

  it('keeps each refused hop as failed evidence that says what was not contacted and why', async () => {
    const refused = (await evidenceWhere(db, `.*`)).filter((e) => e.source === 'rdap' && e.status === 'failed');
    expect(refused.map((e) => e.error)).toEqual(expect.arrayContaining([
      `RDAP_REFUSED: not contacted: http://127.0.0.1:${webPort}/ip/127.0.0.1: 127.0.0.1 is under report: it is never contacted`,
      `RDAP_REFUSED: not contacted: http://127.0.0.1:${webPort}/domain/trap.example: 127.0.0.1 is under report: it is never contacted`,
    ]));
  });
});

describe('the RDAP URL policy', () => {
  const policy = (underReport: string[] = [], resolve = async (_h: string) => ['192.0.2.10']) =>
    rdapUrlPolicy({ trustedOrigins: () => new Set(['https://rdap.db.ripe.net', 'http://127.0.0.1:8081']), underReport: new Set(underReport), resolve });

  it('allows the services of the bootstrap and a registrar\'s public RDAP server', async () => {
    expect(await policy().refusal('https://rdap.db.ripe.net/ip/192.0.2.1')).toBeUndefined();
    expect(await policy().refusal('http://127.0.0.1:8081/ip/192.0.2.1')).toBeUndefined();
    expect(await policy([], async () => ['193.0.6.139']).refusal('https://rdap.registrar.example/domain/x.example')).toBeUndefined();
  });

  it('refuses loopback and private targets, other ports, address literals and hosts under report', async () => {
    expect(await policy().refusal('http://127.0.0.1:8082/ip/1')).toBe('http://127.0.0.1:8082 is not a service of the RDAP bootstrap, and not on the default port');
    expect(await policy().refusal('http://127.0.0.2/ip/1')).toBe("127.0.0.2 is an address, not a service of the RDAP bootstrap or a registrar's RDAP server");
    expect(await policy([], async () => ['10.0.0.7']).refusal('https://rdap.inside.example/x')).toBe('rdap.inside.example resolves to 10.0.0.7, not a public address');
    expect(await policy(['shop.example']).refusal('https://shop.example/rdap')).toBe('shop.example is under report: it is never contacted');
    expect(await policy(['203.0.113.9'], async () => ['203.0.113.9']).refusal('https://rdap.shop-alias.example/x')).toBe('rdap.shop-alias.example resolves to 203.0.113.9, an address under report');
    expect(await policy().refusal('file:///etc/passwd')).toBe('scheme file: is not RDAP');
  });
});
