import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseRdapDomain } from '../../../../importers/rdap/rdap-domain.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';

const load = (name: string): unknown => JSON.parse(readFileSync(recordedPath('rdap-responses', name), 'utf8'));

describeRecorded('RDAP domain answers', () => {
  it('gTLD registrar answer: registrar by IANA id with its nested abuse contact, registrant org, name servers', () => {
    const d = parseRdapDomain(load('whodap_google.com.json'));
    expect(d).toMatchObject({ domain: 'google.com', registrar: { name: 'MarkMonitor Inc.', ianaId: '292', abuseEmail: 'abusecomplaints@markmonitor.com' }, registrant: { organization: 'Google LLC' } });
    expect(d.nameservers).toEqual(['ns1.google.com', 'ns2.google.com', 'ns3.google.com', 'ns4.google.com']);
  });

  it('new gTLD registry answer: registrar abuse nested, numeric handle taken as IANA id', () => {
    const d = parseRdapDomain(load('icann-rdap_microsoft.click.json'));
    expect(d.registrar).toMatchObject({ ianaId: '292', abuseEmail: 'abusecomplaints@markmonitor.com' });
  });

  it('.fr: the sponsor/registrar entity with its IANA id', () => {
    const d = parseRdapDomain(load('icann-rdap_lemonde.fr.json'));
    expect(d.registrar).toMatchObject({ name: 'NAMESHIELD', ianaId: '1251' });
  });

  it('strips the trailing dot some registrars put on names', () => {
    expect(parseRdapDomain(load('whodap_amazon.cyou.json')).domain).toBe('amazon.cyou');
  });
});
