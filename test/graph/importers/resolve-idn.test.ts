import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { loadConfig } from '../../../server/config.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { loadZoneFile } from '../../../replay/zone-file.ts';
import { nodesOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
let dns: FixtureDnsServer;
let rdap: FixtureRdapServer;

beforeAll(async () => {
  await resetGraph(db);
  dns = await startDnsServer({ zones: [loadZoneFile(path.join(import.meta.dirname, '../../scenarios/idn/xn--bcher-kva.example.zone'))] });
  rdap = await startRdapServer({});
  const config = loadConfig({ HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({}), HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  const raw = 'HTTPS://Bücher.example/ä?x=1';
  await resolveUrl({ url: normalizeUrl(raw), list: 'idn', line: 1, input: raw }, { db, io: createSourceIo(config) });
});
afterAll(async () => {
  await Promise.all([dns.close(), rdap.close()]);
  await db.close();
});

describe('an IDN domain', () => {
  it('is asked in DNS by its A-label and keyed by it, with the Unicode form kept for display', async () => {
    expect(dns.queries.map((q) => q.name.toLowerCase())).toContain('xn--bcher-kva.example');
    expect(await nodesOf(db, 'Url', ['url'])).toEqual(new Set(['https://xn--bcher-kva.example/%C3%A4?x=1']));
    expect(await nodesOf(db, 'Hostname', ['name', 'unicodeName'])).toContain('xn--bcher-kva.example|bücher.example');
    expect(await relsOf(db, { from: ['Hostname', 'name'], type: 'RESOLVES_TO', to: ['IpAddress', 'address'] })).toEqual(new Set(['xn--bcher-kva.example|203.0.113.20']));
    expect(await relsOf(db, { from: ['Hostname', 'name'], type: 'IN_DOMAIN', to: ['Domain', 'name'] })).toContain('xn--bcher-kva.example|xn--bcher-kva.example');
  });
});
