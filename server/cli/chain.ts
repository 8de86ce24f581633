// `hostchain chain <url> [--json]`: the chain of one URL as the graph holds it now.
import type { Command } from 'commander';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { formatChainText, withRoles } from '../chain/format-chain.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { findChainForUrl } from '../queries/chain.ts';

export function registerChainCommand(program: Command): void {
  program
    .command('chain <url>')
    .description('print the hosting chain of a URL: holders, roles, countries, abuse contacts, evidence ids')
    .option('--json', 'one JSON document for scripts')
    .action(async (raw: string, opts: { json?: boolean }) => {
      const url = normalizeUrl(raw).url;
      const { db } = await connectGraph(loadConfig());
      try {
        const chain = await findChainForUrl(db, url);
        if (chain === undefined) {
          console.error(`${url} is not in the graph: run hostchain resolve first`);
          process.exitCode = 2;
          return;
        }
        const report = withRoles(chain);
        console.log(opts.json ? JSON.stringify(report, null, 2) : formatChainText(report));
      } finally {
        await db.close();
      }
    });
}
