// `hostchain rdap-bootstrap refresh`: fetch the IANA RDAP bootstrap files (online users).
import type { Command } from 'commander';
import { refreshRdapBootstrap } from '../../importers/rdap/refresh-bootstrap.ts';
import { loadConfig } from '../config.ts';

export function registerRdapCommands(program: Command): void {
  program
    .command('rdap-bootstrap')
    .description('the IANA RDAP bootstrap files that say which RDAP server answers for an IP, ASN or TLD')
    .command('refresh')
    .description('download asn.json, dns.json, ipv4.json and ipv6.json into the configured folder (HOSTCHAIN_RDAP_BOOTSTRAP)')
    .option('--from <url>', 'a mirror of https://data.iana.org/rdap/')
    .action(async (opts: { from?: string }) => {
      const dir = loadConfig().rdap.bootstrapDir;
      const publication = await refreshRdapBootstrap({ dir, from: opts.from });
      console.log(`RDAP bootstrap in ${dir}: ${Object.entries(publication).map(([k, v]) => `${k} published ${v}`).join(', ')}`);
    });
}
