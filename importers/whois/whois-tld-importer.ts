// IANA's answer about a TLD, asked to learn the TLD's WHOIS server. The answer is kept as evidence
// (the registry chosen for a domain must be traceable) but states no fact about any party.
import type { Importer, Observation, RawEvidence } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { IANA_WHOIS } from './whois-domain-servers.ts';
import { WhoisExchangeError } from './whois-transport.ts';

export interface WhoisTldQuery {
  tld: string;
}

export const whoisTldImporter: Importer<WhoisTldQuery> = {
  source: 'whois',
  cache: (q, io) => ({ server: IANA_WHOIS, query: q.tld, freshnessMs: io.whois.cacheFreshnessMs }),
  async fetch(q: WhoisTldQuery, io: SourceIo): Promise<RawEvidence> {
    const observedAt = io.now();
    const base = { source: 'whois' as const, server: IANA_WHOIS, serverAddress: io.whois.endpointOf(IANA_WHOIS), query: q.tld, observedAt, meta: { tld: q.tld } };
    try {
      const ex = await io.whois.query(IANA_WHOIS, q.tld);
      return { ...base, serverAddress: ex.remoteAddress || base.serverAddress, body: ex.response, status: 'ok' };
    } catch (err) {
      if (!(err instanceof WhoisExchangeError)) throw err;
      return { ...base, body: err.partial, status: 'failed', error: `${err.code}: ${err.message}` };
    }
  },
  *parse(): Iterable<Observation> {},
};
