import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWhoisDomain } from '../../../../importers/whois/whois-domain-parse.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';

const text = (...p: string[]) => readFileSync(recordedPath(...p), 'utf8');

describeRecorded('domain WHOIS answers', () => {
  it('.nl: the registrar block, status, dates and name servers', () => {
    const r = parseWhoisDomain('google.nl', text('whois-domain-nl/asyncwhois_google.nl.txt'));
    expect(r).toMatchObject({ available: false, status: ['active'], registrar: { name: 'MarkMonitor Inc.' }, created: '1999-05-27', nameservers: ['ns1.google.com', 'ns2.google.com', 'ns3.google.com', 'ns4.google.com'] });
    expect(r.registrar?.abuseEmail).toBeUndefined();
  });

  it('.nl in the old indented layout still gives registrar and name servers', () => {
    const r = parseWhoisDomain('google.nl', text('whois-domain-nl/weppos_status_registered.txt'));
    expect(r.registrar?.name).toBe('MarkMonitor International LTD');
    expect(r.nameservers).toContain('ns1.google.com');
  });

  it('gTLD registrar answer: IANA id, abuse e-mail, registrant organisation', () => {
    const r = parseWhoisDomain('google.com', text('whois-domain-other/likexian_com_google.com.txt'));
    expect(r.registrar).toMatchObject({ name: 'MarkMonitor, Inc.', ianaId: '292', abuseEmail: 'abusecomplaints@markmonitor.com' });
    expect(r.registrant?.organization).toBe('Google LLC');
    expect(r.nameservers).toContain('ns1.google.com');
  });
});

describe('.nl reseller block', () => {
  it('names the reseller that sold the domain, apart from the registrar', () => {
    const answer = ['Domain name: shop.example.nl', 'Status:      active', '', 'Reseller:', '   Example Hosting B.V.', '   Zwolle', '   Netherlands', '', 'Registrar:', '   Example Registrar B.V.', '   Amsterdam', '', 'Abuse Contact:', '', 'DNSSEC:      no', '', 'Domain nameservers:', '   ns1.example-hosting.nl', '   ns2.example-hosting.nl   192.0.2.53', ''].join('\n');
    const r = parseWhoisDomain('shop.example.nl', answer);
    expect(r.reseller).toEqual({ name: 'Example Hosting B.V.' });
    expect(r.registrar?.name).toBe('Example Registrar B.V.');
    expect(r.nameservers).toEqual(['ns1.example-hosting.nl', 'ns2.example-hosting.nl']);
  });

  it('says a free name is available', () => {
    expect(parseWhoisDomain('free.nl', 'free.nl is free\n').available).toBe(true);
  });
});
