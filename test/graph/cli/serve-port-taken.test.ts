// `hostchain serve` on a port another process holds: it must say so and exit non-zero, not print
// the error and go on running with nothing listening (issue 15, defect 11).
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
let holder: Server;
let port: number;

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
  port = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise((r) => holder.close(r)));

describe('hostchain serve', () => {
  it('exits with an error naming the taken port', async () => {
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), HOSTCHAIN_CONFIG: '/nonexistent.json', HOSTCHAIN_PORT: String(port) };
    const r = await new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
      // Still running after 30 s is the defect: the child is killed and the test sees the signal.
      const child = execFile('node', ['bin/hostchain.mjs', 'serve'], { cwd: root, env, timeout: 30_000 }, () => undefined);
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is taken: stop the other process or set HOSTCHAIN_PORT`);
  }, 60_000);
});
