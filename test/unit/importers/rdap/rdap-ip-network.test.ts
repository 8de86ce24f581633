import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseRdapIpNetwork } from '../../../../importers/rdap/rdap-ip-network.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';

const load = (name: string): unknown => JSON.parse(readFileSync(recordedPath('ipwhois-rir-fixtures/extracted', name), 'utf8'));

describeRecorded('RDAP ip network answers of the five RIRs', () => {
  it('RIPE: range handle, status, abuse mailbox, and the holder named by descr, not by the maintainer', () => {
    const n = parseRdapIpNetwork(load('rdap_ripencc_62.239.237.1.json'));
    expect(n).toMatchObject({ rir: 'RIPE', handle: '62.239.237.0 - 62.239.237.255', start: '62.239.237.0', end: '62.239.237.255', status: 'ASSIGNED PA', name: 'BT-CORPORATE', country: 'GB' });
    expect(n.holder).toEqual({ name: 'UDC', nameFrom: 'descr' });
    expect(n.maintainers).toContain('BTENT-MNT');
    expect(n.abuseEmails.length).toBeGreaterThan(0);
  });

  it('ARIN: zero-padded addresses, the parent handle and the registrant org with its nested abuse contact', () => {
    const n = parseRdapIpNetwork(load('rdap_arin_74.125.225.229.json'));
    expect(n).toMatchObject({ rir: 'ARIN', handle: 'NET-74-125-0-0-1', start: '74.125.0.0', end: '74.125.255.255', parentHandle: 'NET-74-0-0-0-0' });
    expect(n.holder).toMatchObject({ handle: 'GOGL', name: 'Google Inc.' });
    expect(n.abuseEmails).toEqual(['arin-contact@google.com']);
  });

  it('LACNIC: the registrant organisation and the abuse person', () => {
    const n = parseRdapIpNetwork(load('rdap_lacnic_200.57.141.161.json'));
    expect(n).toMatchObject({ rir: 'LACNIC', status: 'ALLOCATED', country: 'MX' });
    expect(n.holder).toMatchObject({ handle: 'MX-TSCV6-LACNIC', name: 'Triara.com, S.A. de C.V.' });
    expect(n.abuseEmails).toEqual(['operacion.redes@triara.com']);
  });

  it('AFRINIC: entities without roles still give the holding organisation', () => {
    const n = parseRdapIpNetwork(load('rdap_afrinic_196.11.240.215.json'));
    expect(n).toMatchObject({ rir: 'AFRINIC', status: 'ASSIGNED PI', start: '196.11.239.0', end: '196.11.246.255', parentHandle: '196.0.0.0 - 196.255.255.255' });
    expect(n.holder?.handle).toBe('ORG-VSA1-AFRINIC');
  });

  it('APNIC: the up link to the enclosing network and the IRT as abuse contact', () => {
    const n = parseRdapIpNetwork(load('rdap_apnic_210.107.73.73.json'));
    expect(n).toMatchObject({ rir: 'APNIC', status: 'ALLOCATED PORTABLE', upLink: 'http://rdap.apnic.net/ip/210.0.0.0/8' });
    expect(n.abuseEmails).toContain('hostmaster@nic.or.kr');
  });

  it('IPv6 answers of RIPE, ARIN, APNIC, LACNIC and AFRINIC parse to canonical ranges', () => {
    const files = ['rdap_ripencc_2a00_2381_ffff__1.json', 'rdap_arin_2001_4860_4860__8888.json', 'rdap_apnic_2001_240_10c_1__ca20_9d1d.json', 'rdap_lacnic_2801_10_c000__.json', 'rdap_afrinic_2001_43f8_7b0__.json'];
    for (const f of files) {
      const n = parseRdapIpNetwork(load(f));
      expect(n.start, f).toMatch(/^[0-9a-f:]+$/);
      expect(n.end, f).toMatch(/^[0-9a-f:]+$/);
    }
  });
});
