// The WHOIS walk for an address: IANA names the RIR (refer:), the RIR answers with its objects,
// and an ARIN ReferralServer (whois:// or rwhois://, with its port) names the delegate that holds
// the customer's record. Every server is reached through the configured map; referral loops and
// depth are bounded. When ARIN's least specific network in the answer is a customer's block
// (reassigned, reallocated) its provider's block is asked by the Parent: handle, so the upstream
// that rents out the space is found; RIPE-style servers are asked with -L for the same reason.
import { netblockKey } from '../registry/network-facts.ts';
import { runImport, type ImportDeps, type ImportResult } from '../core/run-import.ts';
import { parseReferral, parseWhoisIpAnswer } from '../whois/whois-ip-parse.ts';
import { whoisIpImporter } from '../whois/whois-ip-importer.ts';
import { decodeWhoisText } from '../whois/whois-transport.ts';

const MAX_HOPS = 4;

export async function resolveIpChainByWhois(ip: string, deps: ImportDeps): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const seen = new Set<string>();
  let next: { server: string; port?: number } | undefined = { server: 'whois.iana.org' };
  for (let hop = 0; next !== undefined && hop < MAX_HOPS; hop += 1) {
    const key = `${next.server}:${next.port ?? 43}`;
    if (seen.has(key)) break;
    seen.add(key);
    const r = await runImport(whoisIpImporter, { ip, ...next }, deps);
    results.push(r);
    if (r.status !== 'ok') break;
    if (next.server === 'whois.arin.net') results.push(...(await arinParents(ip, decodeWhoisText(r.raw.body), deps)));
    next = referralOf(decodeWhoisText(r.raw.body), next.server);
  }
  return results;
}

const MAX_PARENTS = 3;
// ARIN NetTypes of a block handed on to a customer: its provider's block sits above it.
const CUSTOMER_BLOCK = /^(REASSIGNED|REALLOCATED)$/;

async function arinParents(ip: string, text: string, deps: ImportDeps): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  let top = parseWhoisIpAnswer(text, 'ARIN').networks[0];
  for (let hop = 0; top?.parentHandle !== undefined && CUSTOMER_BLOCK.test(top.status ?? '') && hop < MAX_PARENTS; hop += 1) {
    const r = await runImport(whoisIpImporter, { ip, server: 'whois.arin.net', handle: top.parentHandle, childKey: netblockKey(top) }, deps);
    results.push(r);
    if (r.status !== 'ok') break;
    top = parseWhoisIpAnswer(decodeWhoisText(r.raw.body), 'ARIN').networks[0];
  }
  return results;
}

function referralOf(text: string, server: string): { server: string; port?: number } | undefined {
  if (server === 'whois.iana.org') {
    const refer = /^(?:refer|whois):\s*(\S+)/im.exec(text)?.[1];
    return refer === undefined ? undefined : { server: refer.toLowerCase() };
  }
  const ref = parseWhoisIpAnswer(text, undefined).referral ?? parseReferral(/ReferralServer:\s*(\S+)/i.exec(text)?.[1] ?? '');
  return ref === undefined ? undefined : { server: ref.host, port: ref.port };
}
