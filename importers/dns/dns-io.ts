// The DNS part of SourceIo: the configured resolvers, tried in turn, each question bounded by the
// configured timeout and size. A timeout on every resolver is an answer too (recorded, not dropped).
import type { Config, HostPort } from '../../server/config.ts';
import { PerServerQueues } from '../core/rate-limiter.ts';
import { DnsExchangeError } from './dns-errors.ts';
import { exchangeDns, type DnsExchange, type DnsQuestion } from './dns-transport.ts';

export interface DnsIo {
  readonly servers: HostPort[];
  query(question: DnsQuestion): Promise<DnsExchange>;
}

export function createDnsIo(cfg: Pick<Config, 'dns'>, now: () => Date = () => new Date()): DnsIo {
  const { servers, timeoutMs, maxBytes, retries } = cfg.dns;
  const queues = new PerServerQueues(cfg.dns);
  return {
    servers,
    async query(question) {
      let lastError: DnsExchangeError | undefined;
      const asked: HostPort[] = [];
      // retries + 1 attempts, rotating through the resolvers so one dead resolver costs one timeout.
      for (let attempt = 0; attempt <= retries; attempt += 1) {
        const server = servers[attempt % servers.length]!;
        asked.push(server);
        try {
          return await queues.run(`${server.host}:${server.port}`, () => exchangeDns({ server, question, timeoutMs, maxBytes, now }));
        } catch (err) {
          if (!(err instanceof DnsExchangeError)) throw err;
          err.asked = [...asked];
          lastError = err;
          // A malformed or oversized answer is not fixed by asking again; a timeout may be.
          if (err.code !== 'DNS_TIMEOUT' && err.code !== 'DNS_TRANSPORT') break;
        }
      }
      throw lastError ?? new DnsExchangeError('DNS_TRANSPORT', 'no resolver configured');
    },
  };
}
