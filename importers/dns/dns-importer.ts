// DNS as a source: one question to the configured resolvers per evidence. NXDOMAIN ends what the
// name resolved to; SERVFAIL, REFUSED and timeouts end nothing (a broken resolver says nothing
// about the name) but are kept as failed evidence.
import type { Importer, RawEvidence } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { DnsExchangeError } from './dns-errors.ts';
import type { DnsQuestion } from './dns-transport.ts';
import { parseDnsEvidence } from './dns-parse.ts';

export function describeQuestion(q: DnsQuestion): string {
  return `${q.name}. IN ${q.type}`;
}

export const dnsImporter: Importer<DnsQuestion> = {
  source: 'dns',
  async fetch(question: DnsQuestion, io: SourceIo): Promise<RawEvidence> {
    const observedAt = io.now();
    const query = describeQuestion(question);
    try {
      const ex = await io.dns.query(question);
      const address = `${ex.server.host}:${ex.server.port}`;
      const rcode = rcodeName(ex.packet.flags ?? 0);
      // NOERROR and NXDOMAIN are answers about the name; SERVFAIL, REFUSED and the rest are the
      // resolver failing to answer: kept as failed evidence, so they end nothing and count as failed.
      const answered = rcode === 'NOERROR' || rcode === 'NXDOMAIN';
      return {
        source: 'dns', server: ex.server.host, serverAddress: address, query, observedAt: ex.receivedAt, body: ex.response, status: answered ? 'ok' : 'failed',
        error: answered ? undefined : `DNS_${rcode}: ${ex.server.host}:${ex.server.port} answered ${rcode}`,
        meta: { transport: ex.transport, retriedOverTcp: ex.retriedOverTcp, rcode, sentAt: ex.sentAt.toISOString() },
      };
    } catch (err) {
      if (!(err instanceof DnsExchangeError)) throw err;
      // The resolver that gave this failure: the last one asked, not the first one configured.
      const server = err.asked[err.asked.length - 1] ?? io.dns.servers[0]!;
      return {
        source: 'dns', server: server.host, serverAddress: `${server.host}:${server.port}`, query, observedAt,
        body: err.response ?? Buffer.alloc(0), status: 'failed', error: `${err.code}: ${err.message}`,
        meta: { rcode: err.code === 'DNS_TIMEOUT' ? 'TIMEOUT' : 'FAILED', asked: err.asked.map((s) => `${s.host}:${s.port}`).join(' ') },
      };
    }
  },
  parse: parseDnsEvidence,
};

/** RFC 1035 §4.1.1 RCODE (low four bits of the flags). */
export function rcodeName(flags: number): string {
  return ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'][flags & 0xf] ?? `RCODE${flags & 0xf}`;
}
