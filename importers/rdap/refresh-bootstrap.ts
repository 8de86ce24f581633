// Refreshes the IANA RDAP bootstrap files (RFC 9224) from data.iana.org, or from a mirror, into
// the configured folder. Written to a temporary folder and validated first: a broken download
// never replaces a working bootstrap.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRdapBootstrap } from './rdap-bootstrap.ts';
import { exchangeRdap } from './rdap-transport.ts';

export const IANA_BOOTSTRAP_BASE = 'https://data.iana.org/rdap/';
const FILES = ['asn', 'dns', 'ipv4', 'ipv6'] as const;

export async function refreshRdapBootstrap(opts: { dir: string; from?: string; timeoutMs?: number }): Promise<Record<(typeof FILES)[number], string>> {
  const base = (opts.from ?? IANA_BOOTSTRAP_BASE).replace(/\/?$/, '/');
  mkdirSync(path.dirname(path.resolve(opts.dir)), { recursive: true });
  const tmp = mkdtempSync(path.join(path.dirname(path.resolve(opts.dir)), '.rdap-bootstrap-'));
  try {
    for (const f of FILES) {
      const ex = await exchangeRdap({ url: `${base}${f}.json`, timeoutMs: opts.timeoutMs ?? 30_000, maxBytes: 8 << 20 });
      if (ex.status !== 200) throw new Error(`${base}${f}.json: HTTP ${ex.status}`);
      writeFileSync(path.join(tmp, `${f}.json`), ex.body);
    }
    const publication = loadRdapBootstrap(tmp, {}, { useBundled: false }).publication;
    rmSync(opts.dir, { recursive: true, force: true });
    renameSync(tmp, opts.dir);
    return publication;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
