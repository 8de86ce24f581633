// RDAP as a source: one HTTP exchange per evidence (redirect hops recorded in meta). The query
// carries its context (which address, which child block) so the pure parser can state the
// IN_NETBLOCK and WITHIN facts from the answer alone.
import type { Importer, Observation, RawEvidence } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { asRef, autnumFacts } from '../registry/autnum-facts.ts';
import { domainFacts } from '../registry/domain-facts.ts';
import { networkFacts } from '../registry/network-facts.ts';
import { parseRdapAutnum } from './rdap-autnum.ts';
import { parseRdapDomain } from './rdap-domain.ts';
import { parseRdapIpNetwork } from './rdap-ip-network.ts';
import { RdapExchangeError } from './rdap-transport.ts';

export interface RdapQuery {
  url: string;
  kind: 'ip' | 'domain' | 'autnum';
  forIp?: string;
  /** The AS asked for (kind autnum). */
  asn?: number;
  childKey?: string;
  domain?: string;
  /** For a query whose server the bootstrap chose: which bootstrap file said so (provenance). */
  bootstrap?: string;
}

export const rdapImporter: Importer<RdapQuery> = {
  source: 'rdap',
  async fetch(q: RdapQuery, io: SourceIo): Promise<RawEvidence> {
    const observedAt = io.now();
    const server = new URL(q.url).host;
    const context = { kind: q.kind, forIp: q.forIp ?? '', childKey: q.childKey ?? '', domain: q.domain ?? '', ...(q.asn === undefined ? {} : { asn: q.asn }), ...(q.bootstrap === undefined ? {} : { bootstrap: q.bootstrap }) };
    try {
      const ex = await io.rdap.get(q.url);
      // RFC 7480 §5.3: 404 is "no such object", an answer. For an AS that is what it is (a private or
      // unregistered number); for the walk of a block it stays a failure, as it stops the chain.
      const ok = ex.status === 200 || (ex.status === 404 && q.kind === 'autnum');
      return {
        source: 'rdap', server, serverAddress: server, query: q.url, observedAt, body: ex.body, status: ok ? 'ok' : 'failed',
        error: ok ? undefined : `HTTP ${ex.status}${ex.retryAfterSeconds ? ` (retry after ${ex.retryAfterSeconds} s)` : ''}`,
        meta: { ...context, httpStatus: ex.status, contentType: ex.contentType, finalUrl: ex.urls[ex.urls.length - 1]!, hops: ex.urls.length - 1 },
      };
    } catch (err) {
      if (!(err instanceof RdapExchangeError)) throw err;
      return { source: 'rdap', server, serverAddress: server, query: q.url, observedAt, body: err.partial, status: 'failed', error: `${err.code}: ${err.message}`, meta: context };
    }
  },
  *parse(raw: RawEvidence): Iterable<Observation> {
    if (raw.status !== 'ok') return;
    const meta = raw.meta ?? {};
    const json: unknown = meta.httpStatus === 404 ? null : JSON.parse(raw.body.toString('utf8'));
    if (meta.kind === 'autnum') {
      const asn = Number(meta.asn);
      // "No such object": the AS node, nothing stated, nothing ended.
      if (meta.httpStatus === 404) {
        yield { facts: [{ kind: 'node', ...asRef(asn) }], scope: [] };
        return;
      }
      yield autnumFacts(parseRdapAutnum(json), asn);
      return;
    }
    if (meta.kind === 'domain') {
      const domain = parseRdapDomain(json);
      yield { ...domainFacts(domain), subject: { kind: 'domain', domain } };
      return;
    }
    const network = parseRdapIpNetwork(json);
    yield { ...networkFacts(network, { forIp: (meta.forIp as string) || undefined, childKey: (meta.childKey as string) || undefined }), subject: { kind: 'network', network } };
  },
};
