import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../server/config.ts';
import { startLocalNeo4j } from '../../../server/db/local-neo4j.ts';
import { ensureNeo4jJars } from '../../../server/db/neo4j-jars.ts';

const tmp = (p: string) => mkdtempSync(path.join(tmpdir(), p));

describe('starting the local Neo4j fails clearly', () => {
  it('says Maven Central is unreachable when the jars cannot be fetched', async () => {
    const dir = tmp('hostchain-m2-');
    const settings = path.join(dir, 'settings.xml');
    // A mirror of Central on a closed loopback port: what a machine without network sees.
    writeFileSync(settings, '<settings><mirrors><mirror><id>closed</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:1/maven2</url></mirror></mirrors></settings>');
    const err = await ensureNeo4jJars({ jarsDir: path.join(dir, 'lib'), mavenArgs: ['-s', settings, `-Dmaven.repo.local=${path.join(dir, 'repo')}`] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'MAVEN_CENTRAL_UNREACHABLE' });
    expect(String((err as Error).message)).toMatch(/Maven Central could not be reached.*NEO4J_URI/s);
  }, 120_000);

  it('says the server did not come up, with the last lines of its log', async () => {
    const stateDir = tmp('hostchain-bad-neo4j-');
    // A heap too small for the JVM to start: the process exits at once.
    const err = await startLocalNeo4j({ stateDir, jarsDir: path.join(defaultConfig().home, 'lib'), port: 17999, heap: '1m' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NEO4J_DID_NOT_START' });
    expect(String((err as Error).message)).toMatch(/Neo4j did not come up: the java process exited.*Last lines of .*neo4j\.log:\n.*heap/is);
  }, 60_000);
});
