// The `hostchain` command. Each area registers its subcommands; errors print as one clear
// message (no stack trace) and a non-zero exit.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerAddresseeCommands } from './addressees.ts';
import { registerCaseCommands } from './case-members.ts';
import { registerChainCommand } from './chain.ts';
import { registerDbCommands } from './db.ts';
import { registerDemoCommand } from './demo.ts';
import { registerOrderDocumentCommands } from './order-document.ts';
import { registerEnforcementCommand } from './enforcement.ts';
import { registerFollowUpCommand } from './follow-up.ts';
import { registerImportCommand } from './import.ts';
import { registerRdapCommands } from './rdap.ts';
import { registerReportCommand } from './report.ts';
import { registerResolveCommand } from './resolve.ts';
import { registerServeCommand } from './serve.ts';
import { registerUserCommands } from './users.ts';

const program = new Command('hostchain')
  .description('Hosting chains of reported URLs: DNS, WHOIS/RDAP and routing data in Neo4j, with evidence')
  .version((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version, '-V, --version', 'print the version')
  .showHelpAfterError();

for (const register of [registerServeCommand, registerResolveCommand, registerImportCommand, registerChainCommand, registerAddresseeCommands, registerReportCommand, registerEnforcementCommand, registerFollowUpCommand, registerRdapCommands, registerDemoCommand, registerUserCommands, registerCaseCommands, registerDbCommands, registerOrderDocumentCommands]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const e = err as Error & { code?: string };
  console.error(`hostchain: ${e.message}`);
  process.exitCode = typeof process.exitCode === 'number' && process.exitCode !== 0 ? process.exitCode : 1;
}
