// Where DNS lookups go, and the one sentence that says so at start-up. Every reported host name is
// asked of these resolvers, so the choice decides who learns the names (issue 15): a public
// resolver learns all of them but hides the authority's address from the names' own name
// servers; the machine's own resolvers (`system`) keep the names in house, and the authority's
// network is what the operators' name servers then see.
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { HostPort } from './config-parse.ts';

export const SYSTEM_RESOLVERS = 'system';
export const RESOLV_CONF = '/etc/resolv.conf';

/** How the resolvers were chosen: the built-in public ones, a list given, or this machine's. */
export type ResolverOrigin = 'default-public' | 'configured' | 'system';

/** `nameserver` lines of resolv.conf(5), in order; a link-local scope (`fe80::1%eth0`) is dropped. */
export function parseResolvConf(text: string): HostPort[] {
  const out: HostPort[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    const host = m?.[1]?.replace(/%.*$/, '');
    if (host !== undefined && isIP(host) !== 0) out.push({ host, port: 53 });
  }
  return out;
}

export function readSystemResolvers(file = RESOLV_CONF): HostPort[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`"${SYSTEM_RESOLVERS}" reads the machine's resolvers from ${file}, which cannot be read: ${(err as Error).message}`);
  }
  const servers = parseResolvConf(text);
  if (servers.length === 0) throw new Error(`"${SYSTEM_RESOLVERS}" reads the machine's resolvers from ${file}, which lists no nameserver`);
  return servers;
}

const WHY: Record<ResolverOrigin, string> = {
  'default-public':
    'public resolvers, the default: they learn every reported host name, and the names\' own name servers see the resolver, not this network. HOSTCHAIN_DNS_SERVERS=system uses this machine\'s resolvers instead (names stay in house; the name servers then see this network asking)',
  configured: 'as configured (HOSTCHAIN_DNS_SERVERS or dns.servers): every reported host name is asked of them',
  system: `this machine's resolvers (${RESOLV_CONF}): reported host names stay with them; the names' own name servers see this network's resolvers asking`,
};

/** The start-up line: which resolvers every reported name goes to, and what that means. */
export function describeResolvers(servers: readonly HostPort[], origin: ResolverOrigin): string {
  const list = servers.map((s) => (isIP(s.host) === 6 ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`)).join(', ');
  return `DNS lookups go to ${list} — ${WHY[origin]}`;
}
