import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Shots } from './support/browser.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';
import { resellerRoutes, type E2eApp } from './support/e2e-app.ts';

// The hoster's registry answer names it with markup: the page must show those characters, run nothing and load nothing.
const HOSTILE = '<img src=x onerror="window.__hostile=1">Shady Example Hosting';
const assignment = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../server/demo/reseller-chain/rdap/assignment.json'), 'utf8')) as { entities: { handle: string; vcardArray: [string, [string, object, string, string][]] }[] };
for (const e of assignment.entities) if (e.handle === 'ORG-SHD1-RIPE') for (const p of e.vcardArray[1]) if (p[0] === 'fn') p[3] = HOSTILE;

const session = useE2eSession('investigation', { users: [{ username: 'lena', role: 'legal' }], routes: resellerRoutes(assignment) });
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

describe('an investigation from pasted URLs to a downloaded evidence pack', () => {
  it('asks for sign-in first, and lets a legal officer in with her password', async () => {
    await page.goto(app.url);
    await page.getByLabel('User name').waitFor();
    await shots.take(page, 'sign-in');
    await signInThroughForm(page, 'lena');
    await page.getByRole('heading', { name: 'Start a case' }).waitFor();
    expect(await page.locator('#who-name').textContent()).toBe('lena (legal)');
  });

  it('starts a case from pasted URLs and follows the resolve job to its end', async () => {
    await page.getByLabel('Case name').fill('Shop case');
    await page.getByLabel('URLs, one a line').fill('http://www.shop.example/x\nhttps://www.clips.example/v/123');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('heading', { name: 'Resolve finished' }).waitFor({ timeout: 100_000 });
    expect(await page.locator('#job-summary').textContent()).toMatch(/Looked up2 of 2Resolved with an address2No address0/);
    await page.getByRole('table', { name: 'Your cases' }).getByText('Shop case').waitFor();
    await shots.take(page, 'case-resolved');
  });

  it('draws the chain of the case with the hoster inside its party, the CDN-fronted site marked', async () => {
    await page.getByRole('button', { name: 'Show the chain' }).click();
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor();
    await page.locator('.node-list-box summary').click();
    const list = page.getByRole('list', { name: 'Nodes on the canvas' });
    await list.getByText('Netblock: SHADY-VPS').waitFor();
    expect(await list.getByText('IP address: 203.0.113.10').count()).toBe(1);
    expect(await list.getByText('Party (organisation): Example CDN').count()).toBe(1);
    expect(page.url()).toContain('view=chain');
    await shots.take(page, 'chain');
  });

  it('opens the evidence of the netblock: source, server, time, hash and the raw answer as text', async () => {
    await page.getByRole('list', { name: 'Nodes on the canvas' }).getByText('Netblock: SHADY-VPS').click();
    const evidence = page.locator('#evidence');
    await evidence.getByText('SHA-256').waitFor();
    expect(await evidence.locator('dd').allTextContents()).toEqual(expect.arrayContaining(['rdap', expect.stringMatching(/^[0-9a-f]{64}$/)]));
    expect(await evidence.locator('pre.raw').textContent()).toContain('"SHADY-VPS"');
    expect(page.url()).toContain('node=Netblock');
    await shots.take(page, 'netblock-evidence');
  });

  it('shows the hostile holder name as text, and nothing from it runs or loads', async () => {
    await page.getByRole('list', { name: 'Nodes on the canvas' }).getByText(`Party (organisation): ${HOSTILE}`).click();
    await page.locator('#entity-title', { hasText: HOSTILE }).waitFor();
    expect(await page.locator('#entity-title').textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile)).toBeUndefined();
    await shots.take(page, 'hostile-name-as-text');
  });

  it('suggests the addressees with reasons, and drafts the removal order when the suggestion is accepted', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Addressees' }).click();
    await page.getByLabel('Case', { exact: true }).fill('Shop case');
    await page.getByRole('button', { name: 'Suggest addressees' }).click();
    const group = page.getByRole('article', { name: `Removal order to ${HOSTILE}` });
    await group.waitFor();
    await shots.take(page, 'addressees');
    await group.getByRole('button', { name: 'Accept and draft' }).click();
    await page.locator('#order-summary').getByText('drafted', { exact: true }).waitFor();
    expect(await page.locator('#order-summary').textContent()).toContain(HOSTILE);
    expect(page.url()).toMatch(/order=/);
    await shots.take(page, 'order-drafted');
  });

  it('overrides a suggestion with another instrument, and the order keeps the reason', async () => {
    const group = page.getByRole('article', { name: 'Removal order to Example CDN Inc.' });
    await group.getByRole('button', { name: 'Override…' }).click();
    await group.getByLabel('Instrument instead').selectOption('INFORMATION_DEMAND');
    await group.getByLabel('Reason for the override').fill('The CDN only fronts the site: ask it who the origin hoster is.');
    await group.getByRole('button', { name: 'Draft with override' }).click();
    await page.locator('#order-summary').getByText('The CDN only fronts the site: ask it who the origin hoster is.').waitFor();
    expect(await page.locator('#order-summary').textContent()).toContain('information-demand');
    await shots.take(page, 'order-overridden');
  });

  it('sends the order and downloads its evidence pack', async () => {
    await page.locator('#order-status-select').selectOption('SENT');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('#order-summary').getByText('sent', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'download JSON' }).click()]);
    const pack = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string };
    expect(pack.format).toBe('hostchain-evidence-pack/1');
    await shots.take(page, 'order-sent');
  });

  it('comes back to the same view after a reload, still signed in', async () => {
    const link = page.url();
    await page.reload();
    await page.locator('#order-summary').getByText('sent', { exact: true }).waitFor();
    expect(page.url()).toBe(link);
  });

  it('lists the open orders across cases for following them up', async () => {
    await page.getByRole('button', { name: '← All open orders' }).click();
    const open = page.getByRole('table', { name: 'Open orders' });
    await open.waitFor();
    expect(await open.getByRole('row').count()).toBe(3);
    expect(await open.textContent()).toContain('Example CDN Inc.');
    expect(await open.textContent()).toContain(HOSTILE);
    await shots.take(page, 'open-orders');
    expect(problems).toEqual([]);
  });
});
