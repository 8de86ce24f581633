// IANA RDAP bootstrap (RFC 9224): which RDAP service answers for an IP, an ASN or a TLD. Loaded
// from a folder (the bundled snapshot, or HOSTCHAIN_RDAP_BOOTSTRAP) and validated, so a broken
// file is reported by name instead of sending queries nowhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

const bootstrapFile = z.object({
  version: z.string().optional(),
  publication: z.string(),
  description: z.string().optional(),
  services: z.array(z.tuple([z.array(z.string()), z.array(z.string())])),
});

export interface RdapBootstrap {
  /** Publication date per file: recorded in provenance. */
  publication: Record<'asn' | 'dns' | 'ipv4' | 'ipv6', string>;
  baseUrlForIp(ip: string): string | undefined;
  baseUrlForAsn(asn: number): string | undefined;
  baseUrlForDomain(domain: string): string | undefined;
}

type Service = { entries: string[]; urls: string[] };

function readServices(dir: string, name: string): { publication: string; services: Service[] } {
  const file = path.join(dir, `${name}.json`);
  let json: unknown;
  if (!existsSync(file)) {
    throw new Error(`no RDAP bootstrap file ${file}: run "hostchain rdap-bootstrap refresh" (online) or set HOSTCHAIN_RDAP_BOOTSTRAP to a folder holding IANA's asn.json, dns.json, ipv4.json and ipv6.json`);
  }
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`RDAP bootstrap ${file}: ${(err as Error).message}`);
  }
  const parsed = bootstrapFile.safeParse(json);
  if (!parsed.success) throw new Error(`RDAP bootstrap ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { publication: parsed.data.publication, services: parsed.data.services.map(([entries, urls]) => ({ entries, urls })) };
}

/** RFC 9224 §3: "https" URLs are preferred over "http" ones; base URLs end with "/". */
function pickUrl(urls: string[], overrides: Record<string, string>): string | undefined {
  const chosen = urls.find((u) => u.startsWith('https:')) ?? urls[0];
  if (chosen === undefined) return undefined;
  const base = chosen.endsWith('/') ? chosen : `${chosen}/`;
  return overrides[base] ?? overrides[chosen] ?? base;
}

export function loadRdapBootstrap(dir: string, overrides: Record<string, string> = {}): RdapBootstrap {
  const files = { asn: readServices(dir, 'asn'), dns: readServices(dir, 'dns'), ipv4: readServices(dir, 'ipv4'), ipv6: readServices(dir, 'ipv6') };
  const cidrs = [...files.ipv4.services, ...files.ipv6.services].flatMap((s) => s.entries.map((e) => ({ cidr: ipaddr.parseCIDR(e), urls: s.urls })));
  const asns = files.asn.services.flatMap((s) => s.entries.map((e) => ({ range: e.split('-').map(Number) as [number, number?], urls: s.urls })));
  return {
    publication: { asn: files.asn.publication, dns: files.dns.publication, ipv4: files.ipv4.publication, ipv6: files.ipv6.publication },
    baseUrlForIp(ip) {
      let addr = ipaddr.parse(ip);
      if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
      // Longest match wins (RFC 9224 §5.1).
      const hits = cidrs.filter((c) => c.cidr[0].kind() === addr.kind() && addr.match(c.cidr)).sort((a, b) => b.cidr[1] - a.cidr[1]);
      return hits[0] === undefined ? undefined : pickUrl(hits[0].urls, overrides);
    },
    baseUrlForAsn(asn) {
      const hit = asns.find(({ range: [lo, hi] }) => asn >= lo && asn <= (hi ?? lo));
      return hit === undefined ? undefined : pickUrl(hit.urls, overrides);
    },
    baseUrlForDomain(domain) {
      const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
      // Longest matching label sequence (RFC 9224 §4): "co.uk" before "uk".
      for (let i = 0; i < labels.length; i += 1) {
        const suffix = labels.slice(i).join('.');
        const svc = files.dns.services.find((s) => s.entries.includes(suffix));
        if (svc !== undefined) return pickUrl(svc.urls, overrides);
      }
      return undefined;
    },
  };
}
