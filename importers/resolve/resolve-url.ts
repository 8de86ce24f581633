// Resolves one reported URL into its hosting chain, every step an import with its own evidence:
// the list line → DNS (A/AAAA with the CNAME chain, NS and SOA of the registrable domain, PTR of
// each IP, the published CDN ranges holding it) → for each IP, imported bulk data when fresh, else
// its origin AS over DNS and RDAP (or WHOIS) up the registry hierarchy → the domain's registration.
import type { Observation } from '../core/importer.ts';
import { runImport, type ImportDeps, type ImportResult } from '../core/run-import.ts';
import { dnsImporter } from '../dns/dns-importer.ts';
import { registrableDomain, reverseName } from '../dns/dns-names.ts';
import { ipToAsnImporter } from '../routing/ip-to-asn.ts';
import { urlImporter, type UrlInput } from '../url-list/url-importer.ts';
import { resolveDomainRegistration } from './domain-registration.ts';
import { resolveIpChain, type IpChainResult } from './ip-chain.ts';
import { resolveIpChainByWhois } from './ip-chain-whois.ts';
import { ResolveMemo } from './resolve-memo.ts';
import { asnsOfRouteKeys, originAsnsOf, resolveAsHolder } from './as-holder.ts';
import type { DnsQuestion } from '../dns/dns-transport.ts';
import { markCdnFronting, type CdnRangeHit } from '../cloud-ranges/cdn-lookup.ts';
import { resolveFromBulk, type BulkResolution } from './bulk-lookup.ts';
import type { BlockIndex } from './block-index.ts';

export interface UrlResolution {
  url: string;
  ips: string[];
  chains: Record<string, IpChainResult>;
  /** Published CDN / cloud ranges holding each address (from imported lists). */
  cdn: Record<string, CdnRangeHit[]>;
  /** What bulk data stated for each address (then no live registry or origin query was made). */
  bulk: Record<string, BulkResolution>;
  evidence: ImportResult[];
  failures: string[];
  /**
   * Why the host name gave no address, when it gave none: NXDOMAIN or NODATA (answers), or the
   * failure of the lookup (TIMEOUT, SERVFAIL, REFUSED, FAILED). Undefined when it has addresses.
   */
  noAddressState: string | undefined;
}

export interface ResolveDeps extends ImportDeps {
  /** Shared by the URLs of one job; a fresh one per call when absent. */
  memo?: ResolveMemo;
  /** The list line already saved as evidence (a job saves its lines in batches first). */
  listLine?: ImportResult;
  /** Bulk data older than this is not used in place of a live query. */
  bulkMaxAgeMs?: number;
  /** The imported blocks in memory (a job of many URLs loads them once). */
  blockIndex?: BlockIndex | undefined;
}

export async function resolveUrl(input: UrlInput, deps: ResolveDeps): Promise<UrlResolution> {
  const memo = deps.memo ?? new ResolveMemo();
  const dns = (name: string, type: DnsQuestion['type']) => memo.once(`dns|${name}|${type}`, () => runImport(dnsImporter, { name, type }, deps));
  const evidence: ImportResult[] = [deps.listLine ?? (await runImport(urlImporter, input, deps))];
  const n = input.url;
  deps.io.underReport.add(n.hostname);
  const ips = new Set<string>();
  const states: string[] = [];
  if (n.ipVersion !== undefined) ips.add(n.hostname);
  else {
    for (const type of ['A', 'AAAA'] as const) {
      const r = await dns(n.hostname, type);
      evidence.push(r);
      for (const ip of resolvedIps(r.observations)) ips.add(ip);
      states.push(...dnsStatesOf(r.observations, n.hostname));
    }
    for (const ip of ips) deps.io.underReport.add(ip);
    const domain = registrableDomain(n.hostname);
    if (domain !== undefined) {
      for (const type of ['NS', 'SOA'] as const) evidence.push(await dns(domain, type));
      evidence.push(...(await memo.once(`registration|${domain}`, () => resolveDomainRegistration(domain, deps))));
    }
  }
  const chains: Record<string, IpChainResult> = {};
  const cdn: Record<string, CdnRangeHit[]> = {};
  const bulk: Record<string, BulkResolution> = {};
  for (const ip of ips) deps.io.underReport.add(ip);
  for (const ip of ips) {
    evidence.push(await dns(reverseName(ip), 'PTR'));
    cdn[ip] = await memo.once(`cdn|${ip}`, () => markCdnFronting(deps.db, ip, deps.io.now()));
    // Bulk data first: a fresh imported dump or routing table answers without a live query.
    bulk[ip] = await memo.once(`bulk|${ip}`, () => resolveFromBulk(deps.db, ip, deps.io.now(), deps.bulkMaxAgeMs, deps.blockIndex));
    evidence.push(...(await resolveOrigins(ip, bulk[ip].routes, { ...deps, memo })));
    if (bulk[ip].block !== undefined) continue;
    chains[ip] = await memo.once(`chain|${ip}`, () => resolveIpChain(ip, deps));
    evidence.push(...chains[ip].evidence);
    // No RDAP answer at all (no service in the bootstrap, or the service failed): ask WHOIS.
    if (chains[ip].networks.length === 0) evidence.push(...(await memo.once(`whois-chain|${ip}`, () => resolveIpChainByWhois(ip, deps))));
  }
  const failures = evidence.filter((e) => e.status === 'failed').map((e) => `${e.raw.source} ${e.raw.query}: ${e.raw.error ?? 'failed'}`);
  return { url: n.url, ips: [...ips], chains, cdn, bulk, evidence, failures, noAddressState: ips.size > 0 ? undefined : noAddressStateOf(states) };
}

/**
 * The origin AS of an address (fresh bulk routes, else Team Cymru) and then each origin AS's
 * holder over RDAP, once per AS per job: roles v2 compare it with the holders of the blocks.
 */
async function resolveOrigins(ip: string, bulkRoutes: string[], deps: ResolveDeps & { memo: ResolveMemo }): Promise<ImportResult[]> {
  const evidence: ImportResult[] = [];
  let origins = asnsOfRouteKeys(bulkRoutes);
  if (bulkRoutes.length === 0) {
    const origin = await deps.memo.once(`origin|${ip}`, () => runImport(ipToAsnImporter, { ip }, deps));
    evidence.push(origin);
    origins = originAsnsOf(origin.observations);
  }
  for (const asn of origins) {
    const held = await deps.memo.once(`as-holder|${asn}`, () => resolveAsHolder(asn, deps));
    if (held !== undefined) evidence.push(held);
  }
  return evidence;
}

function dnsStatesOf(observations: Observation[], name: string): string[] {
  return observations.flatMap((o) => o.facts.flatMap((f) => (f.kind === 'rel' && f.type === 'DNS_STATE' && f.from.key.name === name ? [String(f.to.key.state)] : [])));
}

/**
 * One word for a name without an address, from its A and AAAA states: NXDOMAIN when either says
 * so; else a failed lookup (the other type may have records nobody saw); else NODATA.
 */
export function noAddressStateOf(states: string[]): string {
  if (states.includes('NXDOMAIN')) return 'NXDOMAIN';
  return states.find((s) => s !== 'NODATA') ?? 'NODATA';
}

function resolvedIps(observations: Observation[]): string[] {
  return observations.flatMap((o) => o.facts.flatMap((f) => (f.kind === 'rel' && f.type === 'RESOLVES_TO' ? [String(f.to.key.address)] : [])));
}
