import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Shots } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import { E2E_PASSWORD, type E2eApp } from './support/e2e-app.ts';

const session = useE2eSession('demo-case', { users: [{ username: 'ana', role: 'investigator' }] });
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

describe('a first look on an empty graph', () => {
  it('offers the demo case, loads it and draws its chain with the legend beside it', async () => {
    await page.goto(app.url);
    await page.getByLabel('User name').fill('ana');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Load the demo case' }).click();
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor({ timeout: 100_000 });
    expect(page.url()).toMatch(/view=chain&case=/);
    expect(await page.locator('#legend').textContent()).toContain('Party outside the EU');
    await shots.take(page, 'demo-chain');
  });

  it('draws the chain of one URL typed into the chain box, and its link opens the same view', async () => {
    await page.getByLabel('Chain of a URL').fill('https://www.clips.example/v/123');
    await page.getByRole('button', { name: 'Show chain' }).click();
    await page.locator('.node-list-box summary').click();
    await page.getByRole('list', { name: 'Nodes on the canvas' }).getByText('IP address: 203.0.113.10').waitFor();
    const link = page.url();
    await page.goto(link);
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor();
    await page.locator('.node-list-box summary').click();
    await page.getByRole('list', { name: 'Nodes on the canvas' }).getByText('IP address: 203.0.113.10').waitFor();
    await shots.take(page, 'one-url-chain');
    expect(problems).toEqual([]);
  });
});
