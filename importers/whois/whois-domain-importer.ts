// Domain WHOIS as a source, for ccTLDs without RDAP. The server per TLD is a short table of
// registries whose port-43 service is known; IANA's whois.iana.org names the rest (refer:).
import type { Importer, Observation, RawEvidence } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { domainFacts } from '../registry/domain-facts.ts';
import { parseWhoisDomain } from './whois-domain-parse.ts';
import { findRateLimit } from './whois-refusals.ts';
import { decodeWhoisText, WhoisExchangeError } from './whois-transport.ts';

export interface WhoisDomainQuery {
  domain: string;
  server: string;
}

// Registry WHOIS servers of ccTLDs the Dutch authority meets most; others come from IANA.
const CCTLD_WHOIS: Record<string, string> = {
  nl: 'whois.domain-registry.nl', be: 'whois.dns.be', de: 'whois.denic.de', eu: 'whois.eu', fr: 'whois.nic.fr', uk: 'whois.nic.uk', ru: 'whois.tcinet.ru', se: 'whois.iis.se',
};

export function whoisServerForDomain(domain: string): string | undefined {
  return CCTLD_WHOIS[domain.split('.').pop() ?? ''];
}

export const whoisDomainImporter: Importer<WhoisDomainQuery> = {
  source: 'whois',
  cache: (q, io) => ({ server: q.server, query: q.domain, freshnessMs: io.whois.cacheFreshnessMs }),
  async fetch(q: WhoisDomainQuery, io: SourceIo): Promise<RawEvidence> {
    const observedAt = io.now();
    const base = { source: 'whois' as const, server: q.server, serverAddress: io.whois.endpointOf(q.server), query: q.domain, observedAt };
    try {
      const ex = await io.whois.query(q.server, q.domain);
      const refusal = findRateLimit(decodeWhoisText(ex.response));
      return { ...base, serverAddress: ex.remoteAddress || base.serverAddress, body: ex.response, status: refusal ? 'failed' : 'ok', error: refusal ? `refused: ${refusal}` : undefined };
    } catch (err) {
      if (!(err instanceof WhoisExchangeError)) throw err;
      return { ...base, body: err.partial, status: 'failed', error: `${err.code}: ${err.message}` };
    }
  },
  *parse(raw: RawEvidence): Iterable<Observation> {
    if (raw.status !== 'ok') return;
    const reg = parseWhoisDomain(raw.query, decodeWhoisText(raw.body));
    if (!reg.available) yield domainFacts(reg);
  },
};
