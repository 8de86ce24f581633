import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, whoisEndpoint } from '../../../server/config.ts';

const emptyDir = () => mkdtempSync(path.join(tmpdir(), 'hostchain-config-'));

describe('configuration from the environment', () => {
  it('points DNS at the comma-separated resolvers of HOSTCHAIN_DNS_SERVERS', () => {
    const cfg = loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:5353, [::1]:5354,10.0.0.53' }, emptyDir());
    expect(cfg.dns.servers).toEqual([
      { host: '127.0.0.1', port: 5353 },
      { host: '::1', port: 5354 },
      { host: '10.0.0.53', port: 53 },
    ]);
  });

  it('maps every WHOIS server name, including referrals, through HOSTCHAIN_WHOIS_SERVERS', () => {
    const cfg = loadConfig({ HOSTCHAIN_WHOIS_SERVERS: 'whois.ripe.net=127.0.0.1:4343,*=127.0.0.1:4444' }, emptyDir());
    expect(whoisEndpoint(cfg, 'WHOIS.RIPE.NET')).toEqual({ host: '127.0.0.1', port: 4343 });
    expect(whoisEndpoint(cfg, 'rwhois.example.net', 4321)).toEqual({ host: '127.0.0.1', port: 4444 });
  });

  it('connects to the real server name on port 43 when no map entry matches', () => {
    const cfg = loadConfig({}, emptyDir());
    expect(whoisEndpoint(cfg, 'whois.arin.net')).toEqual({ host: 'whois.arin.net', port: 43 });
  });

  it('takes NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and HOSTCHAIN_RDAP_BOOTSTRAP as they are', () => {
    const cfg = loadConfig(
      { NEO4J_URI: 'neo4j://cluster.example:7687', NEO4J_USER: 'hc', NEO4J_PASSWORD: 's3cret', HOSTCHAIN_RDAP_BOOTSTRAP: '/srv/bootstrap' },
      emptyDir(),
    );
    expect(cfg.neo4j).toMatchObject({ uri: 'neo4j://cluster.example:7687', user: 'hc', password: 's3cret' });
    expect(cfg.rdap.bootstrapDir).toBe('/srv/bootstrap');
  });

  it('names the variable and the bad entry when a value is wrong', () => {
    expect(() => loadConfig({ HOSTCHAIN_WHOIS_SERVERS: 'whois.ripe.net=127.0.0.1:4343,broken' }, emptyDir())).toThrow(
      /HOSTCHAIN_WHOIS_SERVERS=.*entry 2 "broken": expected name=host:port/,
    );
    expect(() => loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:99999' }, emptyDir())).toThrow(/HOSTCHAIN_DNS_SERVERS.*port must be 1-65535/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' }, emptyDir())).toThrow(/neo4j\.uri: must be a neo4j:\/\/ or bolt:\/\/ URI/);
  });
});

describe('configuration from a file', () => {
  it('reads hostchain.config.json and lets the environment override it', () => {
    const dir = emptyDir();
    writeFileSync(path.join(dir, 'hostchain.config.json'), JSON.stringify({ whois: { timeoutMs: 2000 }, dns: { servers: [{ host: '192.0.2.53', port: 53 }] } }));
    const cfg = loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:5353' }, dir);
    expect(cfg.whois.timeoutMs).toBe(2000);
    expect(cfg.whois.perSecond).toBe(1);
    expect(cfg.dns.servers).toEqual([{ host: '127.0.0.1', port: 5353 }]);
  });

  it('names the file and the field path of an invalid value', () => {
    const dir = emptyDir();
    const file = path.join(dir, 'custom.json');
    writeFileSync(file, JSON.stringify({ rdap: { timeoutMs: -5 } }));
    const err = (() => {
      try {
        loadConfig({ HOSTCHAIN_CONFIG: file }, dir);
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.message).toContain(file);
    expect(err?.message).toMatch(/rdap\.timeoutMs: /);
  });

  it('reports a file that is not JSON with its name', () => {
    const dir = emptyDir();
    writeFileSync(path.join(dir, 'hostchain.config.json'), '{ not json');
    expect(() => loadConfig({}, dir)).toThrow(/hostchain\.config\.json/);
  });
});
