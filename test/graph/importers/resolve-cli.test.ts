import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
let scenario: RunningScenario;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-resolve-cli-'));

beforeAll(async () => {
  await resetGraph(db);
  scenario = await startResellerChain();
  env = { ...process.env, NEO4J_URI: inject('neo4jUri'), HOSTCHAIN_DNS_SERVERS: scenario.dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: scenario.config.rdap.bootstrapDir, HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9' };
});
afterAll(async () => {
  await scenario.close();
  await db.close();
});

const cli = (args: string[]) => run('node', ['bin/hostchain.mjs', ...args], { cwd: root, env }).catch((e: { stdout: string; stderr: string; code: number }) => e);

describe('hostchain resolve and hostchain chain', () => {
  it('resolves a list, reports the bad line by number, and prints a summary that tells addresses from names that do not resolve', async () => {
    const list = path.join(dir, 'notices.txt');
    writeFileSync(list, '# notices\nwww.shop.example/x/photo.jpg\nhttp://localhost/nope\nhttps://shop.example/y\nhttp://gone.shop.example/z\n');
    const r = await cli(['resolve', list, '--case', 'November', '--concurrency', '2']);
    expect(r.stderr).toContain('notices.txt:3: host "localhost" is a single label');
    expect(r.stdout).toMatch(/URLs looked up\s+3\n/);
    expect(r.stdout).toMatch(/resolved with an address\s+2\n/);
    expect(r.stdout).toMatch(/no address\s+1 \(NXDOMAIN 1\)\n/);
    expect(r.stdout).toMatch(/with failed lookups\s+0\n/);
    expect(r.stdout).toMatch(/bad input lines\s+1/);
  });

  it('skips what is fresh when the same list runs again', async () => {
    const list = path.join(dir, 'again.txt');
    writeFileSync(list, 'www.shop.example/x/photo.jpg\n');
    const r = await cli(['resolve', list]);
    expect(r.stdout).toMatch(/skipped \(resolved recently\)\s+1/);
    expect(r.stdout).toMatch(/URLs looked up\s+0/);
  });

  it('prints the chain with roles, holders, countries and abuse contacts, and the same as JSON', async () => {
    const text = (await cli(['chain', 'www.shop.example/x/photo.jpg'])).stdout;
    expect(text).toMatch(/hoster\s+Shady Example Hosting \[PA: organisation\]\s+ASSIGNED PA 198\.51\.100\.0\/28/);
    expect(text).toMatch(/reseller\s+Example Reseller Ltd \[SC: organisation\]/);
    expect(text).toMatch(/upstream\s+Example Upstream B\.V\. \[NL: organisation\]/);
    expect(text).toContain('abuse abuse@reseller.example');
    const json = JSON.parse((await cli(['chain', 'www.shop.example/x/photo.jpg', '--json'])).stdout) as { aliases: string[]; addresses: { address: string; blocks: { role: string; evidenceId: string }[] }[]; domain: { registrar: string } };
    expect(json.aliases).toEqual(['www.shop.example', 'shop.example']);
    expect(json.addresses[0]!.blocks.map((b) => b.role)).toEqual(['hoster', 'reseller', 'upstream']);
    expect(json.addresses[0]!.blocks.every((b) => b.evidenceId.startsWith('ev-'))).toBe(true);
    expect(json.domain.registrar).toBe('Example Registrar Inc.');
  });

  it('prints the chain as it was on a date, and who hosted it when; a bad date is an error naming the option', async () => {
    const before = await cli(['chain', 'www.shop.example/x/photo.jpg', '--at', '2020-01-01']);
    expect(before.stdout).toContain('(as it was at 2020-01-01T23:59:59.999Z)');
    expect(before.stdout).toContain('address   none known at that moment');
    const timeline = (await cli(['chain', 'www.shop.example/x/photo.jpg', '--timeline'])).stdout;
    expect(timeline).toMatch(/hosting timeline of www\.shop\.example\n {2}\S+ – now {2}Shady Example Hosting \[PA\] {2}\(198\.51\.100\.7\)/);
    const bad = await cli(['chain', 'www.shop.example/x/photo.jpg', '--at', 'yesterday-ish']);
    expect(bad.stderr).toContain('--at: "yesterday-ish" is not a date (use 2026-11-20 or 2026-11-20T10:00:00Z)');
    expect('code' in bad ? bad.code : 0).toBe(2);
  });
});
