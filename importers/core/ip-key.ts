// IP range keys for the graph: 32 lower-case hex digits of the IPv6 address, IPv4 mapped into
// ::ffff:0:0/96 (RFC 4291 §2.5.5.2). One string order covers both families, so Neo4j range
// indexes (which cannot hold a 128-bit integer) serve lookups of IPv4 and IPv6 alike.
import ipaddr from 'ipaddr.js';

const MAPPED_PREFIX = 0xffffn << 32n;

/** Address as an unsigned integer (IPv4 and IPv6 alike). */
export function addressToBigInt(ip: string): bigint {
  return ipaddr.parse(ip).toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

export function ipToKey(ip: string): string {
  const addr = ipaddr.parse(ip);
  const n = addr.kind() === 'ipv4' ? MAPPED_PREFIX | addressToBigInt(ip) : addressToBigInt(ip);
  return n.toString(16).padStart(32, '0');
}

export function keyToIp(key: string): string {
  if (!/^[0-9a-f]{32}$/.test(key)) throw new Error(`not an IP range key: ${key}`);
  const n = BigInt(`0x${key}`);
  if (n >> 32n === 0xffffn) return ipaddr.fromByteArray([24, 16, 8, 0].map((s) => Number((n >> BigInt(s)) & 0xffn))).toString();
  const bytes = Array.from({ length: 16 }, (_, i) => Number((n >> BigInt((15 - i) * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

export interface IpRange {
  start: string;
  end: string;
  rangeStart: string;
  rangeEnd: string;
  family: 4 | 6;
  /** Set when the range is exactly one CIDR block. */
  prefixLength: number | undefined;
}

export function rangeOf(start: string, end: string): IpRange {
  const family = ipaddr.parse(start).kind() === 'ipv4' ? 4 : 6;
  if ((ipaddr.parse(end).kind() === 'ipv4' ? 4 : 6) !== family) throw new Error(`range ${start} - ${end} mixes IPv4 and IPv6`);
  const lo = addressToBigInt(start);
  const hi = addressToBigInt(end);
  if (hi < lo) throw new Error(`range ${start} - ${end} ends before it starts`);
  const size = hi - lo + 1n;
  const bits = family === 4 ? 32 : 128;
  const isPow2 = (size & (size - 1n)) === 0n && lo % size === 0n;
  return { start: ipaddr.parse(start).toString(), end: ipaddr.parse(end).toString(), rangeStart: ipToKey(start), rangeEnd: ipToKey(end), family, prefixLength: isPow2 ? bits - (size.toString(2).length - 1) : undefined };
}

export function cidrToRange(cidr: string): IpRange {
  const [addr, len] = ipaddr.parseCIDR(cidr);
  const bits = addr.kind() === 'ipv4' ? 32 : 128;
  const bytes = addr.toByteArray();
  const lo = bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n) & ~((1n << BigInt(bits - len)) - 1n);
  const hi = lo | ((1n << BigInt(bits - len)) - 1n);
  return rangeOf(fromBigInt(lo, addr.kind()), fromBigInt(hi, addr.kind()));
}

function fromBigInt(n: bigint, kind: 'ipv4' | 'ipv6'): string {
  const len = kind === 'ipv4' ? 4 : 16;
  return ipaddr.fromByteArray(Array.from({ length: len }, (_, i) => Number((n >> BigInt((len - 1 - i) * 8)) & 0xffn))).toString();
}

/** The fewest CIDR blocks that exactly cover an inetnum range such as 192.0.2.0 - 192.0.2.191. */
export function rangeToCidrs(start: string, end: string): string[] {
  const kind = ipaddr.parse(start).kind();
  const bits = kind === 'ipv4' ? 32 : 128;
  let lo = addressToBigInt(start);
  const hi = addressToBigInt(end);
  const out: string[] = [];
  while (lo <= hi) {
    let size = 1n;
    while (lo % (size * 2n) === 0n && lo + size * 2n - 1n <= hi && size * 2n <= 1n << BigInt(bits)) size *= 2n;
    out.push(`${fromBigInt(lo, kind)}/${bits - (size.toString(2).length - 1)}`);
    lo += size;
  }
  return out;
}

/**
 * The range keys of every CIDR block that can hold the address: one per prefix length (0–32 for
 * IPv4, 0–128 for IPv6). CDN ranges and routes are CIDR blocks, so "which of them hold this
 * address" becomes an exact-match index seek on these starts instead of a range scan.
 */
export function coveringCidrStarts(ip: string): string[] {
  const addr = ipaddr.parse(ip);
  const bits = addr.kind() === 'ipv4' ? 32 : 128;
  const n = addressToBigInt(ip);
  const starts: string[] = [];
  for (let len = 0; len <= bits; len += 1) {
    const host = BigInt(bits - len);
    const lo = (n >> host) << host;
    starts.push((bits === 32 ? MAPPED_PREFIX | lo : lo).toString(16).padStart(32, '0'));
  }
  return starts;
}
