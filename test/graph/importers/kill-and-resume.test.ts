import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countOf, duplicateOpenFacts, resolvedUrlCount } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
let scenario: RunningScenario;
const list = path.join(mkdtempSync(path.join(tmpdir(), 'hostchain-kill-')), 'list.txt');
const URLS = 40;

beforeAll(async () => {
  await resetGraph(db);
  scenario = await startResellerChain();
  // Slow answers, so that the job is surely mid-way when it is killed.
  scenario.dns.setMisbehaviour({ mode: 'slow', delayMs: 40 });
  // One host name each: a job shares one host's answers among its URLs, and 40 URLs on one name
  // finished in a burst right after the first, before the kill could land mid-way.
  writeFileSync(list, Array.from({ length: URLS }, (_, i) => `http://item${i}.shop.example/x`).join('\n'));
});
afterAll(async () => {
  await scenario.close();
  await db.close();
});

function resolveProcess(): { done: Promise<{ code: number | null; stdout: string }>; kill(): void } {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), HOSTCHAIN_DNS_SERVERS: scenario.dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: scenario.config.rdap.bootstrapDir, HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9' };
  const child = spawn('node', ['bin/hostchain.mjs', 'resolve', list, '--concurrency', '2'], { cwd: root, env });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return { done: new Promise((r) => child.on('exit', (code) => r({ code, stdout }))), kill: () => child.kill('SIGKILL') };
}

describe('a resolve job killed mid-way', () => {
  it('loses no finished URL, creates no duplicates, and the rerun resolves only the rest', async () => {
    const first = resolveProcess();
    const deadline = Date.now() + 60_000;
    while ((await resolvedUrlCount(db)) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    first.kill();
    await first.done;
    const finished = await resolvedUrlCount(db);
    expect(finished).toBeGreaterThanOrEqual(5);
    expect(finished).toBeLessThan(URLS);

    const second = await resolveProcess().done;
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`skipped \\(resolved recently\\)\\s+${finished}\\b`));
    expect(second.stdout).toMatch(new RegExp(`URLs looked up\\s+${URLS - finished}\\b`));
    expect(await resolvedUrlCount(db)).toBe(URLS);
    expect(await duplicateOpenFacts(db)).toBe(0);
    expect(await countOf(db, 'Url')).toBe(URLS);
  }, 120_000);
});
