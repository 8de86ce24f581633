// `hostchain report enforcement --party KEY [--format text|json|pdf] [--out FILE]`: a party's
// enforcement file from the command line (every order, as the command line reads the whole graph).
// Each generation is in the audit log, as from the page.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { audit } from '../auth/audit.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { renderEnforcementDocument } from '../orders/enforcement/enforcement-document.ts';
import { renderEnforcementText } from '../orders/enforcement/enforcement-render.ts';
import { loadRuleTable } from '../rules/rule-table.ts';

const FORMATS = { text: 'txt', json: 'json', pdf: 'pdf' } as const;

export function registerEnforcementCommand(program: Command): void {
  // `report` is registered by report.ts; the enforcement file is one more report under it.
  const report = program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('reports over the graph');
  report
    .command('enforcement')
    .description("a party's enforcement file: orders and demands it received, deadlines missed, re-uploads, demands above it, follow-up findings, with evidence")
    .requiredOption('--party <key>', 'organisation or block key (as the chain and the bad-hoster report show it)')
    .option('--format <format>', 'text, json or pdf', 'text')
    .option('--out <file>', 'write to this file (a PDF always needs one)')
    .action(async (opts: { party: string; format: string; out?: string }) => {
      const format = FORMATS[opts.format as keyof typeof FORMATS];
      if (format === undefined) throw new Error(`--format ${JSON.stringify(opts.format)}: text, json or pdf`);
      if (format === 'pdf' && opts.out === undefined) throw new Error('--format pdf needs --out <file>');
      const cfg = loadConfig();
      const { db } = await connectGraph(cfg);
      try {
        const now = new Date();
        // The command line acts for the operator of the machine: every order is in the file.
        const doc = await renderEnforcementDocument({ db, rules: loadRuleTable() }, { partyKey: opts.party, user: null, now }, format);
        await audit(db, { user: undefined, action: 'enforcement-file', target: `party:${opts.party}`, at: now, detail: { format, via: 'cli', outcome: doc === undefined ? 'no such party' : 'allowed', sha256: doc?.jsonSha256 ?? null } });
        if (doc === undefined) throw new Error(`no organisation or block with key ${opts.party}`);
        if (opts.out !== undefined) {
          writeFileSync(opts.out, doc.bytes);
          console.log(`${opts.out}: ${doc.bytes.length} bytes, JSON SHA-256 ${doc.jsonSha256}`);
        } else console.log(format === 'json' ? doc.bytes.toString('utf8').trimEnd() : renderEnforcementText(doc.file, doc.jsonSha256));
      } finally {
        await db.close();
      }
    });
}
