// Parsers for the compact environment forms of the configuration. Each throws an Error whose
// message names the offending entry, so `loadConfig` can prefix the variable's name.
import { isIP } from 'node:net';

export interface HostPort {
  host: string;
  port: number;
}

/** `host:port`, `[v6]:port`, or a bare host with `defaultPort`. */
export function parseHostPort(text: string, defaultPort?: number): HostPort {
  const s = text.trim();
  if (s === '') throw new Error('empty host:port');
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  if (bracketed) return { host: bracketed[1]!, port: toPort(bracketed[2], defaultPort, s) };
  if (isIP(s) === 6) return { host: s, port: toPort(undefined, defaultPort, s) };
  const idx = s.lastIndexOf(':');
  if (idx === -1) return { host: s, port: toPort(undefined, defaultPort, s) };
  const host = s.slice(0, idx);
  if (host === '') throw new Error(`"${s}": missing host`);
  return { host, port: toPort(s.slice(idx + 1), defaultPort, s) };
}

function toPort(raw: string | undefined, fallback: number | undefined, whole: string): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`"${whole}": missing :port`);
    return fallback;
  }
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 65535) throw new Error(`"${whole}": port must be 1-65535`);
  return n;
}

/** Comma-separated `host:port` list (HOSTCHAIN_DNS_SERVERS). */
export function parseHostPortList(text: string, defaultPort: number): HostPort[] {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) throw new Error('no servers listed');
  return parts.map((p, i) => {
    try {
      return parseHostPort(p, defaultPort);
    } catch (err) {
      throw new Error(`entry ${i + 1}: ${(err as Error).message}`);
    }
  });
}

/** Comma-separated `name=host:port`, `*=host:port` for every other server (HOSTCHAIN_WHOIS_SERVERS). */
export function parseWhoisServerMap(text: string): Record<string, HostPort> {
  const map: Record<string, HostPort> = {};
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  parts.forEach((p, i) => {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new Error(`entry ${i + 1} "${p}": expected name=host:port`);
    const name = p.slice(0, eq).trim().toLowerCase();
    try {
      map[name] = parseHostPort(p.slice(eq + 1), 43);
    } catch (err) {
      throw new Error(`entry ${i + 1} (${name}): ${(err as Error).message}`);
    }
  });
  if (parts.length === 0) throw new Error('no servers listed');
  return map;
}
