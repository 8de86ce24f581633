import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../server/config.ts';
import { assertPortFree, findFreePort } from '../../../server/db/local-neo4j.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const home = mkdtempSync(path.join(tmpdir(), 'hostchain-cli-home-'));
const jars = path.join(defaultConfig().home, 'lib');

afterAll(async () => {
  await cli(['db', 'stop']).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  // The jars are shared with the test server (symlinked lib), the state is this test's own.
  return run('node', ['bin/hostchain.mjs', ...args], { cwd: root, env: { ...process.env, NEO4J_URI: '', HOSTCHAIN_HOME: home, ...env } });
}

describe('hostchain db start | status | stop', () => {
  it('starts a local Neo4j, reports its Bolt URI on the first status line, and stops it', async () => {
    const { symlinkSync } = await import('node:fs');
    symlinkSync(jars, path.join(home, 'lib'));
    const port = await findFreePort();
    const config = path.join(home, 'cfg.json');
    (await import('node:fs')).writeFileSync(config, JSON.stringify({ neo4j: { local: { port, heap: '512m' } } }));
    const env = { HOSTCHAIN_CONFIG: config };
    const started = await cli(['db', 'start'], env);
    expect(started.stdout.trim()).toBe(`bolt://127.0.0.1:${port}`);
    const status = await cli(['db', 'status'], env);
    expect(status.stdout.split('\n')[0]).toBe(`bolt://127.0.0.1:${port}`);
    await expect(assertPortFree(port)).rejects.toMatchObject({ code: 'PORT_TAKEN' });
    expect((await cli(['db', 'stop'], env)).stdout).toMatch(/stopped Neo4j/);
    const after = await cli(['db', 'status'], env).catch((e: { code: number; stdout: string }) => e);
    expect(after).toMatchObject({ code: 3 });
    expect((after as { stdout: string }).stdout.split('\n')[0]).toBe('no local Neo4j is running');
  });

  it('starts nothing when NEO4J_URI points at a server of the user', async () => {
    const { stdout } = await cli(['db', 'start'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(stdout).toMatch(/NEO4J_URI is set \(bolt:\/\/127\.0\.0\.1:1\): that server is used and no local Neo4j is started/);
  });

  it('refuses a taken port with a message that says what to do', async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const { port } = srv.address() as net.AddressInfo;
    try {
      await expect(assertPortFree(port)).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is taken`));
    } finally {
      srv.close();
    }
  });
});
