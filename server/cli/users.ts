// `hostchain users first-admin <username>`: the first administrator, created from the command line
// on the server (never a default password). The password comes from HOSTCHAIN_ADMIN_PASSWORD or
// the first line of standard input, so it is not left in the shell history.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createFirstAdmin } from '../auth/users.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { applyMigrations } from '../db/migrate.ts';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.HOSTCHAIN_ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (process.stdin.isTTY) process.stderr.write('password (12 characters at least): ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  throw new Error('no password given: set HOSTCHAIN_ADMIN_PASSWORD or write it on standard input');
}

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('user accounts');
  users
    .command('first-admin <username>')
    .description('create the first administrator (refused once an administrator exists)')
    .action(async (username: string) => {
      const password = await readPassword();
      const { db } = await connectGraph(loadConfig());
      try {
        await applyMigrations(db);
        const admin = await createFirstAdmin(db, { username, password });
        console.log(`administrator ${admin.username} created`);
      } finally {
        await db.close();
      }
    });
}
