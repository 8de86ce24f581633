// Neo4j's own dump and load (`neo4j-admin database dump|load`), run from the same jars as the
// server: org.neo4j.cli.AdminTool reads NEO4J_HOME and NEO4J_CONF from the environment. Community
// has no online backup: "It is not possible to dump a database that is mounted in a running Neo4j
// server" (neo4j-admin database dump --help), so the caller stops the local Neo4j first.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { LocalNeo4jError } from './db-errors.ts';
import { javaBinary, NEO4J_JVM_FLAGS } from './java-command.ts';
import { NEO4J_DIR } from './neo4j-jars.ts';

export const ADMIN_ENTRY_POINT = 'org.neo4j.cli.AdminTool';

export interface AdminTarget {
  jarsDir: string;
  /** The server's home (`<stateDir>/home`): its data folder is what is dumped and loaded. */
  home: string;
  database: string;
}

export function buildAdminArgs(t: AdminTarget, args: string[]): string[] {
  // Dump and load stream files; a small heap is plenty.
  return ['-Xmx512m', ...NEO4J_JVM_FLAGS, '-cp', path.join(t.jarsDir, '*'), ADMIN_ENTRY_POINT, ...args];
}

/** Dumps the database into `file` (written as file.partial, then renamed), hashing the bytes on the way. */
export async function dumpDatabase(t: AdminTarget, file: string): Promise<{ sha256: string; bytes: number }> {
  const partial = `${file}.partial`;
  const hash = createHash('sha256');
  let bytes = 0;
  const child = runAdmin(t, ['database', 'dump', '--to-stdout', t.database], 'pipe');
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    // 0600: the dump holds the whole case file.
    await Promise.all([pipeline(child.stdout!, tap, createWriteStream(partial, { mode: 0o600 })), child.done]);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  renameSync(partial, file);
  return { sha256: hash.digest('hex'), bytes };
}

/** Loads `file` over the database (which must not be running). */
export async function loadDatabase(t: AdminTarget, file: string): Promise<void> {
  const child = runAdmin(t, ['database', 'load', '--from-stdin', '--overwrite-destination=true', t.database], 'pipe-in');
  await Promise.all([pipeline(createReadStream(file), child.stdin!), child.done]);
}

function runAdmin(t: AdminTarget, args: string[], mode: 'pipe' | 'pipe-in') {
  const child = spawn(javaBinary(), buildAdminArgs(t, args), {
    env: { ...process.env, NEO4J_HOME: t.home, NEO4J_CONF: NEO4J_DIR },
    stdio: [mode === 'pipe-in' ? 'pipe' : 'ignore', mode === 'pipe' ? 'pipe' : 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-20_000)));
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', (e) => reject(new LocalNeo4jError('JAVA_MISSING', `neo4j-admin could not be run: ${e.message}`)));
    child.once('close', (code) => {
      if (code === 0) return resolve();
      // Progress lines ("Files: 3/36, data: 4.6%") say nothing about why it failed.
      const why = err.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Files:')).slice(-12).join('\n');
      reject(new LocalNeo4jError('NEO4J_ADMIN_FAILED', `neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${why}`));
    });
  });
  return Object.assign(child, { done });
}
