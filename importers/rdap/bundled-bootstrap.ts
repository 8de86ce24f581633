// The bundled IANA RDAP bootstrap snapshot: the files as published by IANA, shipped inside the npm
// package `rdap` (pinned exact in package.json, so its integrity hash in package-lock.json says
// which bytes these are). Used for every file the configured folder does not hold, so a fresh
// install resolves without reaching data.iana.org; `hostchain rdap-bootstrap refresh` writes a
// newer copy into the folder, which then wins.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getBootstrapMetadata } from 'rdap';

export type BootstrapFileName = 'asn' | 'dns' | 'ipv4' | 'ipv6';

// The package does not export its package.json; its entry file lies in dist/ below it.
const entry = createRequire(import.meta.url).resolve('rdap');
const version = (JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** How evidence names this snapshot. */
export const BUNDLED_BOOTSTRAP_ORIGIN = `bundled snapshot (npm rdap@${version})`;

// Loaded once at import: the package hands the data out through an async function only, and the
// bootstrap is read synchronously on first use.
const files: Record<BootstrapFileName, unknown> = {
  asn: await getBootstrapMetadata('asn', false),
  dns: await getBootstrapMetadata('dns', false),
  ipv4: await getBootstrapMetadata('ipv4', false),
  ipv6: await getBootstrapMetadata('ipv6', false),
};

export function bundledBootstrapFile(name: BootstrapFileName): unknown {
  return files[name];
}
