// The WHOIS server of a domain's TLD: a seeded IANA answer, else IANA asked once per TLD and job
// (the answers of one SourceIo are kept in memory; across jobs the stored IANA answer is reused
// while fresh, through the WHOIS evidence cache). A failed IANA lookup is kept as failed evidence
// and leaves the TLD without a server for this job: "no answer" is never "no registry".
import { runImport, type ImportDeps, type ImportResult } from '../core/run-import.ts';
import type { SourceIo } from '../core/source-io.ts';
import { parseIanaTldReferral, SEEDED_TLD_SERVERS, tldOf } from '../whois/whois-domain-servers.ts';
import { whoisTldImporter } from '../whois/whois-tld-importer.ts';
import { decodeWhoisText } from '../whois/whois-transport.ts';

export interface TldServer {
  server: string | undefined;
  /** IANA's answer, when one was asked for in this call (the first for its TLD in this job). */
  evidence?: ImportResult | undefined;
}

const perIo = new WeakMap<SourceIo, Map<string, Promise<TldServer>>>();

export function whoisServerForTld(domain: string, deps: ImportDeps): Promise<TldServer> {
  const tld = tldOf(domain);
  const seeded = SEEDED_TLD_SERVERS[tld];
  if (seeded !== undefined) return Promise.resolve({ server: seeded });
  let known = perIo.get(deps.io);
  if (known === undefined) perIo.set(deps.io, (known = new Map()));
  const cached = known.get(tld);
  if (cached !== undefined) return cached.then((t) => ({ server: t.server }));
  const asked = askIana(tld, deps);
  known.set(tld, asked);
  return asked;
}

async function askIana(tld: string, deps: ImportDeps): Promise<TldServer> {
  const r = await runImport(whoisTldImporter, { tld }, deps);
  const server = r.status === 'ok' ? parseIanaTldReferral(decodeWhoisText(r.raw.body)) : undefined;
  return { server, evidence: r.cached ? undefined : r };
}
