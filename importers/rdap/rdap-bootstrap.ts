// IANA RDAP bootstrap (RFC 9224): which RDAP service answers for an IP, an ASN or a TLD. Each file
// is read from the configured folder (HOSTCHAIN_RDAP_BOOTSTRAP, or what `hostchain rdap-bootstrap
// refresh` wrote) when it is there, else taken from the bundled snapshot; either way validated, so
// a broken file is reported by name instead of sending queries nowhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { BUNDLED_BOOTSTRAP_ORIGIN, bundledBootstrapFile, type BootstrapFileName } from './bundled-bootstrap.ts';

const bootstrapFile = z.object({
  version: z.string().optional(),
  publication: z.string(),
  description: z.string().optional(),
  services: z.array(z.tuple([z.array(z.string()), z.array(z.string())])),
});

export interface RdapBootstrap {
  /** Publication date per file: recorded in provenance. */
  publication: Record<BootstrapFileName, string>;
  /** Where each file came from: its path, or the bundled snapshot. */
  origin: Record<BootstrapFileName, string>;
  /** "ipv4.json published … (origin)": what an answer's evidence says about how its server was chosen. */
  describe(name: BootstrapFileName): string;
  baseUrlForIp(ip: string): string | undefined;
  baseUrlForAsn(asn: number): string | undefined;
  baseUrlForDomain(domain: string): string | undefined;
  /** Origins of every service the files name, overrides applied, and of the override targets: the RDAP client may contact these. */
  serviceOrigins(): ReadonlySet<string>;
}

type Service = { entries: string[]; urls: string[] };

interface LoadedFile {
  publication: string;
  origin: string;
  services: Service[];
}

function readServices(dir: string, name: BootstrapFileName, useBundled: boolean): LoadedFile {
  const file = path.join(dir, `${name}.json`);
  let json: unknown;
  let origin = file;
  if (existsSync(file)) {
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`RDAP bootstrap ${file}: ${(err as Error).message}`);
    }
  } else if (useBundled) {
    json = bundledBootstrapFile(name);
    origin = BUNDLED_BOOTSTRAP_ORIGIN;
  } else {
    throw new Error(`no RDAP bootstrap file ${file}`);
  }
  const parsed = bootstrapFile.safeParse(json);
  if (!parsed.success) throw new Error(`RDAP bootstrap ${origin}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { publication: parsed.data.publication, origin, services: parsed.data.services.map(([entries, urls]) => ({ entries, urls })) };
}

/** RFC 9224 §3: "https" URLs are preferred over "http" ones; base URLs end with "/". */
function pickUrl(urls: string[], overrides: Record<string, string>): string | undefined {
  const chosen = urls.find((u) => u.startsWith('https:')) ?? urls[0];
  if (chosen === undefined) return undefined;
  const base = chosen.endsWith('/') ? chosen : `${chosen}/`;
  return overrides[base] ?? overrides[chosen] ?? base;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** `useBundled: false` only for checking a downloaded folder, which must hold all four files. */
export function loadRdapBootstrap(dir: string, overrides: Record<string, string> = {}, opts: { useBundled?: boolean } = {}): RdapBootstrap {
  const bundled = opts.useBundled ?? true;
  const files = { asn: readServices(dir, 'asn', bundled), dns: readServices(dir, 'dns', bundled), ipv4: readServices(dir, 'ipv4', bundled), ipv6: readServices(dir, 'ipv6', bundled) };
  const cidrs = [...files.ipv4.services, ...files.ipv6.services].flatMap((s) => s.entries.map((e) => ({ cidr: ipaddr.parseCIDR(e), urls: s.urls })));
  const asns = files.asn.services.flatMap((s) => s.entries.map((e) => ({ range: e.split('-').map(Number) as [number, number?], urls: s.urls })));
  const origins = new Set<string>();
  for (const f of Object.values(files)) for (const svc of f.services) for (const u of svc.urls) for (const x of [u, pickUrl([u], overrides)]) if (x !== undefined) origins.add(originOf(x));
  for (const target of Object.values(overrides)) origins.add(originOf(target));
  origins.delete('');
  return {
    serviceOrigins: () => origins,
    publication: { asn: files.asn.publication, dns: files.dns.publication, ipv4: files.ipv4.publication, ipv6: files.ipv6.publication },
    origin: { asn: files.asn.origin, dns: files.dns.origin, ipv4: files.ipv4.origin, ipv6: files.ipv6.origin },
    describe: (name) => `${name}.json published ${files[name].publication} (${files[name].origin})`,
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
