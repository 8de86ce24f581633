// A Neo4j of one test's (or the fault campaign's) own, for killing: its own temp folder and free
// port, so `kill -9` and a restart never touch the shared test Neo4j of globalSetup. The restart
// keeps the data folder, as a crashed server coming back does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { openGraphDb, type GraphDb, type GraphDbOptions } from '../../server/db/driver.ts';
import { findFreePort, readState, startLocalNeo4j, stopLocalNeo4j, isAlive } from '../../server/db/local-neo4j.ts';
import { applyMigrations } from '../../server/db/migrate.ts';

export interface PrivateNeo4j {
  uri: string;
  /** A driver to it (the caller closes it); options such as maxPauseMs as the test needs. */
  open(opts?: Partial<GraphDbOptions>): GraphDb;
  /** `kill -9` of the Java process: no shutdown, no flush (a crash). Resolves once it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data folder; resolves once Bolt answers. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateNeo4j(opts: { heap?: string; log?: (m: string) => void } = {}): Promise<PrivateNeo4j> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'hostchain-private-neo4j-'));
  const paths = { stateDir, jarsDir: path.join(loadConfig().home, 'lib') };
  const port = await findFreePort();
  const start = () => startLocalNeo4j({ ...paths, port, heap: opts.heap ?? '512m', log: opts.log });
  const state = await start();
  const db = openGraphDb({ uri: state.uri, user: 'neo4j', password: '' });
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
  return {
    uri: state.uri,
    open: (o = {}) => openGraphDb({ uri: state.uri, user: 'neo4j', password: '', ...o }),
    kill: async () => {
      const pid = readState(paths)?.pid;
      if (pid === undefined) return;
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
    },
    restart: async () => void (await start()),
    stop: async () => {
      await stopLocalNeo4j(paths, 20_000);
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
