import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRdapBootstrap } from '../../../../importers/rdap/rdap-bootstrap.ts';
import { refreshRdapBootstrap } from '../../../../importers/rdap/refresh-bootstrap.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../../replay/rdap-server.ts';

let mirror: FixtureRdapServer;
const services = (entries: string[], url: string) => ({ version: '1.0', publication: '2026-11-20T00:00:00Z', services: [[entries, [url]]] });

beforeAll(async () => {
  mirror = await startRdapServer({
    iana: {
      '/rdap/asn.json': { json: services(['64496-64511'], 'https://rdap.example.net/') },
      '/rdap/dns.json': { json: services(['example'], 'https://rdap.example.net/') },
      '/rdap/ipv4.json': { json: services(['198.51.100.0/24'], 'https://rdap.example.net/') },
      '/rdap/ipv6.json': { json: services(['2001:db8::/32'], 'https://rdap.example.net/') },
    },
    broken: { '/rdap/asn.json': { json: { not: 'a bootstrap file' } } },
  });
});
afterAll(() => mirror.close());

describe('refreshing the RDAP bootstrap', () => {
  it('downloads the four IANA files into the configured folder and they route queries', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'hc-boot-')), 'rdap-bootstrap');
    const pub = await refreshRdapBootstrap({ dir, from: `${mirror.urlFor('iana')}rdap/` });
    expect(pub.ipv4).toBe('2026-11-20T00:00:00Z');
    expect(loadRdapBootstrap(dir).baseUrlForIp('198.51.100.7')).toBe('https://rdap.example.net/');
  });

  it('keeps the working bootstrap when a download is broken', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'hc-boot-')), 'rdap-bootstrap');
    await refreshRdapBootstrap({ dir, from: `${mirror.urlFor('iana')}rdap/` });
    await expect(refreshRdapBootstrap({ dir, from: `${mirror.urlFor('broken')}rdap/` })).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['asn.json', 'dns.json', 'ipv4.json', 'ipv6.json']);
    expect(loadRdapBootstrap(dir).baseUrlForAsn(64500)).toBe('https://rdap.example.net/');
  });

  it('uses the bundled IANA snapshot for every file the folder lacks, and says which it used', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-boot-'));
    writeFileSync(path.join(dir, 'ipv4.json'), JSON.stringify(services(['198.51.100.0/24'], 'https://rdap.example.net/')));
    const boot = loadRdapBootstrap(dir);
    // ipv4 from the folder; the rest from the snapshot, which routes real registries.
    expect(boot.baseUrlForIp('198.51.100.7')).toBe('https://rdap.example.net/');
    expect(boot.baseUrlForIp('2a00:1450::1')).toBe('https://rdap.db.ripe.net/');
    expect(boot.baseUrlForDomain('example.com')).toBe('https://rdap.verisign.com/com/v1/');
    expect(boot.baseUrlForDomain('voorbeeld.nl')).toBe('https://rdap.sidn.nl/');
    expect(boot.baseUrlForAsn(3333)).toBe('https://rdap.db.ripe.net/');
    expect(boot.origin.ipv4).toBe(path.join(dir, 'ipv4.json'));
    expect(boot.describe('dns')).toMatch(/^dns\.json published \d{4}-\d\d-\d\dT.* \(bundled snapshot \(npm rdap@\d+\.\d+\.\d+\)\)$/);
  });

  it('names the file when a folder file is broken instead of silently using the snapshot', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-boot-'));
    writeFileSync(path.join(dir, 'dns.json'), '{"services": 3}');
    expect(() => loadRdapBootstrap(dir)).toThrow(/dns\.json: (publication|services)/);
  });
});
