// IP WHOIS answers of the five RIRs to RegistryNetworks, least specific first. RIPE, APNIC and
// AFRINIC answer in RPSL; ARIN in its own key/value blocks (NetRange … OrgAbuseEmail, with
// ReferralServer); LACNIC in an RPSL-like dialect with abbreviated prefixes.
import { parseRpslText, type RpslObject } from '../rpsl/rpsl-parse.ts';
import type { RegistryNetwork, Rir } from '../registry/registry-network.ts';
import { parseArinObjects } from './whois-arin.ts';
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

// RIPE "%ERROR:101: no entries found", SIDN/RIPE rate limits, ARIN "No match found".
const REFUSALS = [/%ERROR:\d+:.*/i, /no entries found/i, /no match found/i, /query rate limit exceeded/i, /access denied/i, /try again later/i];

export function parseWhoisIpAnswer(text: string, rir: Rir | undefined): WhoisIpAnswer {
  const items = parseRpslText(text);
  const objects = items.flatMap((i) => (i.kind === 'object' ? [i.object] : []));
  const messages = items.flatMap((i) => (i.kind === 'message' ? [i.text] : []));
  const refusal = findRefusal(text, objects);
  if (objects.some((o) => o.className === 'netrange' || o.className === 'cidr')) return { ...parseArinObjects(objects), refusal };
  return { ...parseRpslNetworks(objects, messages, rir), referral: undefined, refusal };
}

function findRefusal(text: string, objects: RpslObject[]): string | undefined {
  if (objects.some((o) => ['inetnum', 'inet6num', 'netrange'].includes(o.className))) return undefined;
  for (const re of REFUSALS) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}

export function parseReferral(value: string): WhoisReferral | undefined {
  const m = /^(r?whois):\/\/([^/:\s]+)(?::(\d+))?/i.exec(value.trim());
  if (!m) return undefined;
  const protocol = m[1]!.toLowerCase() as 'whois' | 'rwhois';
  return { protocol, host: m[2]!.toLowerCase(), port: m[3] ? Number(m[3]) : protocol === 'rwhois' ? 4321 : 43 };
}
