// `hostchain resolve <file|-> [--case NAME] [--column NAME]`: URLs in, hosting chains in the graph.
// The list is read as a stream and never held whole: a file is read twice (first to name every bad
// line and count the good ones for the progress bar, then to resolve them as they are read);
// stdin is read once, its bad lines named as they come.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { normalizedUrls, readCsvColumn, readTextLines, type BadLine, type UrlListCounts } from '../../importers/url-list/read-url-list.ts';
import type { UrlInput } from '../../importers/url-list/url-importer.ts';
import { bulkMaxAgeMs, loadConfig } from '../config.ts';
import { databaseUnavailableText } from './database-unavailable-text.ts';
import { connectGraph } from '../db/connect.ts';
import { shortUrl } from '../jobs/item-failure.ts';
import { boundHeapGrowth } from './bounded-heap.ts';
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
  boundHeapGrowth();
  const list = file === '-' ? 'stdin' : path.basename(file);
  const entries = () => {
    const input: Readable = file === '-' ? process.stdin : createReadStream(file);
    return opts.column ? readCsvColumn(input, opts.column) : readTextLines(input);
  };
  const printBad = (b: BadLine) => console.error(`${list}:${b.line}: ${terminalText(b.reason)}: ${terminalText(b.input)}`);
  let total: number | undefined;
  if (file !== '-') {
    const first: UrlListCounts = { good: 0, bad: 0, duplicates: 0 };
    for await (const _ of normalizedUrls(entries(), printBad, first));
    total = first.good;
  }
  const counts: UrlListCounts = { good: 0, bad: 0, duplicates: 0 };
  const cfg = loadConfig();
  const { db } = await connectGraph(cfg);
  const caseId = opts.case === undefined ? undefined : `case:${opts.case}`;
  const bar = new cliProgress.SingleBar({ format: 'resolving [{bar}] {value}/{total} | failed {failed} | {rate}/s | ETA {etaText}{paused}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total ?? 0, 0, { failed: 0, rate: '0.0', etaText: '–', paused: '' });
  try {
    const summary = await runResolveJob({
      db, io: createSourceIo(cfg), concurrency: Number(opts.concurrency), bulkMaxAgeMs: bulkMaxAgeMs(cfg),
      freshSince: Number(opts.freshHours) > 0 ? new Date(Date.now() - Number(opts.freshHours) * 3_600_000) : undefined,
      inputs: asInputs(normalizedUrls(entries(), file === '-' ? printBad : () => {}, counts), { list, caseId, caseName: opts.case }),
      total,
      onFailure: (f) => console.error(`${list}:${f.line}: not finished: ${shortUrl(f.url)}: ${terminalText(f.reason, 300)}`),
      onProgress: (p) => {
        if (total === undefined) bar.setTotal(p.total);
        bar.update(p.done + p.failed + p.skipped, {
          failed: p.failed, rate: p.perSecond.toFixed(1), etaText: p.etaS === undefined ? '–' : `${Math.ceil(p.etaS)} s`,
          paused: p.databaseUnavailableSince === undefined ? '' : ` | paused: ${databaseUnavailableText(p.databaseUnavailableSince)}, waiting for it`,
        });
      },
    });
    bar.stop();
    printSummary(summary, counts, list);
    if (summary.interrupted === true) {
      console.log(`interrupted: ${databaseUnavailableText(summary.databaseUnavailableSince!)}; ${notAskedCount(summary)} URLs not asked (none marked failed); run the same command again to resume`);
      // EX_TEMPFAIL (sysexits.h): "temporary failure … the user is invited to retry the operation later".
      process.exitCode = 75;
    } else if (summary.failed > 0 || counts.bad > 0) process.exitCode = 1;
  } finally {
    bar.stop();
    await db.close().catch(() => undefined);
  }
}

async function* asInputs(urls: ReturnType<typeof normalizedUrls>, o: { list: string; caseId: string | undefined; caseName: string | undefined }): AsyncGenerator<UrlInput> {
  for await (const u of urls) yield { url: u, list: o.list, line: u.line, input: u.input, caseId: o.caseId, caseName: o.caseName };
}

function printSummary(s: ResolveJobSummary, counts: UrlListCounts, list: string): void {
  // A URL whose name does not resolve is looked up, not "resolved": the words say which is which.
  const none = noAddressCount(s);
  const rows: [string, string | number][] = [
    ['URLs looked up', s.done], ['resolved with an address', s.withAddress], ['no address', none === 0 ? 0 : `${none} (${describeNoAddress(s)})`],
    ['with failed lookups', s.withFailedLookups === 0 ? 0 : `${s.withFailedLookups} (${s.lookupFailures} lookups, kept as evidence; run again to retry)`],
    ['skipped (resolved recently)', s.skipped], ['not finished (errors)', s.failed], ['bad input lines', counts.bad], ['duplicate lines', counts.duplicates],
    ['addresses found', s.ips], ['time', `${s.elapsedS.toFixed(1)} s`], ['rate', `${s.perSecond.toFixed(1)} URLs/s`],
  ];
  console.log(rows.map(([k, v]) => `${k.padEnd(32)} ${v}`).join('\n'));
  for (const f of s.failures) console.log(`not finished: ${list}:${f.line}: ${shortUrl(f.url)}: ${terminalText(f.reason, 300)}`);
  if (s.failed > s.failures.length) console.log(`… and ${s.failed - s.failures.length} more not finished (each named above as it happened)`);
}
