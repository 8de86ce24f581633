import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rpslRecordOf, type NetblockRecord } from '../../../../importers/bulk/rpsl-records.ts';
import { rpslRecordFacts } from '../../../../importers/ripe-db/rpsl-record-facts.ts';
import { parseRdapIpNetwork } from '../../../../importers/rdap/rdap-ip-network.ts';
import { networkFacts } from '../../../../importers/registry/network-facts.ts';
import type { RegistryNetwork } from '../../../../importers/registry/registry-network.ts';
import { parseRpslText } from '../../../../importers/rpsl/rpsl-parse.ts';
import { parseWhoisIpAnswer } from '../../../../importers/whois/whois-ip-parse.ts';
import { decodeWhoisText } from '../../../../importers/whois/whois-transport.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';

const extracted = (name: string) => readFileSync(recordedPath('ipwhois-rir-fixtures/extracted', name));

/** (block, holder Organization key, HELD_BY nameFrom, holder name) of every block an answer states. */
function heldBy(networks: RegistryNetwork[]): string[] {
  return networks.map((n) => {
    const facts = networkFacts(n).facts;
    const rel = facts.find((f) => f.kind === 'rel' && f.type === 'HELD_BY');
    const org = facts.find((f) => f.kind === 'node' && f.label === 'Organization');
    if (rel?.kind !== 'rel' || org?.kind !== 'node') return `${n.start}-${n.end} holder: null`;
    return `${n.start}-${n.end} ${String(rel.to.key.key)} [${String(rel.props?.nameFrom)}] ${String(org.props?.name)}`;
  });
}

describeRecorded('holder names on the real recorded registry answers', () => {
  it('names the holder of every block in every recorded WHOIS, NIR and RDAP answer: no holder is null', () => {
    const dir = recordedPath('ipwhois-rir-fixtures/extracted');
    const rows = readdirSync(dir).filter((f) => /^(whois|nir|rdap)_/.test(f)).flatMap((f) => {
      const body = extracted(f);
      const networks = f.startsWith('rdap_') ? [parseRdapIpNetwork(JSON.parse(body.toString('utf8')))] : parseWhoisIpAnswer(decodeWhoisText(body), undefined).networks;
      return heldBy(networks);
    });
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((r) => r.endsWith('holder: null'))).toEqual([]);
  });

  it('JPNIC: the [Organization] of the block, keyed by name in the registry', () => {
    expect(heldBy(parseWhoisIpAnswer(decodeWhoisText(extracted('nir_jpnic_133.1.2.5.txt')), undefined).networks)).toEqual([
      '133.1.0.0-133.1.255.255 APNIC:NAME:Osaka University [jpnic-organization] Osaka University',
    ]);
  });

  it('JPNIC as stored in jpnic.json (the web gateway answer) gives the same party', () => {
    const answers = JSON.parse(readFileSync(recordedPath('ipwhois-rir-fixtures', 'jpnic.json'), 'utf8')) as Record<string, { response: string }>;
    const rows = Object.values(answers).flatMap((a) => heldBy(parseWhoisIpAnswer(a.response, undefined).networks));
    expect(rows).toEqual(['133.1.0.0-133.1.255.255 APNIC:NAME:Osaka University [jpnic-organization] Osaka University']);
  });

  it('KRNIC: the allocation and the customer assignment, each by its English Organization Name', () => {
    const answers = JSON.parse(readFileSync(recordedPath('ipwhois-rir-fixtures', 'krnic.json'), 'utf8')) as Record<string, { response: string }>;
    const rows = Object.values(answers).flatMap((a) => heldBy(parseWhoisIpAnswer(a.response, undefined).networks));
    expect(new Set(rows)).toEqual(new Set([
      '115.0.0.0-115.23.255.255 APNIC:NAME:Korea Telecom [krnic-organization-name] Korea Telecom',
      '115.1.2.0-115.1.2.63 APNIC:NAME:KT [krnic-organization-name] KT',
    ]));
  });

  it('APNIC WHOIS and RDAP: the first descr line names the holder, the same party over either protocol', () => {
    const whois = heldBy(parseWhoisIpAnswer(decodeWhoisText(extracted('whois_apnic_210.107.73.73.txt')), 'APNIC').networks);
    const rdap = heldBy([parseRdapIpNetwork(JSON.parse(extracted('rdap_apnic_210.107.73.73.json').toString('utf8')))]);
    expect(whois).toContain('210.107.0.0-210.107.127.255 APNIC:NAME:DACOM Corp. [descr] DACOM Corp.');
    expect(rdap).toEqual(['210.107.0.0-210.107.127.255 APNIC:NAME:DACOM Corp. [descr] DACOM Corp.']);
  });

  it('legacy RIPE block without org: descr; LACNIC owner; ARIN OrgName; RDAP registrant fn', () => {
    const w = (f: string, r: 'RIPE' | 'LACNIC' | 'ARIN') => heldBy(parseWhoisIpAnswer(decodeWhoisText(extracted(f)), r).networks);
    const r = (f: string) => heldBy([parseRdapIpNetwork(JSON.parse(extracted(f).toString('utf8')))]);
    expect(w('whois_ripencc_62.239.237.1.txt', 'RIPE')).toEqual(['62.239.237.0-62.239.237.255 RIPE:NAME:UDC [descr] UDC']);
    expect(w('whois_lacnic_200.57.141.161.txt', 'LACNIC')).toEqual(['200.57.128.0-200.57.159.255 LACNIC:MX-TSCV6-LACNIC [owner] Triara.com, S.A. de C.V.']);
    expect(w('whois_arin_74.125.225.229.txt', 'ARIN')).toEqual(['74.125.0.0-74.125.255.255 ARIN:GOGL [arin-orgname] Google Inc.']);
    expect(r('rdap_arin_74.125.225.229.json')).toEqual(['74.125.0.0-74.125.255.255 ARIN:GOGL [rdap-registrant-fn] Google Inc.']);
    expect(w('whois_afrinic_196.11.240.215.txt', 'RIPE')[0]).toContain('[org-name] MTN SA');
  });

  it('bulk dump excerpts: org handle, LACNIC owner, AFRINIC descr, each HELD_BY saying which', () => {
    const rows = ['afrinic.db.excerpt.txt', 'lacnic.db.excerpt.txt', 'ripe.db.excerpt.txt', 'apnic.db.excerpt.txt'].flatMap((f) => {
      const text = readFileSync(recordedPath('rpsl-bulk-dumps', f), 'latin1');
      const records = parseRpslText(text).flatMap((i) => (i.kind === 'object' ? [rpslRecordOf(i.object)] : [])).filter((r): r is NetblockRecord => r?.kind === 'netblock');
      return records.map((rec) => {
        const rel = rpslRecordFacts(rec).facts.find((x) => x.kind === 'rel' && x.type === 'HELD_BY');
        return rel?.kind === 'rel' ? `${rec.handle} ${String(rel.to.key.key)} [${String(rel.props?.nameFrom)}]` : `${rec.handle} holder: null`;
      });
    });
    expect(new Set(rows)).toEqual(new Set([
      '196.207.3.172 - 196.207.3.175 AFRINIC:NAME:Test [descr]',
      '196.204.208.1 - 196.204.208.255 AFRINIC:NAME:Test [descr]',
      '24.232.16/24 LACNIC:NAME:Description [owner]',
      '2001:1200:2000::/48 LACNIC:NAME:Description [owner]',
    ]));
  });
});
