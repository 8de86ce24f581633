// The only network the importers have (STYLE.md): transports pointed at the configured servers.
// Importers never call fetch or net.connect themselves, so "never download the content behind a
// reported URL" holds by construction: no transport here speaks HTTP to a reported host.
import type { Config } from '../../server/config.ts';
import { createDnsIo, type DnsIo } from '../dns/dns-io.ts';

export interface SourceIo {
  dns: DnsIo;
  now(): Date;
}

export function createSourceIo(cfg: Config, now: () => Date = () => new Date()): SourceIo {
  return { dns: createDnsIo(cfg, now), now };
}
