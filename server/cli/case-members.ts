// `hostchain case members <case> [add|remove <username>]`: who may read a case (need-to-know), set
// on the server itself. This is how a case made from the command line (`resolve --case`), which
// has no account behind it and so no members, gets its first ones; each change is audited.
import type { Command } from 'commander';
import { audit } from '../auth/audit.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { applyMigrations } from '../db/migrate.ts';
import { caseIdOf, findCase } from '../queries/cases.ts';
import { addCaseMember, membersOfCases, removeCaseMember } from '../queries/case-members.ts';

async function run(caseName: string, change: { verb: 'add' | 'remove'; username: string } | undefined): Promise<void> {
  const { db } = await connectGraph(loadConfig());
  try {
    await applyMigrations(db);
    if ((await findCase(db, '', caseName)) === undefined) throw new Error(`there is no case named "${caseName}"`);
    const id = caseIdOf(caseName);
    if (change !== undefined) {
      const username = change.username.trim().toLowerCase();
      const at = new Date();
      const done = change.verb === 'add' ? await addCaseMember(db, id, { username, by: 'command line', at }) : await removeCaseMember(db, id, username);
      if (!done) throw new Error(change.verb === 'add' ? `no enabled account "${username}"` : `"${username}" is not a member of "${caseName}"`);
      await audit(db, { user: undefined, action: `${change.verb}-case-member`, target: id, at, detail: { member: username, via: 'command line' } });
    }
    const members = await membersOfCases(db, [id]);
    console.log(members.length === 0 ? `"${caseName}" has no members: nobody may read it until one is added` : members.map((m) => `${m.username}\tadded ${m.addedAt} by ${m.addedBy}`).join('\n'));
  } finally {
    await db.close();
  }
}

export function registerCaseCommands(program: Command): void {
  const cases = program.command('case').description('cases');
  cases
    .command('members <case> [verb] [username]')
    .description('list who may read a case; "add <username>" or "remove <username>" changes it')
    .action(async (caseName: string, verb: string | undefined, username: string | undefined) => {
      if (verb !== undefined && verb !== 'add' && verb !== 'remove') throw new Error(`"${verb}": say add or remove`);
      if (verb !== undefined && username === undefined) throw new Error(`${verb} needs the account's name`);
      await run(caseName, verb === undefined ? undefined : { verb, username: username! });
    });
}
