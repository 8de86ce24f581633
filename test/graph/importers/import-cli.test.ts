import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const DUMP = path.join(root, 'test/fixtures/bulk/ripe-reseller-chain.db');
const db = openTestGraph();
const env = { ...process.env, NEO4J_URI: inject('neo4jUri') };
const cli = (args: string[]) => run('node', ['bin/hostchain.mjs', ...args], { cwd: root, env }).then((r) => ({ ...r, code: 0 })).catch((e: { stdout: string; stderr: string; code: number }) => e);

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('hostchain import', () => {
  it('imports a dump, names each skipped object by line, and prints what it did', async () => {
    const r = await cli(['import', 'rpsl', DUMP]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ripe-reseller-chain.db: line 52: inetnum: range 192.0.2.200 - 192.0.2.100 ends before it starts (skipped)');
    expect(r.stdout).toMatch(/^rpsl registry dump: 11 records imported, 1 skipped, 0 facts ended; data date not stated; evidence ev-[0-9a-f]{32}$/m);
  });

  it('says so when the same file comes again, and imports nothing twice', async () => {
    const r = await cli(['import', 'rpsl', DUMP]);
    expect(r.stdout).toMatch(/ripe-reseller-chain\.db was imported before \(same content\): evidence ev-[0-9a-f]{32}; nothing to do/);
  });

  it('refuses an unknown kind, naming the kinds it knows', async () => {
    const r = await cli(['import', 'whois-dump', DUMP]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown import kind "whois-dump"; one of: rpsl, delegated, pfx2as, as-rel, as-org, cdn');
  });

  it('asks for the provider of a plain-text CDN list', async () => {
    const r = await cli(['import', 'cdn', path.join(root, 'server/demo/reseller-chain/cdn-ranges.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cdn-ranges.txt: a plain-text or CSV range list does not name its provider: pass --provider <name>');
  });
});
