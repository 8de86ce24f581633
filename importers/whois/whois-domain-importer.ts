// Domain WHOIS as a source, for TLDs without RDAP. The server comes from IANA's referral
// (importers/resolve/domain-whois-server.ts) and is reached through the configured server map;
// the query line is the one the registry needs (whois-domain-servers.ts). An answer that is no
// record and does not say the name is free or reserved (a rate limit, an error, text we cannot
// read) is kept as failed evidence: it ends nothing.
import type { Importer, Observation, RawEvidence } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { domainFacts } from '../registry/domain-facts.ts';
import { parseWhoisDomain } from './whois-domain-parse.ts';
import { whoisDomainQueryLine } from './whois-domain-servers.ts';
import { decodeWhoisText, WhoisExchangeError } from './whois-transport.ts';

export interface WhoisDomainQuery {
  domain: string;
  server: string;
}

/** Why an answer is a failed lookup, or undefined for a record or a free/reserved answer. */
export function whoisDomainFailure(domain: string, text: string): string | undefined {
  const a = parseWhoisDomain(domain, text);
  if (a.answer === 'refused') return `refused: ${a.answerLine}`;
  if (a.answer === 'unreadable') return 'unreadable answer: neither a registration nor a statement that the name is free';
  return undefined;
}

export const whoisDomainImporter: Importer<WhoisDomainQuery> = {
  source: 'whois',
  cache: (q, io) => ({ server: q.server, query: whoisDomainQueryLine(q.server, q.domain), freshnessMs: io.whois.cacheFreshnessMs }),
  async fetch(q: WhoisDomainQuery, io: SourceIo): Promise<RawEvidence> {
    const observedAt = io.now();
    const line = whoisDomainQueryLine(q.server, q.domain);
    const base = { source: 'whois' as const, server: q.server, serverAddress: io.whois.endpointOf(q.server), query: line, observedAt, meta: { domain: q.domain } };
    try {
      const ex = await io.whois.query(q.server, line);
      const failure = whoisDomainFailure(q.domain, decodeWhoisText(ex.response));
      return { ...base, serverAddress: ex.remoteAddress || base.serverAddress, body: ex.response, status: failure ? 'failed' : 'ok', error: failure };
    } catch (err) {
      if (!(err instanceof WhoisExchangeError)) throw err;
      return { ...base, body: err.partial, status: 'failed', error: `${err.code}: ${err.message}` };
    }
  },
  *parse(raw: RawEvidence): Iterable<Observation> {
    if (raw.status !== 'ok') return;
    const domain = String(raw.meta?.domain ?? raw.query);
    const answer = parseWhoisDomain(domain, decodeWhoisText(raw.body));
    if (answer.answer === 'refused' || answer.answer === 'unreadable') return;
    yield domainFacts(answer);
  },
};
