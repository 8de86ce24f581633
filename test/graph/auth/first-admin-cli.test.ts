import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { propertiesContaining } from '../../support/graph-assert.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
const cli = (args: string[], password: string) =>
  promisify(execFile)('node', ['bin/hostchain.mjs', ...args], { cwd: root, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), HOSTCHAIN_ADMIN_PASSWORD: password } })
    .then((r) => ({ ...r, code: 0 }))
    .catch((e: { stdout: string; stderr: string; code: number }) => e);

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('hostchain users first-admin', () => {
  it('creates the first administrator from the command line, keeping only a hash of the password', async () => {
    const r = await cli(['users', 'first-admin', 'anna'], 'correct horse battery staple');
    expect(r).toMatchObject({ code: 0, stdout: 'administrator anna created\n' });
    expect(await propertiesContaining(db, 'correct horse battery staple')).toEqual([]);
  });

  it('refuses a second first administrator, and a short password, saying why', async () => {
    expect((await cli(['users', 'first-admin', 'bert'], 'another long password')).stderr).toContain('an admin account exists already');
    await resetGraph(db);
    const short = await cli(['users', 'first-admin', 'carla'], 'short');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/12 characters/);
  });
});
