// `hostchain resolve <file|-> [--case NAME] [--column NAME]`: URLs in, hosting chains in the graph.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { normalizeUrlList, readCsvColumn, readTextLines } from '../../importers/url-list/read-url-list.ts';
import { bulkMaxAgeMs, loadConfig } from '../config.ts';
import { databaseUnavailableText } from './database-unavailable-text.ts';
import { connectGraph } from '../db/connect.ts';
import { describeNoAddress, notAskedCount, noAddressCount, runResolveJob, type ResolveJobSummary } from '../jobs/resolve-job.ts';
import { terminalText } from './terminal-text.ts';

interface ResolveOptions {
  case?: string;
  column?: string;
  concurrency: string;
  freshHours: string;
}

export function registerResolveCommand(program: Command): void {
  program
    .command('resolve <file>')
    .description('resolve the URLs of a list (one per line, or a CSV with --column; "-" for stdin) into hosting chains')
    .option('--case <name>', 'group the URLs in a case')
    .option('--column <name>', 'read a CSV and take the URL from this column')
    .option('--concurrency <n>', 'URLs resolved at once', '8')
    .option('--fresh-hours <h>', 'skip URLs resolved within this many hours (0: redo all)', '24')
    .action((file: string, opts: ResolveOptions) => resolveList(file, opts));
}

async function resolveList(file: string, opts: ResolveOptions): Promise<void> {
  const input: Readable = file === '-' ? process.stdin : createReadStream(file);
  const list = file === '-' ? 'stdin' : path.basename(file);
  const report = await normalizeUrlList(opts.column ? readCsvColumn(input, opts.column) : readTextLines(input));
  for (const e of report.errors) console.error(`${list}:${e.line}: ${terminalText(e.reason)}: ${terminalText(e.input)}`);
  const cfg = loadConfig();
  const { db } = await connectGraph(cfg);
  const caseId = opts.case === undefined ? undefined : `case:${opts.case}`;
  const bar = new cliProgress.SingleBar({ format: 'resolving [{bar}] {value}/{total} | failed {failed} | {rate}/s | ETA {etaText}{paused}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(report.urls.length, 0, { failed: 0, rate: '0.0', etaText: '–', paused: '' });
  try {
    const summary = await runResolveJob({
      db, io: createSourceIo(cfg), concurrency: Number(opts.concurrency), bulkMaxAgeMs: bulkMaxAgeMs(cfg),
      freshSince: Number(opts.freshHours) > 0 ? new Date(Date.now() - Number(opts.freshHours) * 3_600_000) : undefined,
      inputs: report.urls.map((u) => ({ url: u, list, line: u.line, input: u.input, caseId, caseName: opts.case })),
      onProgress: (p) => bar.update(p.done + p.failed + p.skipped, {
        failed: p.failed, rate: p.perSecond.toFixed(1), etaText: p.etaS === undefined ? '–' : `${Math.ceil(p.etaS)} s`,
        paused: p.databaseUnavailableSince === undefined ? '' : ` | paused: ${databaseUnavailableText(p.databaseUnavailableSince)}, waiting for it`,
      }),
    });
    bar.stop();
    printSummary(summary, report.errors.length, report.duplicates);
    if (summary.interrupted === true) {
      console.log(`interrupted: ${databaseUnavailableText(summary.databaseUnavailableSince!)}; ${notAskedCount(summary)} URLs not asked (none marked failed); run the same command again to resume`);
      // EX_TEMPFAIL (sysexits.h): "temporary failure … the user is invited to retry the operation later".
      process.exitCode = 75;
    } else if (summary.failed > 0 || report.errors.length > 0) process.exitCode = 1;
  } finally {
    bar.stop();
    await db.close().catch(() => undefined);
  }
}

function printSummary(s: ResolveJobSummary, badLines: number, duplicates: number): void {
  // A URL whose name does not resolve is looked up, not "resolved": the words say which is which.
  const none = noAddressCount(s);
  const rows: [string, string | number][] = [
    ['URLs looked up', s.done], ['resolved with an address', s.withAddress], ['no address', none === 0 ? 0 : `${none} (${describeNoAddress(s)})`],
    ['with failed lookups', s.withFailedLookups === 0 ? 0 : `${s.withFailedLookups} (${s.lookupFailures} lookups, kept as evidence; run again to retry)`],
    ['skipped (resolved recently)', s.skipped], ['not finished (errors)', s.failed], ['bad input lines', badLines], ['duplicate lines', duplicates],
    ['addresses found', s.ips], ['time', `${s.elapsedS.toFixed(1)} s`], ['rate', `${s.perSecond.toFixed(1)} URLs/s`],
  ];
  console.log(rows.map(([k, v]) => `${k.padEnd(32)} ${v}`).join('\n'));
  for (const f of s.failures.slice(0, 20)) console.log(`failed: ${f.url}: ${f.reason}`);
}
