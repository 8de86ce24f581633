import { describe, expect, it } from 'vitest';
import { inferRoles } from '../../../server/chain/infer-roles.ts';
import { sameParty } from '../../../server/chain/same-party.ts';
import type { ChainBlock, ChainOrigin } from '../../../server/queries/chain.ts';

const block = (b: Partial<ChainBlock> & Pick<ChainBlock, 'key' | 'status'>): ChainBlock => ({
  depth: 0, handle: null, name: null, blockCountry: null, start: '203.0.113.0', end: '203.0.113.255', prefixLength: 24, evidenceId: `ev-${b.key}`, source: 'rdap',
  holder: null, holderKey: null, holderCountry: null, holderNameFrom: null, holderEvidenceId: null, abuse: [], registeredOrigins: [], ...b,
});
const origin = (o: Partial<ChainOrigin> & Pick<ChainOrigin, 'asn'>): ChainOrigin => ({
  prefix: '203.0.113.0/24', name: null, asName: null, holderKey: null, holderName: null, holderEvidenceId: null, country: null, holderCountry: null, asCountry: null,
  evidenceId: `ev-AS${o.asn}`, source: 'dns', transitProviders: [], ...o,
});
const roles = (r: ReturnType<typeof inferRoles>) => r.blocks.map((b) => `${b.role}/${b.basis}: ${b.holder}`);

const cloud = block({ key: 'ARIN 203.0.113.0-203.0.113.255', status: 'DIRECT ALLOCATION', holder: 'Example Cloud, Inc.', holderKey: 'ARIN:EXCL', holderCountry: 'US' });

describe('roles from the registry alone', () => {
  it('makes the holder of a most specific assignment the hoster, resellers between, the allocation the upstream', () => {
    const r = inferRoles({
      address: '203.0.113.9',
      blocks: [
        block({ key: 'h', status: 'ASSIGNED PA', holder: 'Shady Hosting', holderKey: 'RIPE:ORG-SH' }),
        block({ key: 'r', status: 'SUB-ALLOCATED PA', holder: 'Example Reseller', holderKey: 'RIPE:ORG-RS' }),
        block({ key: 'u', status: 'ALLOCATED PA', holder: 'Example Upstream', holderKey: 'RIPE:ORG-UP' }),
      ],
      origins: [origin({ asn: 64500, holderKey: 'RIPE:ORG-UP', holderName: 'Example Upstream' })],
    });
    expect(roles(r)).toEqual(['hoster/registered: Shady Hosting', 'reseller/registered: Example Reseller', 'upstream/registered: Example Upstream']);
    expect(r.hoster).toMatchObject({ key: 'RIPE:ORG-SH', basis: 'registered', why: 'Shady Hosting holds 203.0.113.0/24 (ASSIGNED PA), the most specific registry object covering 203.0.113.9' });
  });

  it('names no hoster for an allocation when routing says nothing', () => {
    const r = inferRoles({ address: '203.0.113.9', blocks: [cloud], origins: [] });
    expect(roles(r)).toEqual(['upstream/registered: Example Cloud, Inc.']);
    expect(r.hoster).toBeUndefined();
  });
});

