// RIPE, APNIC, AFRINIC (and LACNIC's dialect) answers: inetnum/inet6num objects with their org,
// abuse-c role or irt, and route objects. RIPE states the abuse contact in a "% Abuse contact for
// 'range' is 'mailbox'" line, which is what RIPE's own policy (ripe-705) makes authoritative.
import { attr, attrs, type RpslObject } from '../rpsl/rpsl-parse.ts';
import { rpslHolder } from '../registry/holder-names.ts';
import { compareWidestFirst, parseRangeText, type RegistryNetwork, type Rir } from '../registry/registry-network.ts';
import { rirOfSource } from '../registry/rirs.ts';
import type { WhoisIpAnswer } from './whois-ip-answer.ts';

const ABUSE_LINE = /^Abuse contact for '([^']+)' is '([^']*)'/i;

export function parseRpslNetworks(objects: RpslObject[], messages: string[], rir: Rir | undefined): Pick<WhoisIpAnswer, 'networks' | 'routes'> {
  const byHandle = new Map<string, RpslObject>();
  for (const o of objects) {
    const h = attr(o, 'nic-hdl') ?? (['organisation', 'irt'].includes(o.className) ? o.key : undefined);
    if (h !== undefined) byHandle.set(h.toUpperCase(), o);
  }
  const abuseLines = new Map(messages.flatMap((m) => { const x = ABUSE_LINE.exec(m); return x ? [[x[1]!, x[2]!.toLowerCase()] as const] : []; }));
  const networks = objects.filter((o) => (o.className === 'inetnum' || o.className === 'inet6num') && !isPlaceholder(o)).map((o) => networkOf(o, { byHandle, abuseLines, rir }));
  // Least specific first, as ARIN orders them, so callers can walk down the chain.
  networks.sort(compareWidestFirst);
  const routes = objects
    .filter((o) => o.className === 'route' || o.className === 'route6')
    .flatMap((o) => { const n = Number((attr(o, 'origin') ?? '').replace(/^AS/i, '')); return Number.isInteger(n) && n > 0 ? [{ prefix: o.key, origin: n }] : []; });
  return { networks, routes };
}

// A less-specific query (-L) also returns the registry's own placeholders: the whole address space
// ("0.0.0.0 - 255.255.255.255", "::/0", netname IANA-BLK / ROOT) and RIPE's "ALLOCATED UNSPECIFIED"
// blocks for space the RIR holds itself. Neither is a party's block.
function isPlaceholder(o: RpslObject): boolean {
  const key = o.key.replace(/\s+/g, '');
  return key === '0.0.0.0-255.255.255.255' || key === '::/0' || (attr(o, 'status') ?? '').toUpperCase() === 'ALLOCATED UNSPECIFIED' || /^(IANA-BLK|IANA-NETBLOCK|ROOT)$/i.test(attr(o, 'netname') ?? '');
}

interface Lookup {
  byHandle: Map<string, RpslObject>;
  abuseLines: Map<string, string>;
  rir: Rir | undefined;
}

function networkOf(o: RpslObject, look: Lookup): RegistryNetwork {
  const { start, end } = parseRangeText(o.key);
  const org = look.byHandle.get((attr(o, 'org') ?? '').toUpperCase());
  return {
    rir: look.rir ?? rirOfSource(attr(o, 'source')),
    handle: o.className === 'inet6num' || look.rir !== 'LACNIC' ? o.key : start,
    start,
    end,
    name: attr(o, 'netname'),
    status: attr(o, 'status')?.toUpperCase(),
    country: attr(o, 'country')?.toUpperCase(),
    parentHandle: undefined,
    holder: rpslHolder({
      org: attr(o, 'org'), orgName: org ? attr(org, 'org-name') : undefined, owner: attr(o, 'owner'), ownerId: attr(o, 'ownerid'),
      descr: attrs(o, 'descr').join('\n'), country: (org ? attr(org, 'country') : attr(o, 'country'))?.toUpperCase(),
    }),
    abuseEmails: abuseOf(o, look),
    originAsns: [],
    maintainers: attrs(o, 'mnt-by'),
  };
}

function abuseOf(o: RpslObject, look: Lookup): string[] {
  const stated = look.abuseLines.get(o.key);
  if (stated) return [stated];
  const refs = [...attrs(o, 'abuse-c'), ...attrs(o, 'mnt-irt')];
  const org = look.byHandle.get((attr(o, 'org') ?? '').toUpperCase());
  if (org) refs.push(...attrs(org, 'abuse-c'));
  const mails = refs.flatMap((h) => { const r = look.byHandle.get(h.toUpperCase()); return r ? [...attrs(r, 'abuse-mailbox'), ...attrs(r, 'e-mail')] : []; });
  return [...new Set(mails.map((m) => m.toLowerCase()))];
}

