import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJavaArgs, checkJava, ENTRY_POINT, javaBinary } from '../../../server/db/java-command.ts';

describe('the java command line of the local Neo4j', () => {
  const args = buildJavaArgs({ jarsDir: '/j', home: '/h', configDir: '/c', port: 7777, heap: '2g' });

  it('passes heap and the --add-opens flags that Java 17 needs, since neo4j.conf JVM settings are not read', () => {
    expect(args).toEqual(expect.arrayContaining(['-Xmx2g', '-Xms1g', '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED']));
  });

  it('starts the published entry point with Bolt on loopback only', () => {
    expect(args.slice(args.indexOf(ENTRY_POINT))).toEqual([ENTRY_POINT, '--home-dir=/h', '--config-dir=/c', '--console-mode', '-c', 'server.bolt.listen_address=127.0.0.1:7777']);
    expect(args).toContain(path.join('/j', '*'));
  });

  it('says Java 17 is needed, and how to get it, when java cannot be run', () => {
    const emptyJdk = mkdtempSync(path.join(tmpdir(), 'no-jdk-'));
    const java = javaBinary({ JAVA_HOME: emptyJdk });
    expect(() => checkJava(java)).toThrow(/Java 17 or newer is needed.*JAVA_HOME.*NEO4J_URI/s);
  });

  it('accepts the machine Java', () => {
    expect(checkJava(javaBinary())).toMatch(/version "(1[7-9]|2\d)/);
  });
});
