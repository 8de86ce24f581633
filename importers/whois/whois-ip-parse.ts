// IP WHOIS answers of the five RIRs to RegistryNetworks, least specific first. RIPE, APNIC and
// AFRINIC answer in RPSL; ARIN in its own key/value blocks (NetRange … OrgAbuseEmail, with
// ReferralServer); LACNIC in an RPSL-like dialect with abbreviated prefixes.
import { parseRpslText } from '../rpsl/rpsl-parse.ts';
import { compareWidestFirst, type Rir } from '../registry/registry-network.ts';
import { parseArinObjects } from './whois-arin.ts';
import { findRefusal } from './whois-refusals.ts';
import { nirKindOf, parseNirAnswer } from './whois-nir.ts';
import { parseRpslNetworks } from './whois-rpsl-networks.ts';
import type { WhoisIpAnswer } from './whois-ip-answer.ts';

export { parseReferral, type WhoisIpAnswer, type WhoisReferral } from './whois-ip-answer.ts';

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