describe('roles from registry and routing together', () => {
  it('makes a cloud provider the hoster of its own allocation when its own AS announces it (matched by key)', () => {
    const r = inferRoles({ address: '203.0.113.9', blocks: [cloud], origins: [origin({ asn: 64496, holderKey: 'ARIN:EXCL', holderName: 'Example Cloud, Inc.', holderEvidenceId: 'ev-autnum' })] });
    expect(roles(r)).toEqual(['hoster/inferred: Example Cloud, Inc.']);
    expect(r.hoster).toMatchObject({ key: 'ARIN:EXCL', basis: 'inferred', asn: 64496, country: 'US', countryFrom: 'organisation' });
    expect(r.hoster!.why).toContain('announces it from its own AS64496 (Example Cloud, Inc.) (held by the same registry organisation)');
    expect(r.hoster!.evidenceIds).toEqual(['ev-ARIN 203.0.113.0-203.0.113.255', 'ev-AS64496', 'ev-autnum']);
  });

  it("matches an AS name such as Team Cymru's to the block holder's name", () => {
    const r = inferRoles({ address: '203.0.113.9', blocks: [cloud], origins: [origin({ asn: 64496, asName: 'EXCLOUD-02 - Example Cloud, Inc., US' })] });
    expect(r.hoster?.basis).toBe('inferred');
  });

  it("takes the origin the holder's own registry object names (ARIN OriginAS) when the AS holder is unknown", () => {
    const own = { ...cloud, registeredOrigins: [64496] };
    expect(inferRoles({ address: '203.0.113.9', blocks: [own], origins: [origin({ asn: 64496 })] }).hoster?.why).toContain('(the origin its own registry object names)');
    expect(inferRoles({ address: '203.0.113.9', blocks: [own], origins: [origin({ asn: 64511 })] }).hoster).toBeUndefined();
  });

  it('presumes the announcing network hosts leased space, and makes the registry holder the lessor', () => {
    const lessor = block({ key: 'RIPE 203.0.113.0-203.0.113.255', status: 'ALLOCATED PA', holder: 'Example Lessor B.V.', holderKey: 'RIPE:ORG-LS', holderCountry: 'NL' });
    const r = inferRoles({ address: '203.0.113.9', blocks: [lessor], origins: [origin({ asn: 64501, holderKey: 'RIPE:ORG-LE', holderName: 'Example Lessee Ltd', holderCountry: 'SC', asCountry: 'NL' })] });
    expect(roles(r)).toEqual(['lessor/presumed: Example Lessor B.V.']);
    expect(r.hoster).toMatchObject({ key: 'RIPE:ORG-LE', name: 'Example Lessee Ltd', basis: 'presumed', country: 'SC', countryFrom: 'organisation', asn: 64501, block: undefined });
    expect(r.hoster!.why).toBe('AS64501 (Example Lessee Ltd) announces 203.0.113.0/24, which the registry gives to Example Lessor B.V. (203.0.113.0/24, ALLOCATED PA) with no assignment to Example Lessee Ltd: leased space, presumably hosted by the announcing network');
  });

  it('does not presume a lease when the announcing AS belongs to a holder higher up (the upstream announces its reseller\'s space)', () => {
    const r = inferRoles({
      address: '203.0.113.9',
      blocks: [block({ key: 'r', status: 'SUB-ALLOCATED PA', holder: 'Example Reseller', holderKey: 'RIPE:ORG-RS' }), block({ key: 'u', status: 'ALLOCATED PA', holder: 'Example Upstream', holderKey: 'RIPE:ORG-UP' })],
      origins: [origin({ asn: 64500, holderKey: 'RIPE:ORG-UP' })],
    });
    expect(roles(r)).toEqual(['reseller/registered: Example Reseller', 'upstream/registered: Example Upstream']);
    expect(r.hoster).toBeUndefined();
  });

  it('keeps a registered assignment as the hoster whoever announces it', () => {
    const r = inferRoles({ address: '203.0.113.9', blocks: [block({ key: 'h', status: 'ASSIGNED PA', holder: 'Customer', holderKey: 'RIPE:ORG-CU' })], origins: [origin({ asn: 64501, holderKey: 'RIPE:ORG-OTHER', holderName: 'Other' })] });
    expect(r.hoster).toMatchObject({ key: 'RIPE:ORG-CU', basis: 'registered' });
  });
});

describe('one party under two spellings', () => {
  it('matches legal-form variants and AS-name decorations, not a bare common word', () => {
    expect(sameParty({ names: ['AMAZON-02 - Amazon.com, Inc., US'] }, { names: ['Amazon.com, Inc.'] })).toEqual({ same: true, by: 'name' });
    expect(sameParty({ names: ['GOOGLE - Google LLC, US'] }, { names: ['Google Inc.'] })).toEqual({ same: true, by: 'name' });
    expect(sameParty({ key: 'ripe:org-x1', names: [] }, { key: 'RIPE:ORG-X1', names: [] })).toEqual({ same: true, by: 'key' });
    expect(sameParty({ names: ['Net Ltd'] }, { names: ['Example Net Services'] })).toEqual({ same: false });
    expect(sameParty({ names: ['Hetzner Online GmbH'] }, { names: ['OVH SAS'] })).toEqual({ same: false });
  });
});
