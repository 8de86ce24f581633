// `hostchain report transparency --year 2025 [--format table|csv|json]`: the yearly figures the
// authority publishes (TCO Regulation Article 21(1), the EU's Article 23 questions, CSAM orders,
// information demands), counted from the orders in the graph.
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { TRANSPARENCY_FORMATS, transparencyText } from '../reports/transparency/transparency-output.ts';
import { transparencyReport } from '../reports/transparency/transparency-report.ts';

const optionsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2999),
  format: z.enum(TRANSPARENCY_FORMATS),
});

export function registerTransparencyCommand(report: Command): void {
  report
    .command('transparency')
    .description('the yearly transparency figures: TCO removal orders (Article 21(1)), CSAM orders and information demands sent in the year, how and when they were answered')
    .requiredOption('--year <year>', 'the calendar year (UTC) in which the orders were sent')
    .option('--format <format>', 'table, csv or json', 'table')
    .action((opts: Record<string, string>) => printTransparencyReport(opts));
}

async function printTransparencyReport(raw: Record<string, string>): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
  const { db } = await connectGraph(loadConfig());
  try {
    process.stdout.write(transparencyText(await transparencyReport(db, { year: parsed.data.year, asOf: new Date() }), parsed.data.format));
  } finally {
    await db.close();
  }
}
