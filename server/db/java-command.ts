// The java command line for Neo4j's published server entry point. Launching
// org.neo4j.server.CommunityEntryPoint directly (not bin/neo4j) means the JVM settings of
// neo4j.conf (server.jvm.additional, heap) are not read: they have to be here.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError } from './db-errors.ts';

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/** From the 5.26 neo4j.conf: without the --add-opens flags Java 17 refuses Neo4j's direct buffers. */
export const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-XX:MaxMetaspaceSize=512m',
  '-XX:ReservedCodeCacheSize=256m',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface JavaCommandOptions {
  jarsDir: string;
  home: string;
  configDir: string;
  port: number;
  /** -Xmx, e.g. "2g". */
  heap: string;
}

export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

export function buildJavaArgs(opts: JavaCommandOptions): string[] {
  // A small -Xms keeps the resident size honest on a shared 24 GiB machine; the heap grows on demand.
  const xms = /^(\d+)([mg])$/.exec(opts.heap);
  const initial = xms && (xms[2] === 'm' || Number(xms[1]) <= 1) ? opts.heap : '1g';
  return [
    `-Xms${initial}`,
    `-Xmx${opts.heap}`,
    ...NEO4J_JVM_FLAGS,
    '-cp',
    path.join(opts.jarsDir, '*'),
    ENTRY_POINT,
    `--home-dir=${opts.home}`,
    `--config-dir=${opts.configDir}`,
    '--console-mode',
    '-c',
    `server.bolt.listen_address=127.0.0.1:${opts.port}`,
  ];
}

/** Checks java runs and is 17 or newer; Neo4j 5.26 is the last line that runs on 17. */
export function checkJava(java: string): string {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new LocalNeo4jError('JAVA_MISSING', `Java 17 or newer is needed to run the local Neo4j, and "${java}" could not be run (${r.error?.message ?? `exit ${r.status}`}). Install it (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME; or point NEO4J_URI at a Neo4j of your own.`);
  }
  const out = `${r.stderr}${r.stdout}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) throw new LocalNeo4jError('JAVA_TOO_OLD', `Neo4j 5.26 needs Java 17 or newer; "${java}" is ${out.split('\n')[0]?.trim() ?? 'unknown'}.`);
  return out.split('\n')[0]!.trim();
}
