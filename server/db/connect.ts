// The database the product uses: the user's own (NEO4J_URI: a server, Aura or a cluster) when
// set, otherwise the project's local Neo4j, started when it is not running.
import { auditAnchorIn, bindAuditAnchor } from '../auth/audit-anchor.ts';
import { dbPauseMs, type Config } from '../config.ts';
import { LocalNeo4jError } from './db-errors.ts';
import { openGraphDb, type GraphDb } from './driver.ts';
import { defaultPaths, localNeo4jStatus, startLocalNeo4j } from './local-neo4j.ts';

export interface Connected {
  db: GraphDb;
  /** The local Neo4j was started by this call (not found running): the caller may stop it. */
  startedLocal: boolean;
}

export async function connectGraph(cfg: Config, log: (m: string) => void = (m) => console.error(m)): Promise<Connected> {
  let uri = cfg.neo4j.uri;
  let startedLocal = false;
  if (uri === undefined) {
    const paths = defaultPaths(cfg.home);
    startedLocal = !(await localNeo4jStatus(paths)).running;
    const state = await startLocalNeo4j({ ...paths, port: cfg.neo4j.local.port, heap: cfg.neo4j.local.heap, log });
    uri = state.uri;
  }
  // The audit key and signed head live in the data folder, never in the graph (auth/audit-anchor.ts).
  const db = bindAuditAnchor(openGraphDb({ uri, user: cfg.neo4j.user, password: cfg.neo4j.password, database: cfg.neo4j.database, maxPauseMs: dbPauseMs(cfg) }), auditAnchorIn(cfg.home, cfg.neo4j.uri === undefined ? undefined : { uri: cfg.neo4j.uri, database: cfg.neo4j.database }));
  try {
    await db.driver.getServerInfo();
  } catch (err) {
    await db.close();
    throw new LocalNeo4jError('NEO4J_UNREACHABLE', `cannot reach Neo4j at ${uri}: ${(err as Error).message}`);
  }
  return { db, startedLocal };
}
