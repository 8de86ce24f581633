// `hostchain import <kind> <path|url>`: a bulk source into the graph as one evidenced run. A URL
// (for a user online) is downloaded first into <home>/downloads and imported from there, so the
// run's evidence names a file that stays on disk.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { IMPORT_KINDS, importKind } from '../../importers/import-kinds.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { terminalText } from './terminal-text.ts';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../db/db-errors.ts';
import { databaseUnavailableText } from './database-unavailable-text.ts';

// `hostchain import notices --help` must show what a notice import needs (its own options).
const NOTICE_HELP = `
import notices <file.csv>: the hotline's notice-and-takedown records
  --column <field=header...>  the CSV column of each field; fields:
      url           the reported URL (required)
      reportedAt    when the URL was reported (required; ISO 8601, UTC without an offset)
      noticeAt      when the notice went to the hoster (default: reportedAt)
      removedAt     when the removal was confirmed
      lastOnlineAt  when the URL was last seen online
      id            the hotline's ticket number
      case          the case it belongs to
  example:
    hostchain import notices hotline.csv --column "url=Reported URL" "reportedAt=Received (UTC)" removedAt="Removal confirmed" id=Ticket`;

interface ImportCliOptions {
  provider?: string;
  registry?: string;
  column?: string[];
  encoding?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import <kind> <source>')
    .description(`import bulk registry, routing or CDN data from a file or URL; kinds: ${IMPORT_KINDS.map((k) => k.kind).join(', ')}`)
    .option('--provider <name>', 'the provider a CDN text or CSV list belongs to')
    .option('--registry <name>', 'the registry of a dump whose objects carry no source: attribute')
    .option('--column <field=header...>', 'notices: which CSV column holds each field, e.g. url="Reported URL" reportedAt=Received')
    .option('--encoding <name>', 'notices: the file\'s encoding when it is not UTF-8: latin1 or windows-1252 (a file that is not UTF-8 is refused otherwise)')
    .addHelpText('after', NOTICE_HELP)
    .action((kind: string, source: string, opts: ImportCliOptions) => runImportCommand(kind, source, opts));
}

async function runImportCommand(kind: string, source: string, opts: ImportCliOptions): Promise<void> {
  const k = importKind(kind);
  const cfg = loadConfig();
  const file = /^https?:\/\//i.test(source) ? await download(source, path.join(cfg.home, 'downloads')) : source;
  const { db } = await connectGraph(cfg);
  try {
    let last = 0;
    const r = await k.run({
      db, file, provider: opts.provider, registry: opts.registry, columns: opts.column, encoding: opts.encoding,
      onProgress: (p) => {
        if (p.databaseUnavailableSince !== undefined) return void process.stderr.write(`  paused after ${p.records} records: ${databaseUnavailableText(p.databaseUnavailableSince)}, waiting for it\n`);
        if (Date.now() - last > 2000) (last = Date.now(), process.stderr.write(`  ${p.records} records, ${p.problems} skipped\n`));
      },
    }).catch((err: unknown) => {
      if (!isDatabaseUnavailable(err) && !(err instanceof DatabaseUnavailableError)) throw err;
      const since = err instanceof DatabaseUnavailableError ? err.since : db.availability.markDown();
      console.error(`interrupted: ${databaseUnavailableText(since)}; what was written stays, and running the same command again resumes after the last saved batch`);
      // EX_TEMPFAIL (sysexits.h): a temporary failure, "the user is invited to retry the operation later".
      process.exitCode = 75;
      return undefined;
    });
    if (r === undefined) return;
    if (r.alreadyImported) {
      console.log(`${path.basename(file)} was imported before (same content): evidence ${r.evidenceId}; nothing to do`);
      return;
    }
    for (const p of r.problems.slice(0, 50)) console.error(`${path.basename(file)}: ${p.position}: ${terminalText(p.reason)} (skipped)`);
    if (r.problemCount > 50) console.error(`… and ${r.problemCount - 50} more skipped records`);
    // "notices: …", not "notices notices: …".
    console.log(`${r.dataset === kind ? kind : `${kind} ${r.dataset}`}: ${r.records} records imported${r.resumedFrom ? ` (resumed after ${r.resumedFrom})` : ''}, ${r.problemCount} skipped, ${r.ended} facts ended; data date ${r.dataDate ?? 'not stated'}; evidence ${r.evidenceId}`);
  } finally {
    await db.close().catch(() => undefined);
  }
}

async function download(url: string, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const res = await fetch(url);
  if (!res.ok || res.body === null) throw new Error(`${url}: HTTP ${res.status}`);
  const file = path.join(dir, path.basename(new URL(url).pathname) || 'download');
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(file));
  return file;
}
