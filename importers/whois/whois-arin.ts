// ARIN's WHOIS text: a NetRange block per network (least specific first), each followed by its
// organisation (OrgName/OrgId) or customer (CustName) block and contact blocks (OrgAbuseEmail).
// NetType "Reallocated" marks the reseller step; "ReferralServer" points at the delegate's server.
import { attr, attrs, type RpslObject } from '../rpsl/rpsl-parse.ts';
import { parseRangeText, type RegistryNetwork } from '../registry/registry-network.ts';
import { parseReferral, type WhoisIpAnswer } from './whois-ip-answer.ts';

export function parseArinObjects(objects: RpslObject[]): Omit<WhoisIpAnswer, 'refusal'> {
  const networks: RegistryNetwork[] = [];
  let referral: WhoisIpAnswer['referral'];
  for (const o of objects) {
    const current = networks[networks.length - 1];
    if (o.className === 'netrange') networks.push(networkOf(o));
    else if (o.className === 'orgname' || o.className === 'custname') applyHolder(current, o);
    else if (o.className === 'orgabusehandle' || o.className === 'rabusehandle') addAbuse(current, o);
    else if (o.className === 'referralserver') referral = parseReferral(o.key) ?? referral;
  }
  return { networks, routes: [], referral };
}

function networkOf(o: RpslObject): RegistryNetwork {
  const { start, end } = parseRangeText(o.key);
  const orgText = attr(o, 'organization');
  const org = /^(.*)\(([^)]+)\)\s*$/.exec(orgText ?? attr(o, 'customer') ?? '');
  const parent = attr(o, 'parent') ?? '';
  return {
    rir: 'ARIN',
    handle: attr(o, 'nethandle') ?? `${start} - ${end}`,
    start,
    end,
    name: attr(o, 'netname'),
    status: attr(o, 'nettype')?.toUpperCase(),
    country: undefined,
    // "Parent: NET74 (NET-74-0-0-0-0)" or just the handle.
    parentHandle: /\(([^)]+)\)/.exec(parent)?.[1] ?? (parent.trim() || undefined),
    holder: org ? { handle: org[2]!.trim(), name: org[1]!.trim(), nameFrom: orgText !== undefined ? 'arin-orgname' : 'arin-custname' } : undefined,
    abuseEmails: [],
    originAsns: attrs(o, 'originas').flatMap((v) => v.split(/[,\s]+/)).map((v) => Number(v.replace(/^AS/i, ''))).filter((n) => Number.isInteger(n) && n > 0),
    maintainers: [],
  };
}

function applyHolder(net: RegistryNetwork | undefined, o: RpslObject): void {
  if (net === undefined) return;
  const handle = attr(o, 'orgid') ?? attr(o, 'custid') ?? net.holder?.handle ?? o.key;
  net.holder = { handle, name: o.key, country: attr(o, 'country')?.toUpperCase(), nameFrom: o.className === 'custname' ? 'arin-custname' : 'arin-orgname' };
  net.country = net.holder.country;
}

function addAbuse(net: RegistryNetwork | undefined, o: RpslObject): void {
  const email = attr(o, 'orgabuseemail') ?? attr(o, 'rabuseemail');
  if (net !== undefined && email !== undefined && !net.abuseEmails.includes(email.toLowerCase())) net.abuseEmails.push(email.toLowerCase());
}
