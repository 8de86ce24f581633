// Loads the reseller-chain scenario into loopback fixture servers and returns a configuration
// that points every importer at them.
import path from 'node:path';
import { loadConfig, type Config } from '../../config.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { loadZoneFile, type Zone } from '../../../replay/zone-file.ts';

const dir = import.meta.dirname;
const file = (name: string) => ({ file: path.join(dir, 'rdap', name) });

/** The CDN's published range list (Cloudflare's plain-text shape) and the provider it names. */
export const CDN_RANGES_FILE = path.join(dir, 'cdn-ranges.txt');
export const CDN_PROVIDER = 'Example CDN';

export interface RunningScenario {
  dns: FixtureDnsServer;
  rdap: FixtureRdapServer;
  config: Config;
  close(): Promise<void>;
}

export function scenarioZones(): Zone[] {
  return ['shop.example.zone', 'reverse.zone', 'cymru.zone', 'clips.example.zone', 'cdn.example.zone', 'reverse-cdn.zone'].map((f) => loadZoneFile(path.join(dir, f)));
}

export async function startResellerChain(): Promise<RunningScenario> {
  const dns = await startDnsServer({ zones: scenarioZones() });
  const rdap = await startRdapServer({
    ripe: {
      '/ip/198.51.100.0/24': file('allocation.json'), '/ip/198.51.100.0/26': file('sub-allocation.json'), '/ip/198.51.100.0/28': file('assignment.json'),
      '/ip/203.0.113.0/24': file('cdn-edge.json'),
      '/autnum/64500': file('autnum-64500.json'), '/autnum/64501': file('autnum-64501.json'),
    },
    registry: { '/domain/shop.example': file('domain-shop.example.json'), '/domain/clips.example': file('domain-clips.example.json') },
  });
  const bootstrap = rdap.writeBootstrap({ ipv4: { ripe: ['198.51.100.0/24', '203.0.113.0/24'] }, asn: { ripe: ['64496-64511'] }, dns: { registry: ['example'] } });
  const config = loadConfig({ HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: bootstrap, HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: path.join(dir, 'no-such-config.json') });
  config.dns = { ...config.dns, timeoutMs: 500, retries: 1, perSecond: 1000 };
  config.rdap = { ...config.rdap, timeoutMs: 2000, perSecond: 1000 };
  return { dns, rdap, config, close: async () => (await dns.close(), await rdap.close()) };
}
