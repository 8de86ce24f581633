import { describe, expect, it } from 'vitest';
import { chainParties, nameCdnsByRegistry, skippedParties } from '../../../server/addressees/chain-party-notes.ts';
import type { AddressView, Party } from '../../../server/rules/chain-parties.ts';
import type { AddresseeGroup } from '../../../server/rules/suggest.ts';

const party = (key: string, name: string, role: Party['role'], country: string | null, inEu: boolean | undefined): Party => ({ key, name, role, country, countryFrom: null, inEu, abuse: [], basis: 'registered', why: '', evidenceIds: [] });
const hoster = party('RIPE:ORG-H', 'Shady Hosting', 'hoster', 'NL', true);
const reseller = party('RIPE:ORG-R', 'Offshore Resale Ltd', 'reseller', 'SC', false);
const upstream = party('RIPE:ORG-U', 'Example Upstream B.V.', 'upstream', 'NL', true);
const registrar = party('IANA:999', 'Example Registrar', 'registrar', null, undefined);
const view = (url: string): AddressView => ({ url, address: '198.51.100.5', domain: 'shop.example', hoster, blocks: [hoster, reseller, upstream], cdn: [], registrar, lastKnownEndedAt: undefined });
const groups = [{ instrument: 'removal-order', addressee: hoster, urls: ['http://a/', 'http://b/'], reasons: [], flags: [], legalBasis: undefined, deadlineHours: undefined }] as AddresseeGroup[];

describe('what the addressee screen says beside the rules', () => {
  it('lists every party on the chains once: hoster, reseller, upstream and registrar', () => {
    expect(chainParties([view('http://a/'), view('http://b/')]).map((p) => `${p.role}:${p.name}`)).toEqual(['hoster:Shady Hosting', 'reseller:Offshore Resale Ltd', 'upstream:Example Upstream B.V.', 'registrar:Example Registrar']);
  });

  it('says once, for all its URLs, why the reseller outside the EU and the registrar were passed over', () => {
    const skipped = skippedParties([view('http://a/'), view('http://b/')], groups, new Set());
    expect(skipped.map((s) => [s.party.name, s.urls.length])).toEqual([['Offshore Resale Ltd', 2], ['Example Upstream B.V.', 2], ['Example Registrar', 2]]);
    expect(skipped[0]!.text).toBe('Offshore Resale Ltd (reseller) was passed over: it is outside the EU (SC), so no order under EU or Dutch law reaches it; the rules ask a party in the EU instead.');
    expect(skipped[2]!.text).toContain('addressed only when the domain is marked as dedicated');
  });

  it('names a CDN known only by its ranges after the registry entity that holds the address', () => {
    const cdnView: AddressView = { ...view('http://c/'), blocks: [party('RIPE:ORG-CDN', 'Example CDN Inc.', 'hoster', 'US', false)], cdn: [{ ...party('NAME:Example CDN', 'Example CDN', 'cdn', null, undefined), cidr: '203.0.113.0/24' }] };
    expect(nameCdnsByRegistry([cdnView])[0]!.cdn.map((c) => [c.key, c.name, c.country])).toEqual([['RIPE:ORG-CDN', 'Example CDN Inc.', 'US']]);
  });
});
