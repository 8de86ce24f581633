import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Shots } from './support/browser.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';
import type { E2eApp } from './support/e2e-app.ts';

const session = useE2eSession('retry-failed', { users: [{ username: 'rik', role: 'investigator' }] });
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

const urlRows = () => page.getByRole('table', { name: 'URLs' });

describe('a case whose lookups failed', () => {
  it('shows which URL had failed lookups, and asks again for just that one', async () => {
    // The resolver never answers for one name: its lookups fail (and are kept as failed evidence).
    app.scenario.dns.setMisbehaviour([{ mode: 'drop', name: 'www.clips.example' }]);
    await page.goto(app.url);
    await signInThroughForm(page, 'rik');
    await page.getByLabel('Case name').fill('Retry case');
    await page.getByLabel('URLs, one a line').fill('http://www.shop.example/x\nhttps://www.clips.example/v/123');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('heading', { name: 'Resolve finished' }).waitFor({ timeout: 100_000 });
    await page.getByRole('button', { name: 'Details of case Retry case' }).click();
    await urlRows().getByText(/lookups failed/).waitFor();
    const clipsRow = () => urlRows().getByRole('row', { name: /www\.clips\.example/ });
    const clips = () => clipsRow().textContent();
    // The resolve time reads in words; its exact ISO time is the <time>'s datetime.
    const resolvedAt = async () => (await clipsRow().locator('time').first().getAttribute('datetime')) ?? '';
    const before = (await clips()) ?? '';
    const atBefore = await resolvedAt();
    // Each failed lookup says which question to which source failed, and why.
    expect(before).toMatch(/lookups failed: dns [^;]*clips[^;]*: \S/);
    expect(await urlRows().getByRole('row', { name: /www\.shop\.example/ }).textContent()).not.toMatch(/failed/);
    await shots.take(page, 'lookups-failed');

    app.scenario.dns.setMisbehaviour([]);
    await page.getByRole('button', { name: 'Retry the 1 failed' }).click();
    await page.getByRole('heading', { name: 'Resolve finished' }).waitFor({ timeout: 100_000 });
    expect(await page.locator('#job-summary').textContent()).toMatch(/Looked up1 of 1Resolved with an address1/);
    await page.getByRole('button', { name: 'Details of case Retry case' }).click();
    await urlRows().getByRole('row', { name: /www\.clips\.example/ }).waitFor();
    // Asked again: a later resolve time, and fewer failed lookups than while the name was dropped.
    const after = (await clips()) ?? '';
    const failed = (t: string) => Number(/(\d+) lookups failed/.exec(t)?.[1] ?? 0);
    expect((await resolvedAt()) > atBefore).toBe(true);
    expect(failed(after)).toBeLessThan(failed(before));
    await shots.take(page, 'retried');
    expect(problems).toEqual([]);
  });
});
