// The only network the importers have (STYLE.md): transports pointed at the configured servers.
// Importers never call fetch or net.connect themselves, so "never download the content behind a
// reported URL" holds by construction: no transport here speaks HTTP to a reported host, and the
// RDAP transport only asks base URLs that come from the RDAP bootstrap.
import type { Config } from '../../server/config.ts';
import { createDnsIo, type DnsIo } from '../dns/dns-io.ts';
import { createRdapIo, type RdapIo } from '../rdap/rdap-io.ts';
import { createWhoisIo, type WhoisIo } from '../whois/whois-io.ts';

export interface SourceIo {
  dns: DnsIo;
  whois: WhoisIo;
  rdap: RdapIo;
  /**
   * Host names and addresses of the reported URLs this process has met: no transport contacts
   * them, whatever a registry's link or redirect says (the resolver adds each URL's host and addresses).
   */
  underReport: Set<string>;
  now(): Date;
}

export function createSourceIo(cfg: Config, now: () => Date = () => new Date()): SourceIo {
  const underReport = new Set<string>();
  return { dns: createDnsIo(cfg, now), whois: createWhoisIo(cfg), rdap: createRdapIo(cfg, underReport), underReport, now };
}
