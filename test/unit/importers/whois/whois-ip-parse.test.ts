import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReferral, parseWhoisIpAnswer } from '../../../../importers/whois/whois-ip-parse.ts';
import { findRateLimit } from '../../../../importers/whois/whois-refusals.ts';
import { decodeWhoisText } from '../../../../importers/whois/whois-transport.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';

const text = (...p: string[]) => decodeWhoisText(readFileSync(recordedPath(...p)));
const rir = (name: string) => text('ipwhois-rir-fixtures/extracted', name);

describeRecorded('IP WHOIS answers of the five RIRs', () => {
  it('RIPE: the ASSIGNED PA inetnum with the abuse contact RIPE states for it', () => {
    const a = parseWhoisIpAnswer(rir('whois_ripencc_62.239.237.1.txt'), 'RIPE');
    expect(a.networks).toHaveLength(1);
    expect(a.networks[0]).toMatchObject({ rir: 'RIPE', start: '62.239.237.0', end: '62.239.237.255', status: 'ASSIGNED PA', name: 'BT-CORPORATE', abuseEmails: ['protect@bt.com'], maintainers: ['BTENT-MNT'] });
  });

  it('ARIN: the direct allocation, its organisation and abuse e-mail', () => {
    const a = parseWhoisIpAnswer(rir('whois_arin_74.125.225.229.txt'), 'ARIN');
    expect(a.networks[0]).toMatchObject({ rir: 'ARIN', handle: 'NET-74-125-0-0-1', parentHandle: 'NET-74-0-0-0-0', status: 'DIRECT ALLOCATION', holder: { handle: 'GOGL', name: 'Google Inc.', country: 'US' }, abuseEmails: ['arin-contact@google.com'] });
  });

  it('LACNIC: the abbreviated prefix expanded, the owner, the abuse person', () => {
    const a = parseWhoisIpAnswer(rir('whois_lacnic_200.57.141.161.txt'), 'LACNIC');
    expect(a.networks[0]).toMatchObject({ start: '200.57.128.0', end: '200.57.159.255', status: 'ALLOCATED', holder: { handle: 'MX-TSCV6-LACNIC', name: 'Triara.com, S.A. de C.V.' }, abuseEmails: ['operacion.redes@triara.com'] });
  });

  it('APNIC and AFRINIC: networks with holder and abuse contacts', () => {
    const apnic = parseWhoisIpAnswer(rir('whois_apnic_210.107.73.73.txt'), 'APNIC');
    expect(apnic.networks.length).toBeGreaterThan(0);
    expect(apnic.networks.at(-1)!.start).toBe('210.107.0.0');
    const afrinic = parseWhoisIpAnswer(rir('whois_afrinic_196.11.240.215.txt'), 'AFRINIC');
    expect(afrinic.networks.at(-1)).toMatchObject({ start: '196.11.239.0', end: '196.11.246.255', status: 'ASSIGNED PI' });
  });

  it('follows ARIN referrals to rwhois with their port', () => {
    const a = parseWhoisIpAnswer(text('whois-referrals/arin_referral_rwhois.txt'), 'ARIN');
    expect(a.referral).toEqual({ protocol: 'rwhois', host: 'rwhois.servernap.net', port: 4321 });
    expect(a.networks[0]!.originAsns).toEqual([32181]);
  });
});

describe('WHOIS answers that are not records', () => {
  it('treats "no entries found" as a refusal, not as an empty record', () => {
    expect(parseWhoisIpAnswer('%ERROR:101: no entries found\n%\n% No entries found in source RIPE.\n', 'RIPE').refusal).toMatch(/ERROR:101/);
  });

  it('reads whois:// and rwhois:// referrals, defaulting the port by protocol', () => {
    expect(parseReferral('whois://whois.ripe.net')).toEqual({ protocol: 'whois', host: 'whois.ripe.net', port: 43 });
    expect(parseReferral('rwhois://RWHOIS.Example.NET')).toEqual({ protocol: 'rwhois', host: 'rwhois.example.net', port: 4321 });
    expect(parseReferral('http://example.net')).toBeUndefined();
  });
});

describeRecorded('rate-limit answers of the .nl registry', () => {
  it('are refusals, not records', () => {
    for (const f of ['weppos_response_throttled.txt', 'weppos_response_throttled_daily.txt', 'weppos_response_unavailable.txt']) {
      expect(findRateLimit(readFileSync(recordedPath('whois-domain-nl', f), 'utf8')), f).toBeDefined();
    }
    expect(findRateLimit(readFileSync(recordedPath('whois-domain-nl/asyncwhois_google.nl.txt'), 'utf8'))).toBeUndefined();
  });
});
