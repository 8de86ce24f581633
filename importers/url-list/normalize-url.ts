// Normalisation of the messy URL lists that hotlines and partners send. The normalised URL is the
// graph key of a `Url`, so two spellings of one address must give one string.
import { domainToUnicode } from 'node:url';
import ipaddr from 'ipaddr.js';

export interface NormalizedUrl {
  /** The key: scheme, ASCII host, non-default port, path, query; no userinfo, no fragment. */
  url: string;
  scheme: 'http' | 'https';
  /** ASCII (punycode) host without brackets or trailing dot. */
  hostname: string;
  /** The host for display: IDN labels turned back to Unicode. */
  hostnameUnicode: string;
  /** 4 or 6 when the host is an IP literal, else undefined. */
  ipVersion: 4 | 6 | undefined;
  port: number | undefined;
}

export class UrlInputError extends Error {
  readonly code = 'URL_INVALID';
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/**
 * The URL is a graph key under a range index, and Neo4j refuses index keys past 8,167 bytes
 * ("property value is too large to index"): longer lines are refused at intake, by line.
 */
export const MAX_URL_BYTES = 8000;
// RFC 3986 §2.3: unreserved characters are equivalent percent-encoded or not; §6.2.2.1: hex digits
// of the remaining escapes are compared case-insensitively, so normalise them to upper case.
const ESCAPE = /%([0-9a-fA-F]{2})/g;
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const LDH_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const BLOCKED_RANGES = new Set(['unspecified', 'loopback', 'private', 'linkLocal', 'multicast', 'broadcast', 'uniqueLocal']);

export function normalizeUrl(input: string): NormalizedUrl {
  const text = input.trim().replace(/^<(.*)>$/, '$1');
  if (text === '') throw new UrlInputError('empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_URL_BYTES) throw new UrlInputError(`${bytes.toLocaleString('en-US')} bytes long; a URL may have at most ${MAX_URL_BYTES.toLocaleString('en-US')}`);
  if (/\s/.test(text)) throw new UrlInputError('contains whitespace');
  // "example.com/x" in a list means http://example.com/x; a reported URL without scheme is common.
  const withScheme = SCHEME.test(text) ? text : `http://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    throw new UrlInputError('not a URL');
  }
  const scheme = parsed.protocol.slice(0, -1).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') throw new UrlInputError(`scheme ${scheme}: only http and https are resolved`);
  const host = normalizeHost(parsed.hostname);
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  parsed.hostname = host.ipVersion === 6 ? `[${host.hostname}]` : host.hostname;
  const url = parsed.href.replace(ESCAPE, (_m, hex: string) => decodeUnreserved(hex));
  if (Buffer.byteLength(url, 'utf8') > MAX_URL_BYTES) throw new UrlInputError(`longer than ${MAX_URL_BYTES.toLocaleString('en-US')} bytes once normalised`);
  return { url, scheme, ...host, port: parsed.port === '' ? undefined : Number(parsed.port) };
}

/**
 * The line as it may be kept as evidence: a user name and password in a reported URL
 * ("http://user:secret@host/") are credentials, not evidence, and are replaced by "[redacted]".
 */
export function redactUserinfo(line: string): { text: string; redacted: boolean } {
  const m = /^(\s*<?(?:[a-z][a-z0-9+.-]*:)?\/\/|\s*<?)([^/?#\s]*)@/i.exec(line);
  if (m === null || m[2]!.includes('/')) return { text: line, redacted: false };
  return { text: `${m[1]}[redacted]@${line.slice(m[0].length)}`, redacted: true };
}

function decodeUnreserved(hex: string): string {
  const ch = String.fromCharCode(parseInt(hex, 16));
  return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
}

function normalizeHost(rawHost: string): Pick<NormalizedUrl, 'hostname' | 'hostnameUnicode' | 'ipVersion'> {
  // The WHATWG parser has already lower-cased, IDNA-mapped (UTS-46) and punycoded the host.
  const host = rawHost.replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '');
  if (host === '') throw new UrlInputError('no host');
  if (ipaddr.isValid(host)) return normalizeIpHost(host);
  const labels = host.split('.');
  if (labels.length < 2) throw new UrlInputError(`host "${host}" is a single label, not an internet name`);
  const bad = labels.find((l) => !LDH_LABEL.test(l));
  if (bad !== undefined) throw new UrlInputError(`host label "${bad}" is not a valid DNS label`);
  if (host.length > 253) throw new UrlInputError('host is longer than 253 characters');
  return { hostname: host, hostnameUnicode: domainToUnicode(host) || host, ipVersion: undefined };
}

function normalizeIpHost(host: string): Pick<NormalizedUrl, 'hostname' | 'hostnameUnicode' | 'ipVersion'> {
  let addr = ipaddr.parse(host);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  const range = addr.range();
  if (BLOCKED_RANGES.has(range)) throw new UrlInputError(`address ${addr.toString()} is ${range}, not reachable on the internet`);
  const text = addr.kind() === 'ipv6' ? (addr as ipaddr.IPv6).toNormalizedString().replace(/\b0+(?=[0-9a-f])/g, '') : addr.toString();
  const canonical = addr.kind() === 'ipv6' ? ipaddr.parse(text).toString() : text;
  return { hostname: canonical, hostnameUnicode: canonical, ipVersion: addr.kind() === 'ipv6' ? 6 : 4 };
}
