// Origin AS of an address from Team Cymru's DNS IP-to-ASN service, through the configured
// resolvers like every other DNS question (https://team-cymru.com/ip-asn-mapping):
//   <reversed IPv4>.origin.asn.cymru.com  TXT "ASN | prefix | CC | registry | allocated"
//   <reversed nibbles>.origin6.asn.cymru.com  (IPv6)
//   AS<n>.asn.cymru.com  TXT "ASN | CC | registry | allocated | AS name"
// A MOAS prefix lists several ASNs in the first field. NXDOMAIN: not routed.
import dnsPacket, { type TxtAnswer } from 'dns-packet';
import ipaddr from 'ipaddr.js';
import { cidrToRange } from '../core/ip-key.ts';
import type { Fact, Importer, NodeRef, Observation, RawEvidence } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { dnsImporter } from '../dns/dns-importer.ts';
import { reverseName } from '../dns/dns-names.ts';

export const CYMRU_ZONE = 'asn.cymru.com';

export function originQuestion(ip: string): string {
  const rev = reverseName(ip);
  return ipaddr.parse(ip).kind() === 'ipv4' ? `${rev.replace(/\.in-addr\.arpa$/, '')}.origin.${CYMRU_ZONE}` : `${rev.replace(/\.ip6\.arpa$/, '')}.origin6.${CYMRU_ZONE}`;
}

export interface OriginRow {
  asns: number[];
  prefix: string;
  country: string | undefined;
  registry: string | undefined;
}

export function parseOriginTxt(text: string): OriginRow | undefined {
  const [asns, prefix, cc, registry] = text.replace(/^"|"$/g, '').split('|').map((s) => s.trim());
  if (!asns || !prefix || !/\//.test(prefix)) return undefined;
  const list = asns.split(/\s+/).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return list.length === 0 ? undefined : { asns: list, prefix, country: cc || undefined, registry: registry || undefined };
}

function txtStrings(raw: RawEvidence): string[] {
  const p = dnsPacket.decode(raw.body);
  return (p.answers ?? []).filter((a): a is TxtAnswer => a.type === 'TXT').map((a) => (Array.isArray(a.data) ? a.data : [a.data]).map((d) => d.toString()).join(''));
}

export interface OriginQuery {
  ip: string;
}

export const ipToAsnImporter: Importer<OriginQuery> = {
  source: 'dns',
  async fetch(q: OriginQuery, io: SourceIo): Promise<RawEvidence> {
    const raw = await dnsImporter.fetch({ name: originQuestion(q.ip), type: 'TXT' }, io);
    return { ...raw, meta: { ...raw.meta, forIp: q.ip, service: 'team-cymru-origin' } };
  },
  *parse(raw: RawEvidence): Iterable<Observation> {
    const ip = String(raw.meta?.forIp ?? '');
    if (raw.status !== 'ok' || ip === '') return;
    const ipNode: NodeRef = { label: 'IpAddress', key: { address: ip } };
    const rows = txtStrings(raw).flatMap((t) => parseOriginTxt(t) ?? []);
    // Several answers: the most specific prefix is the route the address is in.
    const best = rows.sort((a, b) => Number(b.prefix.split('/')[1]) - Number(a.prefix.split('/')[1]))[0];
    const facts: Fact[] = [{ kind: 'node', ...ipNode }];
    for (const asn of best?.asns ?? []) {
      const range = cidrToRange(best!.prefix);
      const route: NodeRef = { label: 'Route', key: { key: `${best!.prefix} AS${asn}` } };
      const as: NodeRef = { label: 'AutonomousSystem', key: { number: asn } };
      facts.push(
        { kind: 'node', ...route, props: { prefix: best!.prefix, prefixLength: range.prefixLength ?? null, start: range.start, end: range.end, rangeStart: range.rangeStart, rangeEnd: range.rangeEnd, family: range.family } },
        { kind: 'node', ...as, props: best!.country ? { country: best!.country } : {} },
        { kind: 'rel', type: 'IN_ROUTE', from: ipNode, to: route },
        { kind: 'rel', type: 'ORIGINATED_BY', from: route, to: as },
      );
    }
    yield { facts, scope: [{ from: ipNode, rel: 'IN_ROUTE' }] };
  },
};
