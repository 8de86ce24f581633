import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { loadConfig } from '../../../server/config.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../replay/whois-server.ts';
import { loadZoneFile } from '../../../replay/zone-file.ts';
import { nodesOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const dir = path.join(import.meta.dirname, '../../scenarios/nl-domain');
const db = openTestGraph();
let dns: FixtureDnsServer;
let whois: FixtureWhoisServers;
let rdap: FixtureRdapServer;

beforeAll(async () => {
  await resetGraph(db);
  dns = await startDnsServer({ zones: [loadZoneFile(path.join(dir, 'example.nl.zone'))] });
  whois = await startWhoisServers({ 'whois.domain-registry.nl': { answers: { 'example.nl': { file: path.join(dir, 'whois-example.nl.txt') } } } });
  rdap = await startRdapServer({});
  const config = loadConfig({ HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_WHOIS_SERVERS: `${whois.envValue()},*=127.0.0.1:9`, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({}), HOSTCHAIN_CONFIG: path.join(dir, 'none.json') });
  config.dns = { ...config.dns, timeoutMs: 300, retries: 0 };
  await resolveUrl({ url: normalizeUrl('www.example.nl/x'), list: 'l', line: 1, input: 'www.example.nl/x' }, { db, io: createSourceIo(config) });
});
afterAll(async () => {
  await Promise.all([dns.close(), whois.close(), rdap.close()]);
  await db.close();
});

describe('a .nl domain', () => {
  it('asks the registry WHOIS through the configured server map', () => {
    expect(whois.queries.map((q) => [q.server, q.query])).toEqual([['whois.domain-registry.nl', 'example.nl']]);
  });

  it('names the registrar and, apart from it, the reseller that sold the domain', async () => {
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTERED_VIA', to: ['Organization', 'name'] })).toEqual(new Set(['example.nl|Example Registrar B.V.']));
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'RESOLD_BY', to: ['Organization', 'name'] })).toEqual(new Set(['example.nl|Example Hosting B.V.']));
  });

  it('keeps the WHOIS answer as evidence, with the server address actually contacted', async () => {
    const ev = await nodesOf(db, 'Evidence', ['source', 'server', 'serverAddress']);
    expect([...ev].filter((e) => e.startsWith('whois|whois.domain-registry.nl|'))).toEqual([`whois|whois.domain-registry.nl|127.0.0.1:${whois.endpoints['whois.domain-registry.nl']!.port}`]);
  });
});
