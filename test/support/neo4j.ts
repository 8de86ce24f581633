// Vitest globalSetup of the `graph` and `e2e` projects: a real Neo4j, never a fake. NEO4J_URI
// when set (a developer's or CI's own server); otherwise the project's Neo4j on a free port with a
// throw-away data folder, jars shared with `hostchain db start`. Migrations are applied once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import { openGraphDb } from '../../server/db/driver.ts';
import { findFreePort, startLocalNeo4j, stopLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applyMigrations } from '../../server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cfg = loadConfig();
  let teardown = async () => {};
  let uri = cfg.neo4j.uri;
  if (uri === undefined) {
    const stateDir = mkdtempSync(path.join(tmpdir(), 'hostchain-test-neo4j-'));
    const paths = { stateDir, jarsDir: path.join(cfg.home, 'lib') };
    const t0 = Date.now();
    const state = await startLocalNeo4j({ ...paths, port: await findFreePort(), heap: '1g', log: (m) => console.error(m) });
    console.error(`[${project.name}] test Neo4j up on ${state.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    uri = state.uri;
    teardown = async () => {
      await stopLocalNeo4j(paths);
      rmSync(stateDir, { recursive: true, force: true });
    };
  }
  const db = openGraphDb({ uri, user: cfg.neo4j.user, password: cfg.neo4j.password, database: cfg.neo4j.database });
  try {
    await applyMigrations(db);
  } catch (err) {
    // No teardown runs when setup throws: stop our server here or it outlives the test run.
    await teardown();
    throw err;
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', cfg.neo4j.user);
  project.provide('neo4jPassword', cfg.neo4j.password);
  return teardown;
}
