// A generated world for the resolve bench, the size of the TU Delft monitor's sample: 200
// registrable domains, 600 hosts, 3,000 URLs, on 48 addresses in documentation space under a
// three-level registry hierarchy, served by the loopback fixture servers with a realistic delay.
import { startDnsServer, type FixtureDnsServer } from '../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../replay/rdap-server.ts';
import { parseZoneFile } from '../replay/zone-file.ts';

export const DOMAINS = 200;
export const URLS = 3000;
const ip = (d: number) => `198.51.100.${(d % 48) + 1}`;

function zoneText(d: number): string {
  return [`$ORIGIN d${d}.example.`, '$TTL 300', `@ IN SOA ns1.dns.example. hostmaster.dns.example. 1 3600 900 604800 300`, '@ IN NS ns1.dns.example.', `@ IN A ${ip(d)}`, 'www IN CNAME @', `cdn IN A ${ip(d + 7)}`].join('\n');
}

function network(start: string, end: string, status: string, holder: string): unknown {
  const ent = (handle: string, roles: string[], fn: string, email?: string) => ({ objectClassName: 'entity', handle, roles, vcardArray: ['vcard', [['fn', {}, 'text', fn], ['kind', {}, 'text', 'org'], ...(email ? [['email', {}, 'text', email]] : [])]] });
  return { objectClassName: 'ip network', handle: `${start} - ${end}`, startAddress: start, endAddress: end, ipVersion: 'v4', name: holder.toUpperCase().replace(/\W+/g, '-'), type: status, country: 'NL', port43: 'whois.ripe.net', entities: [ent(`ORG-${holder.length}-RIPE`, ['registrant'], holder), ent(`AB-${holder.length}`, ['abuse'], 'abuse', `abuse@${holder.toLowerCase().replace(/\W+/g, '')}.example`)] };
}

function rdapRoutes(): Parameters<typeof startRdapServer>[0] {
  const ripe: Record<string, { json: unknown }> = { '/ip/198.51.100.0/24': { json: network('198.51.100.0', '198.51.100.255', 'ALLOCATED PA', 'Upstream') } };
  for (let s = 0; s < 4; s += 1) ripe[`/ip/198.51.100.${s * 64}/26`] = { json: network(`198.51.100.${s * 64}`, `198.51.100.${s * 64 + 63}`, 'SUB-ALLOCATED PA', `Reseller ${s}`) };
  for (let a = 0; a < 16; a += 1) ripe[`/ip/198.51.100.${a * 16}/28`] = { json: network(`198.51.100.${a * 16}`, `198.51.100.${a * 16 + 15}`, 'ASSIGNED PA', `Hoster ${a}`) };
  const registry: Record<string, { json: unknown }> = {};
  for (let d = 0; d < DOMAINS; d += 1) {
    registry[`/domain/d${d}.example`] = { json: { objectClassName: 'domain', ldhName: `d${d}.example`, status: ['active'], entities: [{ objectClassName: 'entity', handle: String(9000 + (d % 5)), roles: ['registrar'], vcardArray: ['vcard', [['fn', {}, 'text', `Registrar ${d % 5}`]]] }] } };
  }
  return { ripe, registry };
}

export interface World {
  dns: FixtureDnsServer;
  rdap: FixtureRdapServer;
  bootstrapDir: string;
  urls: string[];
  close(): Promise<void>;
}

export async function startWorld(delay: { dnsMs: number; rdapMs: number }): Promise<World> {
  const zones = Array.from({ length: DOMAINS }, (_, d) => parseZoneFile(zoneText(d), { source: `d${d}` }));
  const dns = await startDnsServer({ zones, misbehave: delay.dnsMs > 0 ? { mode: 'slow', delayMs: delay.dnsMs } : undefined });
  const rdap = await startRdapServer(rdapRoutes(), { misbehave: delay.rdapMs > 0 ? { mode: 'slow', delayMs: delay.rdapMs } : undefined });
  const bootstrapDir = rdap.writeBootstrap({ ipv4: { ripe: ['198.51.100.0/24'] }, dns: { registry: ['example'] } });
  const hosts = ['', 'www.', 'cdn.'];
  const urls = Array.from({ length: URLS }, (_, i) => `http://${hosts[i % 3]}d${Math.floor(i / 15)}.example/item/${i}`);
  return { dns, rdap, bootstrapDir, urls, close: async () => (await dns.close(), await rdap.close()) };
}
