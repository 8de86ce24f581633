// `hostchain db start|stop|status|fetch` (and backup|restore|verify, db-backup.ts): the project's own local Neo4j.
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { openGraphDb } from '../db/driver.ts';
import { registerDbBackupCommands } from './db-backup.ts';
import { defaultPaths, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j.ts';
import { ensureNeo4jJars, pinnedNeo4jVersion } from '../db/neo4j-jars.ts';

/** Exit code of `db status` when no server runs (LSB init-script convention: 3 = not running). */
export const EXIT_NOT_RUNNING = 3;

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description(`the local Neo4j Community ${pinnedNeo4jVersion()} (not used when NEO4J_URI is set)`);
  db.command('start').description('fetch the jars if needed, start Neo4j on 127.0.0.1 and wait until Bolt answers').action(() => start(loadConfig()));
  db.command('stop').description('stop the local Neo4j cleanly').action(() => stop(loadConfig()));
  db.command('status').description('print the Bolt URI on the first line when running').action(() => status(loadConfig()));
  registerDbBackupCommands(db);
  db.command('fetch').description('fetch the Neo4j jars from Maven Central (once)').action(async () => {
    const cfg = loadConfig();
    const t0 = Date.now();
    const r = await ensureNeo4jJars({ jarsDir: defaultPaths(cfg.home).jarsDir, log: (m) => console.error(m) });
    console.log(r.fetched ? `fetched ${r.jars} jars in ${((Date.now() - t0) / 1000).toFixed(1)} s` : `${r.jars} jars already present`);
  });
}

async function start(cfg: Config): Promise<void> {
  if (cfg.neo4j.uri !== undefined) {
    console.log(`NEO4J_URI is set (${cfg.neo4j.uri}): that server is used and no local Neo4j is started`);
    return;
  }
  const t0 = Date.now();
  const s = await startLocalNeo4j({ ...defaultPaths(cfg.home), port: cfg.neo4j.local.port, heap: cfg.neo4j.local.heap, log: (m) => console.error(m) });
  console.log(s.uri);
  console.error(`Neo4j is up (pid ${s.pid}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

async function stop(cfg: Config): Promise<void> {
  const s = await stopLocalNeo4j(defaultPaths(cfg.home));
  console.log(s === undefined ? 'no local Neo4j is running' : `stopped Neo4j (pid ${s.pid})`);
}

async function status(cfg: Config): Promise<void> {
  const st = await localNeo4jStatus(defaultPaths(cfg.home));
  if (!st.running) {
    console.log('no local Neo4j is running');
    if (cfg.neo4j.uri !== undefined) console.log(`NEO4J_URI is set: the product uses ${cfg.neo4j.uri}`);
    process.exitCode = EXIT_NOT_RUNNING;
    return;
  }
  console.log(st.state.uri);
  console.log(`pid ${st.state.pid}, started ${st.state.startedAt}, home ${st.state.home}`);
  const db = openGraphDb({ uri: st.state.uri, user: 'neo4j', password: '' });
  try {
    const info = await db.driver.getServerInfo();
    console.log(`server ${info.agent ?? 'Neo4j'} answers on Bolt`);
  } catch (err) {
    console.log(`process runs but Bolt does not answer yet: ${(err as Error).message}`);
  } finally {
    await db.close();
  }
}
