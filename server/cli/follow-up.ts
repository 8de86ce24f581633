// `hostchain follow-up run [--order ID]`: one follow-up round now, as the server runs one every
// followUp.intervalMinutes: the open orders' URLs resolved again, and what changed, in words.
import type { Command } from 'commander';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { bulkMaxAgeMs, loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { applyMigrations } from '../db/migrate.ts';
import { runFollowUpRound } from '../orders/follow-up/follow-up-round.ts';
import { findingWords, followUpOf } from '../orders/follow-up/follow-up-view.ts';
import { terminalText } from './terminal-text.ts';

export function registerFollowUpCommand(program: Command): void {
  program
    .command('follow-up')
    .description('follow-up of open orders: resolve their URLs again (DNS, registry, routing; never the content) and record moves to another hoster')
    .command('run')
    .description('run one follow-up round now (the server runs one every followUp.intervalMinutes)')
    .option('--order <id>', 'only this order')
    .action(async (opts: { order?: string }) => {
      const cfg = loadConfig();
      const { db } = await connectGraph(cfg);
      try {
        await applyMigrations(db);
        const r = await runFollowUpRound({ db, io: createSourceIo(cfg), bulkMaxAgeMs: bulkMaxAgeMs(cfg) }, { orderId: opts.order });
        console.log(`follow-up ${r.at}: ${r.orders} open orders, ${r.urls} URLs asked, ${r.answered} answered, ${r.notAnswered.length} not answered, ${r.findings.length} findings`);
        const views = await followUpOf(db, [...new Set(r.findings.map((f) => f.orderId))]);
        for (const [id, v] of views) for (const f of v.findings.filter((x) => x.at === r.at)) console.log(`  ${id}: ${terminalText(findingWords(f), 2000)}`);
        for (const n of r.notAnswered) console.log(`  ${n.orderId}: ${terminalText(n.url)}: ${terminalText(n.asked, 1000)}`);
      } finally {
        await db.close();
      }
    });
}
