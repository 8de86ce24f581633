import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../../importers/url-list/normalize-url.ts';

const key = (s: string) => normalizeUrl(s).url;

describe('normalizing reported URLs', () => {
  it('adds http:// to a URL listed without a scheme', () => {
    expect(key('example.com/a/b?c=1')).toBe('http://example.com/a/b?c=1');
  });

  it('lower-cases scheme and host but keeps the case of the path', () => {
    expect(key('HTTP://WWW.Example.COM/Path/File.JPG')).toBe('http://www.example.com/Path/File.JPG');
  });

  it('turns an IDN host into punycode and keeps the Unicode form for display', () => {
    const n = normalizeUrl('https://Bücher.example/über');
    expect(n.url).toBe('https://xn--bcher-kva.example/%C3%BCber');
    expect(n.hostname).toBe('xn--bcher-kva.example');
    expect(n.hostnameUnicode).toBe('bücher.example');
  });

  it('drops userinfo, the fragment, a default port and a trailing dot', () => {
    expect(key('http://user:pw@example.com.:80/x#frag')).toBe('http://example.com/x');
  });

  it('keeps a non-default port', () => {
    const n = normalizeUrl('https://example.com:8443/x');
    expect(n.url).toBe('https://example.com:8443/x');
    expect(n.port).toBe(8443);
  });

  it('decodes percent-escapes of unreserved characters and upper-cases the others', () => {
    expect(key('http://example.com/%7euser/%41%2fb%3a')).toBe('http://example.com/~user/A%2Fb%3A');
  });

  it('accepts IPv4 and IPv6 literals in canonical form', () => {
    expect(normalizeUrl('http://198.51.100.7/x')).toMatchObject({ hostname: '198.51.100.7', ipVersion: 4 });
    expect(normalizeUrl('http://[2001:DB8:0:0::1]:8080/x')).toMatchObject({ url: 'http://[2001:db8::1]:8080/x', hostname: '2001:db8::1', ipVersion: 6 });
  });

  it('gives one key for the spellings of one address', () => {
    const spellings = ['EXAMPLE.com/a', 'http://example.com./a', 'http://u@example.com:80/a#x', 'http://example.com/%61'];
    expect(new Set(spellings.map(key))).toEqual(new Set(['http://example.com/a']));
  });

  it('rejects what cannot be resolved on the internet, saying why', () => {
    expect(() => normalizeUrl('ftp://example.com/x')).toThrow(/scheme ftp/);
    expect(() => normalizeUrl('http://localhost/x')).toThrow(/single label/);
    expect(() => normalizeUrl('http://10.1.2.3/x')).toThrow(/private/);
    expect(() => normalizeUrl('http://127.0.0.1/x')).toThrow(/loopback/);
    expect(() => normalizeUrl('http://exa mple.com/')).toThrow(/whitespace/);
    expect(() => normalizeUrl('http://-bad-.example/')).toThrow(/not a valid DNS label/);
    expect(() => normalizeUrl('')).toThrow(/empty/);
  });
});
