// Every recorded domain WHOIS answer in ../shared/recorded/whois-domain-* through the parser, each
// expected value read from the file by hand: what kind of answer it is, the registrar, the name
// servers and the registry states.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseWhoisDomain } from '../../../../importers/whois/whois-domain-parse.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';

type Row = [file: string, domain: string, answer: string, registrar: string | undefined, nameservers: string, states: string];
const G4 = 'ns1.google.com ns2.google.com ns3.google.com ns4.google.com';
const EXPECTED: Row[] = [
  ['whois-domain-nl/asyncwhois_google.nl.txt', 'google.nl', 'record', 'MarkMonitor Inc.', G4, 'registered'],
  ['whois-domain-nl/weppos_property_status_inactive.txt', 'smsexdates.nl', 'record', 'JK Websolutions', 'ns1.jkwebsolutions.nl', 'registered inactive'],
  ['whois-domain-nl/weppos_response_throttled.txt', 'x.nl', 'refused', undefined, '', ''],
  ['whois-domain-nl/weppos_response_throttled_daily.txt', 'x.nl', 'refused', undefined, '', ''],
  ['whois-domain-nl/weppos_response_unavailable.txt', 'x.nl', 'refused', undefined, '', ''],
  ['whois-domain-nl/weppos_status_available.txt', 'u34jedzcq.nl', 'free', undefined, '', 'free'],
  ['whois-domain-nl/weppos_status_registered.txt', 'google.nl', 'record', 'MarkMonitor International LTD', G4, 'registered'],
  ['whois-domain-other/asyncwhois_tld_be.txt', 'google.be', 'record', 'MarkMonitor Inc.', G4, 'registered'],
  ['whois-domain-other/asyncwhois_tld_com.txt', 'google.com', 'record', 'MarkMonitor, Inc.', G4, 'registered'],
  ['whois-domain-other/likexian_com_dynadot.com.txt', 'dynadot.com', 'record', 'DYNADOT LLC', 'ns1-geo.dynadot.com ns2-geo.dynadot.com', 'registered'],
  ['whois-domain-other/likexian_com_git.com.txt', 'git.com', 'record', 'UNIREGISTRAR CORP', 'ns1.venture.com ns2.venture.com', 'registered'],
  ['whois-domain-other/likexian_com_google.com.txt', 'google.com', 'record', 'MarkMonitor, Inc.', G4, 'registered'],
  ['whois-domain-other/likexian_de_git.de.txt', 'git.de', 'record', undefined, 'ns1.webcoding24.com ns2.webcoding24.com ns3.webcoding24.com', 'registered'],
  ['whois-domain-other/likexian_eu_git.eu.txt', 'git.eu', 'record', 'Frankcom EU Service', 'thomas.ns.cloudflare.com wally.ns.cloudflare.com', 'registered'],
  ['whois-domain-other/likexian_fr_ovh.fr.txt', 'ovh.fr', 'record', 'OVH', 'dns.ovh.net dns10.ovh.net ns.ovh.net ns10.ovh.net', 'registered'],
  ['whois-domain-other/likexian_net_he.net.txt', 'he.net', 'record', 'Network Solutions, LLC', 'ns1.he.net ns2.he.net ns3.he.net ns4.he.net ns5.he.net', 'registered'],
  ['whois-domain-other/likexian_org_github.org.txt', 'github.org', 'record', 'ENOM, INC.', 'ns1.dnsimple.com ns2.dnsimple.com ns3.dnsimple.com ns4.dnsimple.com', 'registered'],
  ['whois-domain-other/likexian_pl_nazwa.pl.txt', 'nazwa.pl', 'record', 'nazwa.pl sp. z o.o.', 'ns1.nazwa.pl ns2.nazwa.pl ns3.nazwa.pl', 'registered'],
  ['whois-domain-other/likexian_ru_yandex.ru.txt', 'yandex.ru', 'record', 'RU-CENTER-RU', 'ns1.yandex.ru ns2.yandex.ru ns9.z5h64q92x9.net', 'registered'],
  ['whois-domain-other/likexian_se_xn--fl-fka.se.txt', 'xn--fl-fka.se', 'record', 'Rymdweb AB', 'ns1.rymdweb.com ns2.rymdweb.com ns3.rymdweb.com', 'registered'],
  ['whois-domain-other/likexian_tk_zcore.tk.txt', 'zcore.tk', 'record', undefined, 'ns01.freenom.com ns02.freenom.com ns03.freenom.com ns04.freenom.com', 'registered'],
  ['whois-domain-other/likexian_top_google.top.txt', 'google.top', 'record', 'MarkMonitor, Inc.', G4, 'registered'],
  ['whois-domain-other/likexian_uk_git.uk.txt', 'git.uk', 'record', '123-Reg Limited t/a 123-reg [Tag = 123-REG]', 'ns.123-reg.co.uk ns2.123-reg.co.uk', 'registered'],
  ['whois-domain-other/likexian_xn--fiqs8s_xn--6qq79v.xn--fiqs8s.txt', 'xn--6qq79v.xn--fiqs8s', 'record', '厦门易名科技股份有限公司', 'ns3.dns.com ns4.dns.com', 'registered'],
  ['whois-domain-other/likexian_xn--mgba3a4f16a_xn--ngbmj.xn--mgba3a4f16a.txt', 'xn--ngbmj.xn--mgba3a4f16a', 'record', undefined, 'ns1.telematics.ir ns2.telematics.ir', 'registered'],
  ['whois-domain-other/likexian_xn--p1ai_xn--j1ay.xn--p1ai.txt', 'xn--j1ay.xn--p1ai', 'record', 'NETHOUSE-RF', 'ns.cctld.ru ns1.cctld.ru', 'registered'],
  ['whois-domain-other/likexian_xyz_git.xyz.txt', 'git.xyz', 'record', 'Chengdu west dimension digital technology Co., LTD', 'ns1.myhostadmin.net ns2.myhostadmin.net', 'registered'],
  ['whois-domain-other/weppos_xn--p1ai_status_registered.txt', 'xn----8sbc3ahklcs4adf.xn--p1ai', 'record', 'R01-REG-RF', 'ns1.redsoft.ru ns2.r01.ru ns2.redsoft.ru', 'registered'],
];

describeRecorded('every recorded domain WHOIS answer', () => {
  it('gives the answer kind, registrar, name servers and states read by hand from each file', () => {
    const got = EXPECTED.map(([file, domain]): Row => {
      const r = parseWhoisDomain(domain, readFileSync(recordedPath(file), 'utf8'));
      return [file, domain, r.answer, r.registrar?.name, [...r.nameservers].sort().join(' '), r.states.join(' ')];
    });
    expect(new Set(got.map((r) => JSON.stringify(r)))).toEqual(new Set(EXPECTED.map((r) => JSON.stringify(r))));
  });

  it('strips status explanations and links: the EPP words stay', () => {
    const r = parseWhoisDomain('google.com', readFileSync(recordedPath('whois-domain-other/asyncwhois_tld_com.txt'), 'utf8'));
    expect(r.status).toEqual(['clientUpdateProhibited', 'clientTransferProhibited', 'clientDeleteProhibited', 'serverUpdateProhibited', 'serverTransferProhibited', 'serverDeleteProhibited']);
  });

  it('.be and .eu: the registrar name without its "Name:" label', () => {
    expect(parseWhoisDomain('google.be', readFileSync(recordedPath('whois-domain-other/asyncwhois_tld_be.txt'), 'utf8')).registrar?.name).toBe('MarkMonitor Inc.');
  });
});
