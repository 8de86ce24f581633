// The RDAP part of SourceIo: the bootstrap (bundled snapshot or HOSTCHAIN_RDAP_BOOTSTRAP), base-URL
// overrides, and per-host queues with the configured rate.
import type { Config } from '../../server/config.ts';
import { PerServerQueues } from '../core/rate-limiter.ts';
import { loadRdapBootstrap, type RdapBootstrap } from './rdap-bootstrap.ts';
import { exchangeRdap, type RdapExchange } from './rdap-transport.ts';
import { rdapUrlPolicy } from './rdap-url-policy.ts';

export interface RdapIo {
  readonly bootstrap: RdapBootstrap;
  get(url: string): Promise<RdapExchange>;
}

export function createRdapIo(cfg: Pick<Config, 'rdap'>, underReport: ReadonlySet<string>): RdapIo {
  let bootstrap: RdapBootstrap | undefined;
  const load = () => (bootstrap ??= loadRdapBootstrap(cfg.rdap.bootstrapDir, cfg.rdap.baseUrlOverrides));
  const queues = new PerServerQueues(cfg.rdap);
  // Every hop (links and redirects included) passes the policy: never loopback, private or reported hosts unless configured.
  const policy = rdapUrlPolicy({ trustedOrigins: () => load().serviceOrigins(), underReport });
  return {
    // Loaded on first use: a command that never asks RDAP must not fail on a missing bootstrap.
    get bootstrap() {
      return load();
    },
    get: (url) => queues.run(new URL(url).host, () => exchangeRdap({ url, timeoutMs: cfg.rdap.timeoutMs, maxBytes: cfg.rdap.maxBytes, refusal: (u) => policy.refusal(u) })),
  };
}
