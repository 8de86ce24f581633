// Strict reading of the addresses and CIDR blocks the bulk files carry. ipaddr.js alone accepts
// inet_aton forms ("1.2.3" is 1.2.0.3, "010.0.0.1" is octal), which would turn a typo into a
// different network; here IPv4 must be four decimal octets (leading zeros read as decimal, as
// registries pad them: "074.125.000.000").
import ipaddr from 'ipaddr.js';
import { cidrToRange } from '../core/ip-key.ts';

const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** One address in canonical text (IPv6 compressed, lower case); throws with the reason. */
export function strictAddress(text: string): string {
  const t = text.trim();
  if (t.includes(':')) {
    if (!ipaddr.IPv6.isValid(t) || t.includes('%')) throw new Error(`not an IPv6 address: ${JSON.stringify(text)}`);
    return ipaddr.IPv6.parse(t).toString();
  }
  const m = DOTTED_QUAD.exec(t);
  const octets = m ? m.slice(1).map(Number) : [];
  if (octets.length !== 4 || octets.some((o) => o > 255)) throw new Error(`not an IPv4 address: ${JSON.stringify(text)}`);
  return octets.join('.');
}

/** "prefix/len" in canonical text; a block with host bits set is refused, not silently masked. */
export function canonicalCidr(text: string): string {
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m) throw new Error(`not a CIDR block: ${JSON.stringify(text)}`);
  return cidrOf(m[1]!, Number(m[2]));
}

/** The block `address/length`, checked the same way (RouteViews writes them as two columns). */
export function cidrOf(address: string, length: number): string {
  const addr = strictAddress(address);
  const bits = addr.includes(':') ? 128 : 32;
  if (!Number.isInteger(length) || length < 0 || length > bits) throw new Error(`prefix length ${length} out of range for ${addr}`);
  const network = cidrToRange(`${addr}/${length}`).start;
  if (network !== addr) throw new Error(`host bits set in ${addr}/${length} (the block starts at ${network})`);
  return `${network}/${length}`;
}
