// Walks the registry hierarchy above an address over RDAP: first the most specific object covering
// the IP (often the reseller's or the site hoster's assignment), then each enclosing object up to
// the RIR allocation (the upstream that rents out the space). The routed BGP prefix is not used
// for this on purpose: it hides the sub-allocations that name the reseller.
import type { Observation } from '../core/importer.ts';
import { runImport, type ImportDeps, type ImportResult } from '../core/run-import.ts';
import { rdapImporter } from '../rdap/rdap-importer.ts';
import { isRirAllocation } from '../registry/block-status.ts';
import { netblockKey } from '../registry/network-facts.ts';
import type { RegistryNetwork } from '../registry/registry-network.ts';
import { cidrToRange, rangeToCidrs } from '../core/ip-key.ts';

const MAX_LEVELS = 8;

export interface IpChainResult {
  networks: RegistryNetwork[];
  evidence: ImportResult[];
  /** Why the walk stopped: reached an allocation, no RDAP service, a failed answer, depth. */
  stoppedBecause: string;
}

export async function resolveIpChain(ip: string, deps: ImportDeps): Promise<IpChainResult> {
  let base: string | undefined;
  let via: string | undefined;
  try {
    base = deps.io.rdap.bootstrap.baseUrlForIp(ip);
    via = deps.io.rdap.bootstrap.describe(ip.includes(':') ? 'ipv6' : 'ipv4');
  } catch (err) {
    // No usable bootstrap: say so and let the caller fall back to WHOIS.
    return { networks: [], evidence: [], stoppedBecause: (err as Error).message };
  }
  if (base === undefined) return { networks: [], evidence: [], stoppedBecause: `no RDAP service for ${ip} in the bootstrap` };
  const networks: RegistryNetwork[] = [];
  const evidence: ImportResult[] = [];
  let url = `${base}ip/${ip}`;
  let childKey: string | undefined;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    const res = await runImport(rdapImporter, { url, kind: 'ip', forIp: level === 0 ? ip : undefined, childKey, bootstrap: level === 0 ? via : undefined }, deps);
    evidence.push(res);
    if (res.status !== 'ok') return { networks, evidence, stoppedBecause: `${url}: ${res.raw.error ?? 'failed'}` };
    const net = networkOf(res.observations);
    if (net === undefined || networks.some((n) => netblockKey(n) === netblockKey(net))) return { networks, evidence, stoppedBecause: 'no enclosing object' };
    networks.push(net);
    if (isRirAllocation(net.status)) return { networks, evidence, stoppedBecause: `reached the allocation (${net.status})` };
    const parent = parentQuery(net, base);
    if (parent === undefined) return { networks, evidence, stoppedBecause: 'no wider block to ask for' };
    url = parent;
    childKey = netblockKey(net);
  }
  return { networks, evidence, stoppedBecause: `stopped after ${MAX_LEVELS} levels` };
}

function networkOf(observations: Observation[]): (RegistryNetwork & { upLink?: string | undefined }) | undefined {
  for (const o of observations) if (o.subject?.kind === 'network') return o.subject.network;
  return undefined;
}

/**
 * The enclosing object: the "up" link when the server gives one (RFC 9083 §4.2), else the most
 * specific object for the block one bit wider than the smallest CIDR holding this range: the
 * registry answers with the next object up.
 */
function parentQuery(net: RegistryNetwork & { upLink?: string | undefined }, base: string): string | undefined {
  if (net.upLink) return net.upLink;
  const cidrs = rangeToCidrs(net.start, net.end);
  const wider = Math.min(...cidrs.map((c) => Number(c.split('/')[1]))) - 1;
  if (wider < 1) return undefined;
  return `${base}ip/${cidrToRange(`${net.start}/${wider}`).start}/${wider}`;
}
