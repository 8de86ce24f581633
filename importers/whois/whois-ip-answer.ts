// What an IP WHOIS answer reads into, whichever registry's dialect it is in (whois-ip-parse.ts,
// whois-arin.ts, whois-rpsl-networks.ts), and the referral an answer may point to.
import type { RegistryNetwork } from '../registry/registry-network.ts';

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

export function parseReferral(value: string): WhoisReferral | undefined {
  const m = /^(r?whois):\/\/([^/:\s]+)(?::(\d+))?/i.exec(value.trim());
  if (!m) return undefined;
  const protocol = m[1]!.toLowerCase() as 'whois' | 'rwhois';
  return { protocol, host: m[2]!.toLowerCase(), port: m[3] ? Number(m[3]) : protocol === 'rwhois' ? 4321 : 43 };
}
