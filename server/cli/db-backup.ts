// `hostchain db backup <file>`, `db restore <file> [--force]` and `db verify`.
import type { Command } from 'commander';
import { auditAnchorIn } from '../auth/audit-anchor.ts';
import type { Config } from '../config.ts';
import { loadConfig } from '../config.ts';
import { backupLocalNeo4j, restoreLocalNeo4j, type LocalTarget } from '../db/backup.ts';
import { BackupError, recordFileOf } from '../db/backup-record.ts';
import { connectGraph } from '../db/connect.ts';
import { defaultPaths, stopLocalNeo4j } from '../db/local-neo4j.ts';
import { verifyDatabase } from '../db/verify-database.ts';

/** Exit code when a restored or checked database does not verify. */
export const EXIT_NOT_INTACT = 4;

export function registerDbBackupCommands(db: Command): void {
  db.command('backup <file>')
    .description('dump the local Neo4j into <file> (it is stopped for the dump and started again); prints and records its SHA-256 and the audit chain head')
    .action((file: string) => backup(loadConfig(), file));
  db.command('restore <file>')
    .description('load a dump made by "db backup" (SHA-256 checked against its record), then verify the audit chain and every evidence hash')
    .option('--force', 'replace a database that holds data')
    .action((file: string, o: { force?: boolean }) => restore(loadConfig(), file, o.force === true));
  db.command('verify')
    .description('check the audit chain (hashes, HMACs, signed head) and every evidence hash of the database in use')
    .action(() => verify(loadConfig()));
}

export function localTarget(cfg: Config): LocalTarget {
  if (cfg.neo4j.uri !== undefined) {
    throw new BackupError(
      'NOT_LOCAL',
      `NEO4J_URI is set (${cfg.neo4j.uri}): "db backup" and "db restore" work on the project's own Neo4j only. Back that server up with its own tools (neo4j-admin database dump with the database stopped, Enterprise online backup, or Aura snapshots) and, with it, the data folder ${cfg.home}/audit (the audit key and signed head); see README "Backups"`,
    );
  }
  return { ...defaultPaths(cfg.home), port: cfg.neo4j.local.port, heap: cfg.neo4j.local.heap, database: cfg.neo4j.database ?? 'neo4j', anchor: auditAnchorIn(cfg.home), log: (m) => console.error(m) };
}

async function backup(cfg: Config, file: string): Promise<void> {
  const { record, dumpMs } = await backupLocalNeo4j(localTarget(cfg), file);
  console.log(`backup written: ${file} (${record.bytes} bytes, dumped in ${(dumpMs / 1000).toFixed(1)} s)`);
  console.log(`sha256 ${record.sha256}`);
  console.log(`audit chain head: entry ${record.auditHead.seq}, hash ${record.auditHead.hash}${record.auditIntact ? '' : ' (the log did NOT verify when dumped: see the record)'}`);
  console.log(`record: ${recordFileOf(file)}; the backup is also in the audit log (action db-backup)`);
}

async function restore(cfg: Config, file: string, force: boolean): Promise<void> {
  const r = await restoreLocalNeo4j(localTarget(cfg), file, { force });
  console.log(`restored ${file} (sha256 ${r.record.sha256}, made ${r.record.createdAt}) in ${(r.loadMs / 1000).toFixed(1)} s`);
  if (r.previousSignedHead !== null && r.previousSignedHead.seq > r.record.auditHead.seq) {
    console.log(`the audit log went back from entry ${r.previousSignedHead.seq} to entry ${r.record.auditHead.seq}: entries after the backup are not in it (the restore itself is logged as db-restore)`);
  }
  for (const line of r.verification.lines) console.log(line);
  console.log(r.verification.ok ? 'restored database verified' : 'restored database did NOT verify');
  if (!r.verification.ok) process.exitCode = EXIT_NOT_INTACT;
}

async function verify(cfg: Config): Promise<void> {
  const { db, startedLocal } = await connectGraph(cfg);
  try {
    const v = await verifyDatabase(db);
    for (const line of v.lines) console.log(line);
    if (!v.ok) process.exitCode = EXIT_NOT_INTACT;
  } finally {
    await db.close();
    if (startedLocal) await stopLocalNeo4j(defaultPaths(cfg.home));
  }
}
