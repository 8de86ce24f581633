// `hostchain demo`: loads the demo case into the graph (no internet needed).
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { applyMigrations } from '../db/migrate.ts';
import { DEMO_CASE, DEMO_URLS, loadDemoCase } from '../demo/demo-case.ts';
import { noAddressCount } from '../jobs/resolve-job.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('resolve the demo case: a reseller chain replayed through loopback DNS and RDAP servers')
    .action(async () => {
      const cfg = loadConfig();
      const { db } = await connectGraph(cfg);
      try {
        await applyMigrations(db);
        const s = await loadDemoCase(db, cfg);
        console.log(`case "${DEMO_CASE}": ${s.withAddress} of ${s.total} URLs resolved with an address, ${noAddressCount(s)} without, ${s.failed} not finished. Try: npx hostchain chain ${DEMO_URLS[0]}`);
      } finally {
        await db.close();
      }
    });
}
