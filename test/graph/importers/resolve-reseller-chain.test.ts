import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { nodesOf, relPropsOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';

const db = openTestGraph();
let scenario: RunningScenario;

beforeAll(async () => {
  await resetGraph(db);
  scenario = await startResellerChain();
  const io = createSourceIo(scenario.config, () => new Date('2026-11-22T09:00:00Z'));
  const url = normalizeUrl('www.shop.example/x/photo.jpg');
  await resolveUrl({ url, list: 'notices.txt', line: 1, input: 'www.shop.example/x/photo.jpg', caseId: 'case-1' }, { db, io });
});
afterAll(async () => {
  await scenario.close();
  await db.close();
});

describe('resolving a URL on a reseller chain', () => {
  it('follows the CNAME to the address', async () => {
    expect(await relsOf(db, { from: ['Url', 'url'], type: 'ON_HOST', to: ['Hostname', 'name'] })).toEqual(new Set(['http://www.shop.example/x/photo.jpg|www.shop.example']));
    expect(await relsOf(db, { from: ['Hostname', 'name'], type: 'ALIAS_OF', to: ['Hostname', 'name'] })).toEqual(new Set(['www.shop.example|shop.example']));
    expect(await relsOf(db, { from: ['Hostname', 'name'], type: 'RESOLVES_TO', to: ['IpAddress', 'address'] })).toEqual(new Set(['shop.example|198.51.100.7']));
  });

  it('puts the IP in the most specific registry object, not the routed prefix, and walks up to the allocation', async () => {
    expect(await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_NETBLOCK', to: ['Netblock', 'key'] })).toEqual(new Set(['198.51.100.7|RIPE 198.51.100.0-198.51.100.15']));
    expect(await relsOf(db, { from: ['Netblock', 'key'], type: 'WITHIN', to: ['Netblock', 'key'] })).toEqual(
      new Set(['RIPE 198.51.100.0-198.51.100.15|RIPE 198.51.100.0-198.51.100.63', 'RIPE 198.51.100.0-198.51.100.63|RIPE 198.51.100.0-198.51.100.255']),
    );
    expect(await nodesOf(db, 'Netblock', ['status', 'prefixLength'])).toEqual(new Set(['ASSIGNED PA|28', 'SUB-ALLOCATED PA|26', 'ALLOCATED PA|24']));
  });

  it('names hoster, reseller and upstream with their abuse contacts, and not the maintainer', async () => {
    expect(await relsOf(db, { from: ['Netblock', 'status'], type: 'HELD_BY', to: ['Organization', 'name'] })).toEqual(
      new Set(['ASSIGNED PA|Shady Example Hosting', 'SUB-ALLOCATED PA|Example Reseller Ltd', 'ALLOCATED PA|Example Upstream B.V.']),
    );
    expect(await relsOf(db, { from: ['Netblock', 'status'], type: 'ABUSE_CONTACT', to: ['Contact', 'email'] })).toEqual(
      new Set(['ASSIGNED PA|abuse@shady-hosting.example', 'SUB-ALLOCATED PA|abuse@reseller.example', 'ALLOCATED PA|abuse@upstream.example']),
    );
    expect(await nodesOf(db, 'Organization', ['name'])).not.toContain('UPSTREAM-MNT');
  });

  it('records the routed prefix and its origin AS apart from the registry blocks', async () => {
    expect(await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_ROUTE', to: ['Route', 'prefix'] })).toEqual(new Set(['198.51.100.7|198.51.100.0/24']));
    expect(await relsOf(db, { from: ['Route', 'prefix'], type: 'ORIGINATED_BY', to: ['AutonomousSystem', 'number'] })).toEqual(new Set(['198.51.100.0/24|64500']));
  });

  it("names the origin AS's holder over RDAP with the same Organization key as the block it holds", async () => {
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'HELD_BY', to: ['Organization', 'key'] })).toEqual(new Set(['64500|RIPE:ORG-UPS1-RIPE']));
    expect(await relsOf(db, { from: ['Netblock', 'status'], type: 'HELD_BY', to: ['Organization', 'key'] })).toContain('ALLOCATED PA|RIPE:ORG-UPS1-RIPE');
    expect(await nodesOf(db, 'AutonomousSystem', ['number', 'name', 'registry'])).toEqual(new Set(['64500|EXAMPLE-UPSTREAM-AS|RIPE']));
    const [held] = await relPropsOf(db, { from: ['AutonomousSystem', 'number', 64500], type: 'HELD_BY' });
    expect(held).toMatchObject({ source: 'rdap', nameFrom: 'rdap-registrant-fn' });
  });

  it('records the registrar, name server and reverse name beside the chain', async () => {
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTERED_VIA', to: ['Organization', 'key'] })).toEqual(new Set(['shop.example|IANA:9999']));
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'DELEGATED_TO', to: ['Hostname', 'name'] })).toEqual(new Set(['shop.example|ns1.reseller.example']));
    expect(await relsOf(db, { from: ['IpAddress', 'address'], type: 'PTR', to: ['Hostname', 'name'] })).toEqual(new Set(['198.51.100.7|vps7.shady-hosting.example']));
  });

  it('keeps every answer as evidence with its hash, and links facts to it', async () => {
    const evidence = await nodesOf(db, 'Evidence', ['source', 'status']);
    expect(evidence).toEqual(new Set(['user|ok', 'dns|ok', 'rdap|ok']));
    const sources = await nodesOf(db, 'Evidence', ['source', 'query']);
    expect([...sources].filter((s) => s.startsWith('rdap|'))).toEqual(expect.arrayContaining([expect.stringMatching(/\/ripe\/ip\/198\.51\.100\.7$/), expect.stringMatching(/\/ripe\/ip\/198\.51\.100\.0\/27$/), expect.stringMatching(/\/ripe\/ip\/198\.51\.100\.0\/25$/)]));
    expect(await relsOf(db, { from: ['Url', 'url'], type: 'IN_CASE', to: ['Case', 'id'] })).toEqual(new Set(['http://www.shop.example/x/photo.jpg|case-1']));
  });
});

describe('never touching the reported site', () => {
  it('makes no connection to the web port of a host that resolves to a listening address', async () => {
    let connections = 0;
    const web = net.createServer((s) => (connections += 1, s.destroy()));
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
    const port = (web.address() as net.AddressInfo).port;
    try {
      const io = createSourceIo(scenario.config);
      const r = await resolveUrl({ url: normalizeUrl(`http://trap.shop.example:${port}/material`), list: 't', line: 1, input: `http://trap.shop.example:${port}/material` }, { db, io });
      expect(r.ips).toEqual(['127.0.0.1']);
      expect(connections).toBe(0);
    } finally {
      web.close();
    }
  });
});
