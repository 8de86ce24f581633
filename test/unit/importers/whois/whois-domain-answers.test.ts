// Answers without a record: free, reserved or refused, in the registries' own words.
import { describe, expect, it } from 'vitest';
import { parseWhoisDomain } from '../../../../importers/whois/whois-domain-parse.ts';

const kind = (text: string) => parseWhoisDomain('x.example', text).answer;

describe('answers without a record', () => {
  it('reads the free sentences of many registries as free', () => {
    const free = [
      'x.nl is free', 'No match for "X.COM".', 'Domain not found.', 'No Data Found', 'The queried object does not exist: DOMAIN NOT FOUND',
      'This domain name has not been registered.', 'Domain: x.de\nStatus: free', 'Domain: x.eu\nScript: LATIN\nStatus: AVAILABLE',
      'Domain Name: x.cx\nDomain Status: No Object Found', 'No entries found for the selected source(s).', '%ERROR:103: Domain is not registered',
    ];
    expect(free.map(kind)).toEqual(free.map(() => 'free'));
  });

  it('reads the rate limits and refusals of many registries as refused', () => {
    const refused = [
      'whois.domain-registry.nl: only 1 request per second allowed, try again later', 'WHOIS LIMIT EXCEEDED - SEE WWW.PIR.ORG/WHOIS FOR DETAILS',
      'Your connection limit exceeded. Please slow down and try again later.', '55000000002 Connection refused; access control limit reached',
      'Excessive querying, grace period of 60 seconds', '%ERROR:201: access denied', 'Query rate limit exceeded. Please wait.',
    ];
    expect(refused.map(kind)).toEqual(refused.map(() => 'refused'));
  });

  it('says a free answer that mentions throttling in its terms is still free', () => {
    expect(kind('Domain not found.\nTerms of Use: Queries to the Whois services are throttled. If too many queries are received from a single IP address within a specified time, the service will begin to reject further queries.')).toBe('free');
  });

  it('holds a reserved name apart from a free one', () => {
    expect(parseWhoisDomain('login.name', 'Not available for registration.\nSecond level domain name is reserved.').states).toEqual(['reserved']);
  });

  it('calls text that is neither record nor statement unreadable, never free', () => {
    expect(kind('% Welcome to the example WHOIS service\n% Terms of use apply.\n')).toBe('unreadable');
  });
});

describe('record layouts', () => {
  it('CentralNic: the registrar on "Sponsoring Registrar Organization:"', () => {
    expect(parseWhoisDomain('x.uk.com', 'Domain Name: X.UK.COM\nSponsoring Registrar ID: H292913\nSponsoring Registrar IANA ID: 292\nSponsoring Registrar Organization: MarkMonitor Inc.\nName Server: NS1.EXAMPLE.NET\n').registrar).toMatchObject({ name: 'MarkMonitor Inc.', ianaId: '292' });
  });

  it('.nl quarantine: the last registrar, marked, and the date out of quarantine', () => {
    const r = parseWhoisDomain('gone.nl', 'Domain name: gone.nl\nStatus:      in quarantine\n\nLast registrar:\n   Example Registrar B.V.\n   Amsterdam\n\nDate out of quarantine: 2026-12-30T10:00:00\n');
    expect([r.states, r.registrar?.name, r.registrar?.lastRegistrarOnly, r.stateUntil]).toEqual([['quarantine'], 'Example Registrar B.V.', true, '2026-12-30T10:00:00']);
  });

  it('Nominet: the sentence under "Data validation" is never the registrar', () => {
    const r = parseWhoisDomain('x.uk', '    Domain name:\n        x.uk\n    Data validation:\n        Nominet was able to match the registrant\'s name and address against a 3rd party data source on 23-Oct-2017\n    Registrar:\n        Example Ltd t/a Example [Tag = EXAMPLE]\n        URL: http://www.example.co.uk\n    Name servers:\n        ns1.example.co.uk\n');
    expect(r.registrar?.name).toBe('Example Ltd t/a Example [Tag = EXAMPLE]');
  });

  it('a registrar named by handle takes the name given beside the handle (.sk)', () => {
    const r = parseWhoisDomain('x.sk', 'Domain:                       x.sk\nNameserver:                   ns1.example.sk\nRegistrar:                    EXAM-0001\nName:                         Example, s.r.o.\nOrganization:                 Example, s.r.o.\n');
    expect([r.registrar?.name, r.registrar?.handle]).toEqual(['Example, s.r.o.', 'EXAM-0001']);
  });
});
