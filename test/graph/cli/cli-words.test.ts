// The command line as people type it: the version, the material in any case, a misspelt case
// refused with a non-zero exit, the notice options in `import notices --help`, summaries
// that do not say a word twice, and bad lines printed safely.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
const cli = (args: string[]) =>
  promisify(execFile)('node', ['bin/hostchain.mjs', ...args], { cwd: root, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), HOSTCHAIN_CONFIG: '/nonexistent.json' } })
    .then((r) => ({ ...r, code: 0 }))
    .catch((e: { stdout: string; stderr: string; code: number }) => e);

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('the hostchain command line', () => {
  it('prints its version', async () => {
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('takes the material in any case, and refuses a case that does not exist with a non-zero exit', async () => {
    const r = await cli(['addressees', '--case', 'Novmber', '--material', 'CSAM']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('hostchain: there is no case named "Novmber" (hostchain resolve --case "Novmber" starts one)\n');
    expect(await cli(['addressees', '--url', 'http://nothing.example/', '--material', 'Terrorist'])).toMatchObject({ code: 0, stdout: 'not resolved yet (no chain): http://nothing.example/\n' });
  });

  it('shows the notice fields in import notices --help', async () => {
    const r = await cli(['import', 'notices', '--help']);
    expect(r.stdout).toContain('import notices <file.csv>: the hotline\'s notice-and-takedown records');
    expect(r.stdout).toContain('reportedAt    when the URL was reported (required');
  });

  it('summarises a notice import without saying "notices" twice', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'hc-notices-')), 'hotline.csv');
    writeFileSync(file, 'Reported URL,Received\nhttp://www.shop.example/x,2026-11-02T10:00:00Z\n');
    const r = await cli(['import', 'notices', file, '--column', 'url=Reported URL', 'reportedAt=Received']);
    expect(r.stdout).toMatch(/^notices: 1 records imported, 0 skipped/m);
  });

  it('prints bad lines of a list as one short line each, with control characters escaped', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'hc-badlines-')), 'list.txt');
    writeFileSync(file, `ftp://\u001b[2J\u001b]0;owned\u0007.example/\nhttp://${'a'.repeat(1_048_576)}.example/\n`);
    const r = await cli(['resolve', file, '--case', 'bad lines only']);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('list.txt:'));
    expect(lines).toHaveLength(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(lines[0]).toContain('ftp://\\x1b[2J\\x1b]0;owned\\x07.example/');
    expect(lines[1]).toMatch(/^list\.txt:2: .*… \(1,048,592 bytes in all\)$/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(600);
  });
});

