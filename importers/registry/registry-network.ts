// One registry network object, whatever the RIR and protocol it came from (RDAP JSON, RPSL,
// ARIN or LACNIC text). The chain is built from these: the most specific object covering an IP,
// then every enclosing one up to the RIR allocation.
import ipaddr from 'ipaddr.js';
import { addressToBigInt } from '../core/ip-key.ts';

export type { Rir } from './rirs.ts';
import type { Rir } from './rirs.ts';

/**
 * Where a holder's name was read: the organisation object (`org-name`), else the registry's own
 * convention for blocks without one (APNIC and legacy RIPE `descr:`, JPNIC `[組織名]`/`[Organization]`,
 * KRNIC `Organization Name`, LACNIC `owner:`, the RDAP registrant's vCard, ARIN's OrgName/CustName).
 */
export type HolderNameSource =
  | 'org-name' | 'descr' | 'owner' | 'jpnic-organization' | 'krnic-organization-name'
  | 'rdap-registrant-fn' | 'rdap-registrant-org' | 'arin-orgname' | 'arin-custname';

export interface RegistryParty {
  /** The registry's handle for the holder; absent when the registry names it only by name. */
  handle?: string | undefined;
  name?: string | undefined;
  country?: string | undefined;
  kind?: string | undefined;
  nameFrom?: HolderNameSource | undefined;
}

/**
 * The Organization key of a holder: "<RIR>:<handle>", or "<RIR>:NAME:<name>" for a holder named
 * without a handle, so one name in one registry is one party.
 */
export function holderKey(rir: string | undefined, holder: RegistryParty): string | undefined {
  const registry = rir ?? 'UNKNOWN';
  if (holder.handle !== undefined && holder.handle !== '') return `${registry}:${holder.handle}`;
  return holder.name === undefined || holder.name === '' ? undefined : `${registry}:NAME:${holder.name}`;
}

export interface RegistryNetwork {
  rir: Rir | undefined;
  /** The registry's own handle: ARIN NET-…, LACNIC start address, RIPE/APNIC/AFRINIC the range text. */
  handle: string;
  start: string;
  end: string;
  name: string | undefined;
  /** Status upper-cased: ALLOCATED PA, ASSIGNED PA, SUB-ALLOCATED PA, REALLOCATION, … */
  status: string | undefined;
  country: string | undefined;
  parentHandle: string | undefined;
  holder: RegistryParty | undefined;
  abuseEmails: string[];
  originAsns: number[];
  maintainers: string[];
}

/** Canonical text of an address as registries spell it: "074.125.000.000", "62.239.237.0/32", "2001:0240::". */
export function canonicalRegistryAddress(text: string): string {
  const bare = text.trim().replace(/\/\d+$/, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(bare)) return bare.split('.').map((o) => String(Number(o))).join('.');
  return ipaddr.parse(bare).toString();
}

/** "a - b" range text, or a CIDR, to canonical start and end. LACNIC abbreviates: 200.57.128/19. */
export function parseRangeText(text: string): { start: string; end: string } {
  const t = text.trim();
  const dash = t.split(/\s+-\s+/);
  if (dash.length === 2) return { start: canonicalRegistryAddress(dash[0]!), end: canonicalRegistryAddress(dash[1]!) };
  const m = /^([0-9a-fA-F.:]+)\/(\d{1,3})$/.exec(t);
  if (!m) throw new Error(`not an address range: ${JSON.stringify(text)}`);
  let addr = m[1]!;
  if (!addr.includes(':')) addr = [...addr.split('.'), '0', '0', '0'].slice(0, 4).join('.');
  const [net, len] = ipaddr.parseCIDR(`${addr}/${m[2]}`);
  const start = networkAddress(net, len);
  return { start: start.toString(), end: broadcastAddress(net, len).toString() };
}

function networkAddress(net: ipaddr.IPv4 | ipaddr.IPv6, len: number): ipaddr.IPv4 | ipaddr.IPv6 {
  const bytes = net.toByteArray();
  return ipaddr.fromByteArray(bytes.map((b, i) => b & maskByte(i, len)));
}

function broadcastAddress(net: ipaddr.IPv4 | ipaddr.IPv6, len: number): ipaddr.IPv4 | ipaddr.IPv6 {
  const bytes = net.toByteArray();
  return ipaddr.fromByteArray(bytes.map((b, i) => (b & maskByte(i, len)) | (~maskByte(i, len) & 0xff)));
}

function maskByte(i: number, len: number): number {
  const bits = Math.max(0, Math.min(8, len - i * 8));
  return (0xff << (8 - bits)) & 0xff;
}

/** Least specific first: a wider range encloses the narrower ones of one chain. */
export function compareWidestFirst(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const wa = addressToBigInt(a.end) - addressToBigInt(a.start);
  const wb = addressToBigInt(b.end) - addressToBigInt(b.start);
  return wa === wb ? 0 : wa > wb ? -1 : 1;
}
