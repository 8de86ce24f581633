// Fetches the Neo4j Community jars once from Maven Central (server/db/neo4j/pom.xml) and reuses
// them. A marker written after a complete copy makes a half-finished fetch redo itself and a
// version bump in the pom fetch again.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './db-errors.ts';

export const NEO4J_DIR = path.resolve(import.meta.dirname, 'neo4j');
export const POM_PATH = path.join(NEO4J_DIR, 'pom.xml');

export function pinnedNeo4jVersion(pom = POM_PATH): string {
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pom, 'utf8'));
  if (!m) throw new Error(`${pom}: no <neo4j.version>`);
  return m[1]!;
}

/** Full plugin coordinates from the pom: a bare "dependency:" prefix needs plugin-group metadata from Central first. */
export function dependencyPluginGoal(pom = POM_PATH): string {
  const m = /<artifactId>maven-dependency-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(readFileSync(pom, 'utf8'));
  if (!m) throw new Error(`${pom}: maven-dependency-plugin is not pinned`);
  return `org.apache.maven.plugins:maven-dependency-plugin:${m[1]}:copy-dependencies`;
}

const markerOf = (jarsDir: string, version: string) => path.join(jarsDir, `.complete-${version}`);

export function jarsPresent(jarsDir: string, version = pinnedNeo4jVersion()): boolean {
  return existsSync(markerOf(jarsDir, version));
}

export async function ensureNeo4jJars(opts: { jarsDir: string; log?: (m: string) => void; mvn?: string; mavenArgs?: string[] }): Promise<{ fetched: boolean; jars: number }> {
  const version = pinnedNeo4jVersion();
  if (jarsPresent(opts.jarsDir, version)) return { fetched: false, jars: countJars(opts.jarsDir) };
  opts.log?.(`fetching Neo4j Community ${version} from Maven Central into ${opts.jarsDir} (once, ~125 MB)…`);
  rmSync(opts.jarsDir, { recursive: true, force: true });
  mkdirSync(opts.jarsDir, { recursive: true });
  const output = await runMaven(opts.mvn ?? 'mvn', [...(opts.mavenArgs ?? []), '-B', '-q', '-f', POM_PATH, dependencyPluginGoal(), `-DoutputDirectory=${opts.jarsDir}`]);
  const jars = countJars(opts.jarsDir);
  if (jars === 0) throw new LocalNeo4jError('JAR_FETCH_FAILED', `Maven finished but copied no jars into ${opts.jarsDir}:\n${tail(output)}`);
  writeFileSync(markerOf(opts.jarsDir, version), `${new Date().toISOString()}\n`);
  return { fetched: true, jars };
}

function countJars(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jar')).length : 0;
}

const tail = (s: string, n = 15) => s.trim().split('\n').slice(-n).join('\n');

function runMaven(mvn: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err) =>
      reject(new LocalNeo4jError('MAVEN_MISSING', `Maven ("${mvn}") is needed once to fetch the Neo4j jars and could not be run: ${err.message}. Install it (Debian: apt-get install maven) or set NEO4J_URI to a Neo4j of your own.`)),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve(output);
      const unreachable = /(Could not transfer|Unknown host|Connection refused|timed out|Network is unreachable|Could not resolve|NoPluginFoundForPrefix)/i.test(output);
      reject(
        unreachable
          ? new LocalNeo4jError('MAVEN_CENTRAL_UNREACHABLE', `Maven Central could not be reached to fetch the Neo4j jars. Check the network or proxy (~/.m2/settings.xml), or set NEO4J_URI to a Neo4j of your own. Maven said:\n${tail(output)}`)
          : new LocalNeo4jError('JAR_FETCH_FAILED', `Maven failed (exit ${code}) fetching the Neo4j jars:\n${tail(output)}`),
      );
    });
  });
}
