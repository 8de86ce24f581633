// Issue 15, "Where lookups go": the resolvers learn every reported host name, so the configuration
// offers the machine's own and the start-up line says which are used.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { describeResolvers, parseResolvConf } from '../../../server/config-resolvers.ts';

const dirWith = (files: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-resolvers-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
};

const RESOLV = '# generated\nsearch corp.example\nnameserver 10.0.0.53\nnameserver fe80::53%eth0\noptions edns0\nnameserver not-an-address\n';

describe('which resolvers DNS lookups go to', () => {
  it('reads the nameserver lines of resolv.conf, in order, without a link-local scope', () => {
    expect(parseResolvConf(RESOLV)).toEqual([{ host: '10.0.0.53', port: 53 }, { host: 'fe80::53', port: 53 }]);
  });

  it('uses the machine\'s resolvers when HOSTCHAIN_DNS_SERVERS is "system"', () => {
    const dir = dirWith({ 'resolv.conf': RESOLV });
    writeFileSync(path.join(dir, 'hostchain.config.json'), JSON.stringify({ dns: { resolvConf: path.join(dir, 'resolv.conf') } }));
    const cfg = loadConfig({ HOSTCHAIN_DNS_SERVERS: 'system' }, dir);
    expect(cfg.dns).toMatchObject({ servers: [{ host: '10.0.0.53', port: 53 }, { host: 'fe80::53', port: 53 }], serversFrom: 'system' });
  });

  it('takes "system" from the configuration file as well', () => {
    const dir = dirWith({ 'resolv.conf': 'nameserver 192.0.2.53\n' });
    writeFileSync(path.join(dir, 'hostchain.config.json'), JSON.stringify({ dns: { servers: 'system', resolvConf: path.join(dir, 'resolv.conf') } }));
    expect(loadConfig({}, dir).dns).toMatchObject({ servers: [{ host: '192.0.2.53', port: 53 }], serversFrom: 'system' });
  });

  it('says "system" cannot work when resolv.conf lists no nameserver', () => {
    const dir = dirWith({ 'resolv.conf': 'search corp.example\n' });
    writeFileSync(path.join(dir, 'hostchain.config.json'), JSON.stringify({ dns: { resolvConf: path.join(dir, 'resolv.conf') } }));
    expect(() => loadConfig({ HOSTCHAIN_DNS_SERVERS: 'system' }, dir)).toThrow(/lists no nameserver/);
  });

  it('tells at start-up that the default public resolvers learn every reported name, and how to keep them in house', () => {
    const cfg = loadConfig({}, dirWith({}));
    const line = describeResolvers(cfg.dns.servers, cfg.dns.serversFrom);
    expect(line).toMatch(/^DNS lookups go to 9\.9\.9\.9:53, 1\.1\.1\.1:53 — public resolvers, the default: they learn every reported host name/);
    expect(line).toContain('HOSTCHAIN_DNS_SERVERS=system');
  });

  it('names configured resolvers as configured', () => {
    const cfg = loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:5353,[::1]:53' }, dirWith({}));
    expect(describeResolvers(cfg.dns.servers, cfg.dns.serversFrom)).toMatch(/^DNS lookups go to 127\.0\.0\.1:5353, \[::1\]:53 — as configured/);
  });
});
