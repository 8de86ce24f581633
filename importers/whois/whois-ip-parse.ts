// IP WHOIS answers of the five RIRs to RegistryNetworks, least specific first. RIPE, APNIC and
// AFRINIC answer in RPSL; ARIN in its own key/value blocks (NetRange … OrgAbuseEmail, with
// ReferralServer); LACNIC in an RPSL-like dialect with abbreviated prefixes.
import { parseRpslText } from '../rpsl/rpsl-parse.ts';
import { compareWidestFirst, type RegistryNetwork, type Rir } from '../registry/registry-network.ts';
import { parseArinObjects } from './whois-arin.ts';
import { findRefusal } from './whois-refusals.ts';
import { nirKindOf, parseNirAnswer } from './whois-nir.ts';
import { parseRpslNetworks } from './whois-rpsl-networks.ts';

export interface WhoisReferral {
  protocol: 'whois' | 'rwhois';
  host: string;
  port: number;
}

export interface WhoisIpAnswer {
  networks: RegistryNetwork[];
  /** BGP route objects in the answer: prefix and origin AS (RIR route data). */
  routes: { prefix: string; origin: number }[];
  referral: WhoisReferral | undefined;
  /** Server messages that say "nothing here" or "slow down": a failed lookup, not an empty record. */
  refusal: string | undefined;
}

export function parseWhoisIpAnswer(text: string, rir: Rir | undefined): WhoisIpAnswer {
  const nir = nirKindOf(text);
  if (nir !== undefined) {
    const networks = parseNirAnswer(text, nir).sort(compareWidestFirst);
    return { networks, routes: [], referral: undefined, refusal: networks.length === 0 ? findRefusal(text) : undefined };
  }
  const items = parseRpslText(text);
  const objects = items.flatMap((i) => (i.kind === 'object' ? [i.object] : []));
  const messages = items.flatMap((i) => (i.kind === 'message' ? [i.text] : []));
  const hasRecord = objects.some((o) => ['inetnum', 'inet6num', 'netrange'].includes(o.className));
  const refusal = hasRecord ? undefined : findRefusal(text);
  if (objects.some((o) => o.className === 'netrange' || o.className === 'cidr')) return { ...parseArinObjects(objects), refusal };
  return { ...parseRpslNetworks(objects, messages, rir), referral: undefined, refusal };
}

export function parseReferral(value: string): WhoisReferral | undefined {
  const m = /^(r?whois):\/\/([^/:\s]+)(?::(\d+))?/i.exec(value.trim());
  if (!m) return undefined;
  const protocol = m[1]!.toLowerCase() as 'whois' | 'rwhois';
  return { protocol, host: m[2]!.toLowerCase(), port: m[3] ? Number(m[3]) : protocol === 'rwhois' ? 4321 : 43 };
}
