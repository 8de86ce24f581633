// `hostchain addressees --case NAME --material terrorist|csam [--json]`: the suggestion in a
// terminal; `hostchain rules`: the rule table as legal staff read it.
import type { Command } from 'commander';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { suggestAddressees } from '../queries/addressees.ts';
import { isFlagRule, loadRuleTable, type Material } from '../rules/rule-table.ts';
import { findCase } from '../queries/cases.ts';

interface AddresseeOptions {
  case?: string;
  url?: string[];
  material: string;
  homeCountry?: string;
  dedicated?: string[];
  json?: boolean;
}

export function registerAddresseeCommands(program: Command): void {
  program
    .command('addressees')
    .description('who receives which instrument for a case (or URLs), grouped by party, with reasons and evidence ids')
    .option('--case <name>', 'the case')
    .option('--url <url...>', 'URLs (in addition to the case)')
    .requiredOption('--material <kind>', 'terrorist or csam (sets legal basis and deadline)')
    .option('--home-country <cc>', "the authority's member state (default: the configured authority.country)")
    .option('--dedicated <domain...>', 'domains judged dedicated to the material')
    .option('--json', 'one JSON document')
    .action((opts: AddresseeOptions) => printAddressees(opts));
  program
    .command('rules')
    .description('print the addressee rule table (server/rules/addressee-rules.json)')
    .action(() => printRules());
}

async function printAddressees(opts: AddresseeOptions): Promise<void> {
  // "CSAM", "Terrorist": the way people write them.
  const material = opts.material.trim().toLowerCase();
  if (material !== 'terrorist' && material !== 'csam') throw new Error(`--material must be terrorist or csam, not "${opts.material}"`);
  if (opts.case === undefined && (opts.url ?? []).length === 0) throw new Error('name a --case or one or more --url');
  const table = loadRuleTable();
  const config = loadConfig();
  const { db } = await connectGraph(config);
  try {
    // A misspelt case must not look like a case with nothing to address.
    if (opts.case !== undefined && (await findCase(db, '', opts.case)) === undefined) throw new Error(`there is no case named "${opts.case}" (hostchain resolve --case "${opts.case}" starts one)`);
    const answer = await suggestAddressees(db, table, {
      caseId: opts.case === undefined ? undefined : `case:${opts.case}`, urls: (opts.url ?? []).map((u) => normalizeUrl(u).url),
      material: material as Material, homeCountry: opts.homeCountry ?? config.authority.country, dedicatedDomains: opts.dedicated,
    });
    if (opts.json) {
      console.log(JSON.stringify(answer, null, 2));
      return;
    }
    for (const g of answer.groups) {
      console.log(`${g.instrument} → ${g.addressee.name} [${g.addressee.country ?? '??'}] (${g.addressee.key})  ${g.urls.length} URL(s)${g.deadlineHours ? `, deadline ${g.deadlineHours} h` : ''}`);
      if (g.legalBasis) console.log(`  legal basis: ${g.legalBasis}`);
      for (const r of new Map(g.reasons.map((x) => [`${x.ruleId}|${x.text}`, x])).values()) console.log(`  because (${r.ruleId}): ${r.text}  evidence ${r.evidenceIds.join(', ') || '–'}`);
      for (const f of g.flags) console.log(`  FLAG ${f.flag}: ${f.reason.text}`);
      console.log(`  abuse contacts: ${g.addressee.abuse.join(', ') || '–'}`);
    }
    if (answer.unresolved.length > 0) console.log(`not resolved yet (no chain): ${answer.unresolved.join(', ')}`);
  } finally {
    await db.close();
  }
}

function printRules(): void {
  const table = loadRuleTable();
  console.log(table.description, '\n');
  for (const [m, d] of Object.entries(table.materials)) console.log(`material ${m}: deadline ${d.deadlineHours} h — ${d.legalBasis}`);
  console.log('');
  for (const r of table.rules) {
    const then = isFlagRule(r) ? `flag ${r.flag}` : `${r.instrument} to ${r.to}${r.legalBasis ? ` (${r.legalBasis})` : ''}`;
    console.log(`${r.id}\n  when ${r.when.join(' and ')}\n  then ${then}\n  reason: ${r.reason}\n`);
  }
}
