// `hostchain chain <url> [--at <date>] [--timeline] [--json]`: the chain of one URL as the graph
// holds it now, or as it was at a moment; with --timeline, who hosted it from when to when.
import type { Command } from 'commander';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { atMomentText } from '../chain/at-moment.ts';
import { withRoles } from '../chain/chain-report.ts';
import { formatChainText } from '../chain/format-chain.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import type { GraphDb } from '../db/driver.ts';
import { findChainForUrl } from '../queries/chain.ts';
import { findHostingTimeline, type HostingPeriod } from '../reports/hosting-timeline.ts';

interface ChainOptions {
  json?: boolean;
  at?: string;
  timeline?: boolean;
}

/** A date or date-time the user typed; a clear error naming the option otherwise. */
export function parseAtOption(text: string): Date {
  const d = new Date(atMomentText(text));
  if (Number.isNaN(d.getTime())) throw new Error(`--at: "${text}" is not a date (use 2026-11-20 or 2026-11-20T10:00:00Z)`);
  return d;
}

export function formatTimeline(periods: HostingPeriod[]): string {
  if (periods.length === 0) return '  no dated facts about this host yet';
  return periods
    .map((p) => {
      const span = `${p.from.toISOString()} – ${p.to === null ? 'now' : p.to.toISOString()}`;
      if (!p.resolved) return `  ${span}  no address (the name did not resolve, or had not been asked)`;
      const who = p.hosters.length === 0 ? 'hoster unknown' : p.hosters.map((h) => `${h.name}${h.country ? ` [${h.country}]` : ''}`).join(', ');
      return `  ${span}  ${who}  (${p.addresses.join(', ')})`;
    })
    .join('\n');
}

async function printChain(db: GraphDb, url: string, opts: ChainOptions): Promise<void> {
  const at = opts.at === undefined ? undefined : parseAtOption(opts.at);
  const chain = await findChainForUrl(db, url, { at });
  if (chain === undefined) {
    console.error(`${url} is not in the graph: run hostchain resolve first`);
    process.exitCode = 2;
    return;
  }
  const report = withRoles(chain);
  const host = normalizeUrl(url);
  const timeline = opts.timeline ? await findHostingTimeline(db, { host: host.hostname, isIp: host.ipVersion !== undefined }) : undefined;
  if (opts.json) console.log(JSON.stringify(timeline === undefined ? report : { ...report, timeline }, null, 2));
  else console.log(timeline === undefined ? formatChainText(report) : `${formatChainText(report)}\n\nhosting timeline of ${host.hostname}\n${formatTimeline(timeline)}`);
}

export function registerChainCommand(program: Command): void {
  program
    .command('chain <url>')
    .description('print the hosting chain of a URL: holders, roles (and how each is known), countries, abuse contacts, states, evidence ids')
    .option('--at <date>', 'the chain as it was at that moment (a date means its end, UTC), from the dated facts')
    .option('--timeline', 'also print who hosted it from when to when')
    .option('--json', 'one JSON document for scripts')
    .action(async (raw: string, opts: ChainOptions) => {
      const url = normalizeUrl(raw).url;
      const { db } = await connectGraph(loadConfig());
      try {
        await printChain(db, url, opts);
      } catch (err) {
        console.error((err as Error).message);
        process.exitCode = 2;
      } finally {
        await db.close();
      }
    });
}
