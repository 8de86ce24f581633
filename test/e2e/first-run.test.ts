// First run as a newcomer has it: `hostchain serve` (what `npm start` runs) on a fresh home and an
// empty graph prints a one-time link; following it creates the first administrator, who signs in.
// The link is refused a second time (and from a non-loopback address: test/graph/auth/setup-link.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshots, watchPageProblems, type Shots } from './support/browser.ts';
import { openTestGraph, resetGraph } from '../support/graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'a long first admin passphrase';
let serve: ChildProcess;
let link: string;
let browser: Browser;
let page: Page;
let shots: Shots;
let problems: string[];
let output = '';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `hostchain serve` and waits for the line with the setup link. */
async function startServe(): Promise<string> {
  const port = String(await freePort());
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), HOSTCHAIN_HOME: mkdtempSync(path.join(tmpdir(), 'hc-fresh-home-')), HOSTCHAIN_PORT: port, HOSTCHAIN_CONFIG: '/nonexistent.json' };
  serve = spawn('node', ['bin/hostchain.mjs', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/setup#token=\S+/.exec(output);
      if (m !== null) resolve(m[0]);
    };
    serve.stdout!.on('data', seen);
    serve.stderr!.on('data', seen);
    serve.once('exit', (code) => reject(new Error(`hostchain serve ended (${code}) before printing a setup link:\n${output}`)));
  });
}

beforeAll(async () => {
  const db = openTestGraph();
  await resetGraph(db);
  await db.close();
  link = await startServe();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  problems = watchPageProblems(page);
  shots = screenshots('first-run');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (serve?.exitCode === null) {
    const ended = new Promise((resolve) => serve.once('exit', resolve));
    serve.kill('SIGTERM');
    await ended;
  }
});

describe('the first run of a new installation', () => {
  it('prints a one-time setup link on an empty graph, beside the command-line route', () => {
    expect(output).toContain('no administrator yet: open this one-time link on this machine to create the first one');
    expect(output).toContain('npx hostchain users first-admin <name>');
  });

  it('opens the page to create the first administrator from the link, with no navigation before sign-in', async () => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Create the first administrator' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Screens' }).isVisible()).toBe(false);
    await shots.take(page, 'setup-page');
  });

  it('creates the administrator, then signs in with it and sees the admin screen', async () => {
    const setup = page.getByRole('region', { name: 'Create the first administrator' });
    await setup.getByLabel('User name').fill('alice');
    await setup.getByLabel('Password (12 characters at least)').fill(PASSWORD);
    await setup.getByLabel('Password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page.getByText('Administrator alice created: sign in with it.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await shots.take(page, 'admin-created');
    await page.locator('#login-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Start a case' }).waitFor();
    expect(await page.locator('#who-name').textContent()).toBe('alice (admin)');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Admin' }).click();
    await page.getByRole('table', { name: 'Accounts' }).getByText('active (you)').waitFor();
    await shots.take(page, 'signed-in-admin');
  });

  it('refuses the same link a second time', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(link);
    const setup = page.getByRole('region', { name: 'Create the first administrator' });
    await setup.getByLabel('User name').fill('mallory');
    await setup.getByLabel('Password (12 characters at least)').fill(PASSWORD);
    await setup.getByLabel('Password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await page.locator('#setup-status', { hasText: 'Not created: this setup link is not valid (it was used already' }).waitFor();
    await shots.take(page, 'link-refused');
    expect(problems).toEqual([]);
  });
});
