// Wiring only: config → database (local or NEO4J_URI) → migrations → yoga → listen.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bulkMaxAgeMs, loadConfig, type Config } from './config.ts';
import { connectGraph } from './db/connect.ts';
import type { GraphDb } from './db/driver.ts';
import { defaultPaths, stopLocalNeo4j } from './db/local-neo4j.ts';
import { applyMigrations } from './db/migrate.ts';
import { createHostchainYoga } from './graphql/yoga.ts';
import { createRequestListener } from './http/app.ts';
import { checkTemplates, templatesDir } from './orders/documents/template-files.ts';
import { loadRuleTable } from './rules/rule-table.ts';
import { buildClientIfStale, CLIENT_DIST } from './http/client-build.ts';
import { adminExists } from './auth/users.ts';
import { createSetupToken } from './auth/setup-token.ts';
import { startFollowUpSchedule } from './orders/follow-up/follow-up-schedule.ts';
import { createSourceIo } from '../importers/core/source-io.ts';

export interface RunningServer {
  url: string;
  server: Server;
  db: GraphDb;
  /** The one-time link that creates the first administrator; null when one exists. */
  setupLink: string | null;
  close(): Promise<void>;
}

export async function runServer(opts: { config?: Config; log?: (msg: string) => void } = {}): Promise<RunningServer> {
  const log = opts.log ?? ((msg: string) => console.error(msg));
  const config = opts.config ?? loadConfig();
  const { db, startedLocal } = await connectGraph(config, log);
  const migrations = await applyMigrations(db);
  if (migrations.applied.length > 0) log(`schema: applied ${migrations.applied.join(', ')}`);
  await buildClientIfStale(log);
  // One rule table for the API and the evidence-pack files: read and checked once at start-up.
  const rules = loadRuleTable();
  // A broken order template does not stop the server (the other documents still work): it is said now, and again on each document from it.
  for (const problem of checkTemplates(templatesDir())) log(`order document template refused: ${problem}`);
  // No administrator yet: a one-time link replaces the second command a newcomer would need.
  const setup = (await adminExists(db)) ? undefined : createSetupToken();
  const yoga = createHostchainYoga({ db, config, rules, setup });
  const server = createServer(createRequestListener({ yoga, clientDir: CLIENT_DIST, packs: { db, rules }, documents: { db, rules, config } }));
  try {
    await listen(server, config.server.host, config.server.port);
  } catch (err) {
    // Nothing may keep the process alive after it failed to start: the driver's sockets would.
    await db.close();
    if (startedLocal) await stopLocalNeo4j(defaultPaths(config.home));
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.server.host}:${port}`;
  // The link works only from loopback, so it names loopback even when the server listens on every address.
  // Open orders' URLs are resolved again on a schedule (issue 16); 0 minutes turns it off.
  const followUp = config.followUp.intervalMinutes > 0 ? startFollowUpSchedule({ db, io: createSourceIo(config), bulkMaxAgeMs: bulkMaxAgeMs(config) }, config.followUp.intervalMinutes, log) : undefined;
  const setupLink = setup?.link(['0.0.0.0', '::'].includes(config.server.host) ? `http://127.0.0.1:${port}` : url) ?? null;
  const close = async () => {
    await followUp?.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
    // Whoever started the local Neo4j stops it: Ctrl-C on `npm start` leaves nothing running,
    // while a server started with `hostchain db start` outlives the app.
    if (startedLocal) await stopLocalNeo4j(defaultPaths(config.home));
  };
  return { url, server, db, setupLink, close };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is taken: stop the other process or set HOSTCHAIN_PORT`) : err),
    );
    server.listen(port, host, () => resolve());
  });
}
