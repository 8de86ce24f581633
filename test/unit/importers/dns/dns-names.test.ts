import { describe, expect, it } from 'vitest';
import { privateSuffixOf, registrableDomain } from '../../../../importers/dns/dns-names.ts';
import { SUB_REGISTRY_WHOIS } from '../../../../importers/whois/whois-domain-servers.ts';

describe('registrable domain by both sections of the Public Suffix List', () => {
  it('takes a name under a private suffix as its own domain, not the suffix', () => {
    const got = ['www.x.uk.com', 'x.eu.org', 'a.x.co.pl', 'foo.github.io', 'www.example.nl', 'shop.example.co.uk'].map((h) => `${h}|${registrableDomain(h)}`);
    expect(got).toEqual(['www.x.uk.com|x.uk.com', 'x.eu.org|x.eu.org', 'a.x.co.pl|x.co.pl', 'foo.github.io|foo.github.io', 'www.example.nl|example.nl', 'shop.example.co.uk|example.co.uk']);
  });

  it('names the private suffix and the ICANN-section domain above it, and nothing for an ICANN name', () => {
    expect(privateSuffixOf('x.uk.com')).toEqual({ suffix: 'uk.com', icannDomain: 'uk.com' });
    expect(privateSuffixOf('foo.github.io')).toEqual({ suffix: 'github.io', icannDomain: 'github.io' });
    expect(privateSuffixOf('example.nl')).toBeUndefined();
  });

  it('every sub-registry in the WHOIS table runs a private suffix of the list', () => {
    expect(Object.keys(SUB_REGISTRY_WHOIS).filter((s) => privateSuffixOf(`x.${s}`)?.suffix !== s)).toEqual([]);
  });
});
