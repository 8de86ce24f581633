// Names as the graph keys them: lower-case ASCII without the root dot; the registrable domain by
// the Public Suffix List, both sections: a name under a private suffix (x.uk.com, x.eu.org,
// x.co.pl, a platform's foo.github.io) is its own domain, not its suffix's. Where its registration
// is asked is decided apart (registrationTarget), since a private suffix's operator is no registry.
import { getDomain, parse } from 'tldts';
import ipaddr from 'ipaddr.js';

export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/\.+$/, '');
}

export function registrableDomain(hostname: string): string | undefined {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? undefined;
}

/** The private suffix a registrable domain sits under ("uk.com" for x.uk.com), and the ICANN-section domain above it. */
export function privateSuffixOf(domain: string): { suffix: string; icannDomain: string | undefined } | undefined {
  const p = parse(domain, { allowPrivateDomains: true });
  if (p.isPrivate !== true || p.publicSuffix === null) return undefined;
  return { suffix: p.publicSuffix, icannDomain: getDomain(domain, { allowPrivateDomains: false }) ?? undefined };
}

/** in-addr.arpa / ip6.arpa name of an address, for PTR questions (RFC 1035 §3.5, RFC 3596 §2.5). */
export function reverseName(ip: string): string {
  const addr = ipaddr.parse(ip);
  if (addr.kind() === 'ipv4') return `${addr.toByteArray().reverse().join('.')}.in-addr.arpa`;
  const nibbles = (addr as ipaddr.IPv6).toByteArray().flatMap((b) => [b >> 4, b & 15]);
  return `${nibbles.reverse().map((n) => n.toString(16)).join('.')}.ip6.arpa`;
}

/** The address a reverse name stands for, or undefined when it is not one. */
export function addressOfReverseName(name: string): string | undefined {
  const n = canonicalName(name);
  if (n.endsWith('.in-addr.arpa')) {
    const parts = n.slice(0, -'.in-addr.arpa'.length).split('.');
    return parts.length === 4 ? parts.reverse().join('.') : undefined;
  }
  if (n.endsWith('.ip6.arpa')) {
    const nib = n.slice(0, -'.ip6.arpa'.length).split('.').reverse().join('');
    if (nib.length !== 32) return undefined;
    return ipaddr.parse(nib.match(/.{4}/g)!.join(':')).toString();
  }
  return undefined;
}

export function canonicalIp(ip: string): string {
  return ipaddr.parse(ip).toString();
}
