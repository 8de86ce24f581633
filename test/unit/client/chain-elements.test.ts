import { describe, expect, it } from 'vitest';
import type { UrlChain } from '../../../client/src/api/chain.ts';
import { addChain, emptyParts } from '../../../client/src/graph/chain-elements.ts';

const block = (key: string, role: string, holder: string, country: string) => ({
  key, role, basis: 'registered' as const, why: `the registry names ${holder}`, holder, holderKey: `ORG-${holder}`, country, countryFrom: 'organisation' as const, status: null, start: '198.51.100.0', end: '198.51.100.15', prefixLength: 28, handle: null, name: key, source: 'rdap', abuseContacts: [], evidenceId: `ev-${key}`,
});

function chain(url: string, cdn = false): UrlChain {
  return {
    url, host: 'www.shop.example', aliases: ['www.shop.example', 'shop.example'],
    addresses: [{
      address: '198.51.100.7', recordType: 'A', evidenceId: 'ev-a',
      cdn: cdn ? [{ provider: 'Example CDN', operatorKey: 'ORG-CDN', cidr: '198.51.100.0/24', service: null, region: null, abuseContacts: [], evidenceId: 'ev-cdn' }] : [],
      blocks: [block('B1', 'hoster', 'Shady', 'PA'), block('B2', 'upstream', 'Upstream', 'NL')],
      origins: [{ asn: 64500, name: 'UP', country: 'NL', prefix: '198.51.100.0/24', source: 'caida', evidenceId: null, transitProviders: [{ asn: 64600, name: 'T' }] }],
    }],
    domain: { domain: 'shop.example', registrar: 'Registrar', registrarKey: 'IANA-1', reseller: null, nameservers: ['ns1.shop.example'], registrarAbuseContacts: [], registrarIsLast: false, stateUntil: null, states: [], lastRegistrar: null },
    at: null, dnsStates: [], lastKnown: null,
  };
}

describe('the chain drawn from chain(url)', () => {
  it('runs URL, host names, IP, netblocks, origin AS and transit as one path, with the domain beside', () => {
    const g = emptyParts();
    addChain(g, chain('http://www.shop.example/x'));
    expect([...g.edges.values()].map((e) => `${e.source} ${e.type} ${e.target}`)).toEqual([
      'Url:http://www.shop.example/x ON_HOST Hostname:www.shop.example',
      'Hostname:www.shop.example ALIAS_OF Hostname:shop.example',
      'Hostname:shop.example RESOLVES_TO IpAddress:198.51.100.7',
      'IpAddress:198.51.100.7 IN_NETBLOCK Netblock:B1',
      'Netblock:B1 WITHIN Netblock:B2',
      'Netblock:B2 ORIGINATED_BY AutonomousSystem:64500',
      'AutonomousSystem:64500 BUYS_TRANSIT_FROM AutonomousSystem:64600',
      'Hostname:www.shop.example IN_DOMAIN Domain:shop.example',
      'Domain:shop.example REGISTERED_VIA Organization:IANA-1',
      'Domain:shop.example DELEGATED_TO Hostname:ns1.shop.example',
    ]);
  });

  it('puts each netblock inside its holder, and marks the party outside the EU', () => {
    const g = emptyParts();
    addChain(g, chain('http://www.shop.example/x'));
    expect(g.nodes.get('Netblock:B1')).toMatchObject({ parent: 'Organization:ORG-Shady', role: 'hoster', eu: 'non-eu', countryFrom: 'organisation' });
    expect(g.nodes.get('Organization:ORG-Shady')).toMatchObject({ eu: 'non-eu', caption: 'Shady\nhoster · PA · outside EU' });
    expect(g.nodes.get('Organization:ORG-Upstream')).toMatchObject({ eu: 'eu', caption: 'Upstream\nupstream · NL' });
  });

  it('marks a CDN-fronted address and links it to the CDN to ask for the origin', () => {
    const g = emptyParts();
    addChain(g, chain('http://www.shop.example/x', true));
    expect(g.nodes.get('IpAddress:198.51.100.7')).toMatchObject({ cdn: 'yes', caption: '198.51.100.7\nCDN-fronted' });
    expect(g.edges.get('IN_CDN_RANGE:IpAddress:198.51.100.7->Organization:ORG-CDN')).toMatchObject({ caption: '198.51.100.0/24' });
  });

  it('draws the shared parties of a case once', () => {
    const g = emptyParts();
    addChain(g, chain('http://www.shop.example/x'));
    const before = g.nodes.size;
    addChain(g, chain('http://www.shop.example/y'));
    expect(g.nodes.size).toBe(before + 1);
  });

  it('takes EU membership and the record of orders from the server\'s parties', () => {
    const g = emptyParts();
    const c = chain('http://www.shop.example/x');
    c.parties = [{ key: 'IANA-1', name: 'Registrar', role: 'registrar', basis: 'registered', why: 'the registry names it', country: 'DE', countryFrom: 'organisation', inEu: true, abuseContacts: [], addresses: [], record: { received: 2, compliedInTime: 1, late: 1, notComplied: 0 } }];
    addChain(g, c);
    expect(g.nodes.get('Organization:IANA-1')).toMatchObject({ eu: 'eu', record: '2 received, 1 complied in time, 1 late, 0 not complied', caption: 'Registrar\nregistrar · DE' });
  });
});
