// A configuration in which no live source can answer: DNS and WHOIS on a closed loopback port and
// an RDAP bootstrap that names no service. Tests of imported bulk data use it to show that a
// chain came from the import alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/config.ts';

export function offlineConfig(): Config {
  const boot = mkdtempSync(path.join(tmpdir(), 'hc-boot-'));
  for (const f of ['asn', 'dns', 'ipv4', 'ipv6']) writeFileSync(path.join(boot, `${f}.json`), JSON.stringify({ publication: '2026-11-01T00:00:00Z', services: [] }));
  const config = loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_RDAP_BOOTSTRAP: boot, HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 100, retries: 0 };
  return config;
}
