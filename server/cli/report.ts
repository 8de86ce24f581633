// `hostchain report hosters --from --to [--role] [--top] [--format table|csv|json]`: the
// bad-hoster report in a terminal, as CSV for a spreadsheet, or as one JSON document.
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { parseNoticeTime } from '../../importers/notices/notice-record.ts';
import { csvText } from '../csv/csv-writer.ts';
import { REPORT_ROLES } from '../reports/chain-at.ts';
import { hosterReport, type HosterReport } from '../reports/hoster-report.ts';
import type { PartyRow } from '../reports/party-rows.ts';
import { registerTransparencyCommand } from './transparency.ts';

const optionsSchema = z.object({
  from: z.string(),
  to: z.string(),
  role: z.enum(REPORT_ROLES),
  top: z.coerce.number().int().min(1).max(100),
  moveWindowDays: z.coerce.number().int().min(1).max(365),
  format: z.enum(['table', 'csv', 'json']),
});

export function registerReportCommand(program: Command): void {
  const report = program.command('report').description('reports over the graph');
  report
    .command('hosters')
    .description('repeat bad hosters: per party in a role, URLs reported in the period, removal speed, re-uploads, orders, moves after takedowns')
    .requiredOption('--from <date>', 'start of the period (YYYY-MM-DD or ISO date-time, UTC when no offset)')
    .requiredOption('--to <date>', 'end of the period, exclusive')
    .option('--role <role>', `${REPORT_ROLES.join(', ')}`, 'hoster')
    .option('--top <n>', 'how many parties count as the top', '5')
    .option('--move-window-days <n>', 'a domain seen at another party this many days after a removal has moved', '30')
    .option('--format <format>', 'table, csv or json', 'table')
    .action((opts: Record<string, string>) => printHosterReport(opts));
  registerTransparencyCommand(report);
}

function time(flag: string, text: string): Date {
  const t = parseNoticeTime(text);
  if (t === undefined) throw new Error(`${flag} ${JSON.stringify(text)} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM, UTC when no offset)`);
  return t;
}

async function printHosterReport(raw: Record<string, string>): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
  const o = parsed.data;
  const { db } = await connectGraph(loadConfig());
  try {
    const r = await hosterReport(db, { from: time('--from', o.from), to: time('--to', o.to), role: o.role, top: o.top, moveWindowDays: o.moveWindowDays });
    console.log(o.format === 'json' ? JSON.stringify(r, null, 2) : o.format === 'csv' ? hosterCsv(r) : hosterTable(r));
  } finally {
    await db.close();
  }
}

const pct = (s: number | null) => (s === null ? '–' : `${Math.round(s * 100)}%`);
const hours = (h: number | null) => (h === null ? '–' : h.toFixed(1));

const COLUMNS: [string, (r: PartyRow) => string | number][] = [
  ['rank', (r) => r.rank], ['party', (r) => r.party.name], ['key', (r) => r.party.key], ['country', (r) => r.party.country ?? ''],
  ['urls', (r) => r.urls], ['share', (r) => r.shareOfUrls.toFixed(4)], ['domains', (r) => r.domains], ['cases', (r) => r.cases], ['notices', (r) => r.notices],
  ['removed_24h', (r) => r.removedWithin24h], ['online_48h', (r) => r.onlineAfter48h], ['median_h', (r) => hours(r.medianRemovalHours)], ['p90_h', (r) => hours(r.p90RemovalHours)],
  ['url_reuploads', (r) => r.urlReuploads], ['domain_reuploads', (r) => r.domainReuploads], ['moved_away', (r) => r.domainsMovedAway], ['received', (r) => r.domainsReceived],
  ['orders', (r) => r.orders.received], ['orders_late', (r) => r.orders.late], ['orders_not_complied', (r) => r.orders.notComplied],
];

export function hosterCsv(r: HosterReport): string {
  return csvText([COLUMNS.map(([h]) => h), ...r.rows.map((row) => COLUMNS.map(([, f]) => f(row)))]);
}

export function hosterTable(r: HosterReport): string {
  const t = r.totals;
  const out = [
    `${r.role} report ${r.from.toISOString()} – ${r.to.toISOString()}: ${t.urls} URLs on ${t.domains} domains, ${t.notices} notices, ${r.rows.length} parties`,
    `  removed within 24 h ${t.removedWithin24h} (${pct(t.removedWithin24hShare)}), online after 48 h or more ${t.onlineAfter48h} (${pct(t.onlineAfter48hShare)}), median ${hours(t.medianRemovalHours)} h, p90 ${hours(t.p90RemovalHours)} h`,
    `  top ${r.top.n} carry ${r.top.urls} URLs (${pct(r.top.share)}); re-uploads: ${t.urlReuploads} URLs, ${t.domainReuploads} domains; no party known for ${t.unattributedUrls} URLs`,
    '',
    `${'#'.padStart(3)}  ${'party'.padEnd(32)} ${'cc'.padEnd(2)} ${'urls'.padStart(6)} ${'share'.padStart(6)} ${'≤24h'.padStart(5)} ${'≥48h'.padStart(5)} ${'med h'.padStart(6)} ${'p90 h'.padStart(6)} ${'reupl'.padStart(5)} ${'moved'.padStart(5)} ${'recvd'.padStart(5)} ${'orders'.padStart(6)}  key`,
    ...r.rows.map((x) => `${String(x.rank).padStart(3)}  ${x.party.name.slice(0, 32).padEnd(32)} ${(x.party.country ?? '??').padEnd(2)} ${String(x.urls).padStart(6)} ${pct(x.shareOfUrls).padStart(6)} ${pct(x.removedWithin24hShare).padStart(5)} ${pct(x.onlineAfter48hShare).padStart(5)} ${hours(x.medianRemovalHours).padStart(6)} ${hours(x.p90RemovalHours).padStart(6)} ${String(x.urlReuploads + x.domainReuploads).padStart(5)} ${String(x.domainsMovedAway).padStart(5)} ${String(x.domainsReceived).padStart(5)} ${String(x.orders.received).padStart(6)}  ${x.party.key}`),
  ];
  if (r.moves.length > 0) out.push('', 'moves after takedowns:', ...r.moves.map((m) => `  ${m.domain}: ${m.from.name} → ${m.to.name} (removed ${new Date(m.removedAt).toISOString()}, seen ${new Date(m.seenAt).toISOString()})`));
  return out.join('\n');
}
