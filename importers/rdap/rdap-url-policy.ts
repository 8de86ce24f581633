// Which URLs the RDAP client may contact. The walk follows links ("up", "related") and HTTP
// redirects that a registry, or anyone answering as one, chooses: followed blindly they reach
// loopback, private networks, or the reported host itself (its port 80 was contacted, and the
// answer kept as registry evidence). Allowed are the services the RDAP bootstrap and the
// configured overrides name (test fixtures on loopback included, since they are configured), and
// otherwise only a public host name on the default port that is neither under report nor
// resolving to an address under report, such as the registrar's RDAP server a registry links to.
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export interface RdapUrlPolicy {
  /** Why the URL may not be contacted, or undefined when it may. */
  refusal(url: string): Promise<string | undefined>;
}

export interface RdapUrlPolicyOptions {
  /** Origins ("https://rdap.db.ripe.net") of the bootstrap's services and the configured overrides. */
  trustedOrigins(): ReadonlySet<string>;
  /** Host names and addresses of the URLs under report: never contacted, whatever links to them. */
  underReport: ReadonlySet<string>;
  /** Resolves a host name to its addresses (the system resolver by default). */
  resolve?: (host: string) => Promise<string[]>;
}

const systemResolve = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

const isPublicUnicast = (address: string) => {
  let a = ipaddr.parse(address);
  if (a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress()) a = (a as ipaddr.IPv6).toIPv4Address();
  return a.range() === 'unicast';
};

export function rdapUrlPolicy(opts: RdapUrlPolicyOptions): RdapUrlPolicy {
  const resolve = opts.resolve ?? systemResolve;
  return {
    async refusal(text) {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return 'not a URL';
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return `scheme ${url.protocol} is not RDAP`;
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase().replace(/\.$/, '');
      // A configured registry service is asked whatever else is true of its host (it serves registry data, not a reported site).
      if (opts.trustedOrigins().has(url.origin)) return undefined;
      if (opts.underReport.has(host)) return `${host} is under report: it is never contacted`;
      if (url.port !== '') return `${url.origin} is not a service of the RDAP bootstrap, and not on the default port`;
      if (ipaddr.isValid(host)) return `${host} is an address, not a service of the RDAP bootstrap or a registrar's RDAP server`;
      let addresses: string[];
      try {
        addresses = await resolve(host);
      } catch (err) {
        return `${host} does not resolve (${(err as Error).message})`;
      }
      const reported = addresses.find((a) => opts.underReport.has(a));
      if (reported !== undefined) return `${host} resolves to ${reported}, an address under report`;
      const inside = addresses.find((a) => !ipaddr.isValid(a) || !isPublicUnicast(a));
      if (inside !== undefined) return `${host} resolves to ${inside}, not a public address`;
      return undefined;
    },
  };
}
