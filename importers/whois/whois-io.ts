// The WHOIS part of SourceIo: every server name, referrals included, is reached through the
// configured map (HOSTCHAIN_WHOIS_SERVERS), one queue per server with the configured rate.
import { whoisEndpoint, type Config } from '../../server/config.ts';
import { PerServerQueues } from '../core/rate-limiter.ts';
import { exchangeWhois, type WhoisExchange } from './whois-transport.ts';

export interface WhoisIo {
  query(serverName: string, query: string, defaultPort?: number): Promise<WhoisExchange>;
  endpointOf(serverName: string, defaultPort?: number): string;
  /** An answer younger than this is taken from the graph instead of asking the server again (0: never). */
  readonly cacheFreshnessMs: number;
}

export function createWhoisIo(cfg: Pick<Config, 'whois'>): WhoisIo {
  const queues = new PerServerQueues(cfg.whois);
  return {
    query: (serverName, query, defaultPort = 43) => {
      const endpoint = whoisEndpoint(cfg, serverName, defaultPort);
      return queues.run(serverName.toLowerCase(), () => exchangeWhois({ endpoint, query, timeoutMs: cfg.whois.timeoutMs, maxBytes: cfg.whois.maxBytes }));
    },
    cacheFreshnessMs: cfg.whois.cacheFreshnessHours * 3_600_000,
    endpointOf: (serverName, defaultPort = 43) => {
      const e = whoisEndpoint(cfg, serverName, defaultPort);
      return `${e.host}:${e.port}`;
    },
  };
}
