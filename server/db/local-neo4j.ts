// The project's own Neo4j: started on loopback from the Maven Central jars, state in a
// git-ignored folder, so `npm start` and `npm test` work on a fresh clone without Docker.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { LocalNeo4jError } from './db-errors.ts';
import { openGraphDb } from './driver.ts';
import { buildJavaArgs, checkJava, javaBinary } from './java-command.ts';
import { ensureNeo4jJars, NEO4J_DIR } from './neo4j-jars.ts';

export interface LocalNeo4jPaths {
  /** Folder for state, log and server home: `.neo4j` by default, a temp dir in tests. */
  stateDir: string;
  /** Jars folder; shared between the default server and test servers. */
  jarsDir: string;
}

export interface LocalNeo4jState {
  pid: number;
  port: number;
  uri: string;
  startedAt: string;
  home: string;
}

export const defaultPaths = (home: string): LocalNeo4jPaths => ({ stateDir: home, jarsDir: path.join(home, 'lib') });
const stateFile = (p: LocalNeo4jPaths) => path.join(p.stateDir, 'server.json');
export const logFile = (p: LocalNeo4jPaths) => path.join(p.stateDir, 'neo4j.log');

export function readState(p: LocalNeo4jPaths): LocalNeo4jState | undefined {
  if (!existsSync(stateFile(p))) return undefined;
  try {
    return JSON.parse(readFileSync(stateFile(p), 'utf8')) as LocalNeo4jState;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new LocalNeo4jError('PORT_TAKEN', `port ${port} on 127.0.0.1 is taken by another process: stop it, or choose another port (neo4j.local.port in hostchain.config.json), or set NEO4J_URI to use that server`) : err),
    );
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
  });
}

/** A port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface StartOptions extends LocalNeo4jPaths {
  port: number;
  heap: string;
  log?: (m: string) => void;
  timeoutMs?: number;
}

export async function startLocalNeo4j(opts: StartOptions): Promise<LocalNeo4jState> {
  const running = await localNeo4jStatus(opts);
  if (running.running) return running.state;
  const java = javaBinary();
  checkJava(java);
  await ensureNeo4jJars({ jarsDir: opts.jarsDir, log: opts.log });
  await assertPortFree(opts.port);
  const home = path.join(opts.stateDir, 'home');
  mkdirSync(home, { recursive: true });
  const fd = openSync(logFile(opts), 'a');
  const args = buildJavaArgs({ jarsDir: opts.jarsDir, home, configDir: NEO4J_DIR, port: opts.port, heap: opts.heap });
  // Detached: `hostchain db start` returns and the server keeps running until `db stop`.
  const child = spawn(java, args, { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  const state: LocalNeo4jState = { pid: child.pid!, port: opts.port, uri: `bolt://127.0.0.1:${opts.port}`, startedAt: new Date().toISOString(), home };
  writeFileSync(stateFile(opts), JSON.stringify(state, null, 2));
  await waitForBolt(state, { ...opts, exited: exitWatcher(child) });
  return state;
}

function exitWatcher(child: ReturnType<typeof spawn>): () => number | null | undefined {
  let code: number | null | undefined;
  child.once('exit', (c) => (code = c ?? -1));
  return () => code;
}

async function waitForBolt(state: LocalNeo4jState, opts: StartOptions & { exited: () => number | null | undefined }): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  const db = openGraphDb({ uri: state.uri, user: 'neo4j', password: '' });
  try {
    while (Date.now() < deadline) {
      if (opts.exited() !== undefined) throw didNotStart(opts, `the java process exited (code ${opts.exited()})`);
      try {
        await db.driver.getServerInfo();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await stopLocalNeo4j(opts);
    throw didNotStart(opts, `Bolt did not answer within ${(opts.timeoutMs ?? 180_000) / 1000} s`);
  } finally {
    await db.close();
  }
}

function didNotStart(p: LocalNeo4jPaths, why: string): LocalNeo4jError {
  rmSync(stateFile(p), { force: true });
  const log = existsSync(logFile(p)) ? readFileSync(logFile(p), 'utf8').trim().split('\n').slice(-30).join('\n') : '(no log)';
  return new LocalNeo4jError('NEO4J_DID_NOT_START', `Neo4j did not come up: ${why}. Last lines of ${logFile(p)}:\n${log}`);
}

export async function localNeo4jStatus(p: LocalNeo4jPaths): Promise<{ running: true; state: LocalNeo4jState } | { running: false; stale?: LocalNeo4jState }> {
  const state = readState(p);
  if (state === undefined) return { running: false };
  if (!isAlive(state.pid)) {
    rmSync(stateFile(p), { force: true });
    return { running: false, stale: state };
  }
  return { running: true, state };
}

/** SIGTERM (Neo4j's bootstrapper shuts the databases down cleanly), then SIGKILL after a minute. */
export async function stopLocalNeo4j(p: LocalNeo4jPaths, graceMs = 60_000): Promise<LocalNeo4jState | undefined> {
  const state = readState(p);
  if (state === undefined) return undefined;
  if (isAlive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isAlive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  }
  rmSync(stateFile(p), { force: true });
  return state;
}
