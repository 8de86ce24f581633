// A legal officer's case from pasted and uploaded URLs to orders: line numbers as in the box, a
// CSV header not taken for a URL, long URLs cut in tables, dates in words; the addressees with
// the parties passed over and why, a dedicated domain, a duplicate draft warned about; an order
// moved only through its legal steps, a removal recorded, the open orders with time left; and the
// evidence pack opened in the browser with DNS answers decoded beside their bytes.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Shots } from './support/browser.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';
import type { E2eApp } from './support/e2e-app.ts';

const session = useE2eSession('case-work', { users: [{ username: 'lena', role: 'legal' }, { username: 'vera', role: 'viewer' }] });
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

const LONG = `http://www.shop.example/gallery/${'very-long-path-segment-'.repeat(12)}end.jpg`;
const DATE_IN_WORDS = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/;
const nav = (name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name });

describe('working a case from its URLs to its orders', () => {
  it('offers the demo case on the Cases screen, saying it shares the graph with live lookups', async () => {
    await page.goto(app.url);
    await signInThroughForm(page, 'lena');
    await page.getByRole('button', { name: 'Load the demo case' }).waitFor();
    expect(await page.locator('#case-list').textContent()).toContain('It goes into the same graph as your own lookups');
  });

  it('reports a bad line by its number in the box, and takes an uploaded CSV header for a comment, not a URL', async () => {
    await page.getByLabel('Case name').fill('Shop case');
    await page.getByLabel('URLs, one a line').fill(`http://www.shop.example/x\n\nftp://bad.example/file\n${LONG}`);
    await page.locator('#start-file').setInputFiles({ name: 'notices.csv', mimeType: 'text/csv', buffer: Buffer.from('url,reported_at\nhttps://www.clips.example/v/123,2026-11-02\n') });
    await page.waitForFunction(() => (document.getElementById('start-urls') as HTMLTextAreaElement).value.includes('\n# url,reported_at\nhttps://www.clips.example/v/123'));
    await shots.take(page, 'pasted-and-uploaded');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('heading', { name: 'Resolve finished' }).waitFor({ timeout: 100_000 });
    const notTaken = page.getByRole('table', { name: 'Lines not taken' });
    expect(await notTaken.locator('tbody tr').allTextContents()).toEqual([expect.stringMatching(/^3ftp:\/\/bad\.example\/file/)]);
    await shots.take(page, 'lines-not-taken');
  });

  it('lists the case with its start date in words and the exact time in the tooltip', async () => {
    const started = page.getByRole('table', { name: 'Your cases' }).locator('time').first();
    expect(await started.textContent()).toMatch(DATE_IN_WORDS);
    expect(await started.getAttribute('title')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('cuts a very long URL in the details table, whole on hover and in the full list, and breaks no word', async () => {
    await page.getByRole('button', { name: 'Details of case Shop case' }).click();
    const urls = page.getByRole('table', { name: 'URLs' });
    const cell = urls.locator('.cut', { hasText: 'very-long-path' });
    expect(await cell.getAttribute('title')).toBe(LONG);
    expect(await cell.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    expect(await urls.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td).overflowWrap).filter((w) => w !== 'normal'))).toEqual([]);
    expect(await page.locator('.full-urls').textContent()).toContain(LONG);
    expect(await urls.locator('tbody tr').first().textContent()).toMatch(/^1http:\/\/www\.shop\.example\/x/);
    await shots.take(page, 'case-details');
  });

  it('says why the parties not addressed were passed over, and offers every party of the chain for an override', async () => {
    await nav('Addressees').click();
    await page.getByLabel('Case', { exact: true }).fill('Shop case');
    await page.getByRole('button', { name: 'Suggest addressees' }).click();
    const skipped = page.getByRole('region', { name: 'Parties not addressed' });
    await skipped.waitFor();
    expect(await skipped.textContent()).toContain('Example Reseller Ltd (reseller)');
    const group = page.getByRole('article', { name: 'Removal order to Shady Example Hosting' });
    expect(await group.locator('li', { hasText: /^For 2 URLs: / }).count()).toBeGreaterThan(0);
    const options = await group.getByLabel('Addressee instead').locator('option').allTextContents();
    expect(options.filter((o) => /\((registrar|reseller|upstream),/.test(o)).map((o) => o.split(' (')[0])).toEqual(expect.arrayContaining(['Example Registrar Inc.', 'Example Reseller Ltd', 'Example Upstream B.V.']));
    await shots.take(page, 'addressees-skipped');
  });

  it('addresses the registrar too once the domain is marked as dedicated to the material', async () => {
    await page.getByLabel('shop.example is dedicated to the material').check();
    await page.getByRole('article', { name: 'Request to the registrar to Example Registrar Inc.' }).waitFor();
    await shots.take(page, 'dedicated-domain');
  });

  it('drafts the removal order, and warns instead of drafting the same order again', async () => {
    const group = page.getByRole('article', { name: 'Removal order to Shady Example Hosting' });
    await group.getByRole('button', { name: 'Accept and draft' }).click();
    await page.locator('#order-summary').getByText('drafted', { exact: true }).waitFor();
    await group.getByRole('button', { name: 'Accept and draft' }).click();
    await group.getByText(/Not drafted: an open removal-order to this addressee already covers some of these URLs/).waitFor();
    expect(await group.getByRole('button', { name: 'Draft a second order anyway' }).count()).toBe(1);
    await shots.take(page, 'duplicate-warned');
  });

  it('offers only the legal status changes, and records a removal per URL', async () => {
    const options = () => page.locator('#order-status-select option').allTextContents();
    expect(await options()).toEqual(['sent', 'withdrawn']);
    await page.locator('#order-status-select').selectOption('SENT');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('#order-summary').getByText('sent', { exact: true }).waitFor();
    expect(await options()).toEqual(['acknowledged', 'complied', 'late', 'not complied', 'withdrawn']);
    await page.getByRole('button', { name: 'Record removal of http://www.shop.example/x' }).click();
    const row = page.getByRole('table', { name: 'URLs' }).getByRole('row', { name: /www\.shop\.example\/x/ });
    await row.locator('time').waitFor();
    expect(await row.locator('time').textContent()).toMatch(DATE_IN_WORDS);
    await shots.take(page, 'removal-recorded');
  });

  it('opens the printable evidence pack in the browser, with DNS answers decoded beside their bytes and each hash on one line', async () => {
    const [pack] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'open (printable page)' }).click()]);
    await pack.getByRole('heading', { name: /^Evidence pack: removal-order to Shady Example Hosting/ }).waitFor();
    const dns = pack.locator('.pair').first();
    expect(await dns.locator('pre').first().textContent()).toContain(';; ANSWER SECTION:');
    const bytes = Buffer.from((await dns.locator('pre.b64').textContent())!, 'base64');
    const hashes = await pack.locator('.hash').allTextContents();
    expect(hashes).toContain(createHash('sha256').update(bytes).digest('hex'));
    const heights = await pack.locator('.hash').evaluateAll((els) => els.map((e) => e.getClientRects().length));
    expect(new Set(heights)).toEqual(new Set([1]));
    await shots.take(pack, 'evidence-pack-page');
    await pack.close();
  });

  it('lists the open orders with their case, addressee and the time left until the deadline', async () => {
    await page.getByRole('button', { name: '← All open orders' }).click();
    const open = page.getByRole('table', { name: 'Open orders' });
    await open.waitFor();
    expect(await open.locator('thead th').allTextContents()).toEqual(['Order', 'Case', 'Addressee', 'Status', 'Time left']);
    expect(await open.locator('tbody tr').first().textContent()).toMatch(/Shop caseShady Example Hostingsent(11|12) hours left/);
    await shots.take(page, 'open-orders');
    expect(problems).toEqual([]);
  });

  it('shows a viewer on the case the order and who may change it, with no control the server would refuse', async () => {
    await page.getByRole('table', { name: 'Open orders' }).getByRole('button', { name: /^Open order / }).first().click();
    await page.locator('#order-status-select').waitFor();
    const orderLink = page.url();
    // A viewer on the case (need-to-know: only members read its orders).
    await nav('Cases').click();
    await page.getByRole('button', { name: 'Details of case Shop case' }).click();
    await page.getByLabel('Account to add').fill('vera');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('table', { name: 'Members' }).getByText('vera').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInThroughForm(page, 'vera');
    await nav('Cases').click();
    await page.locator('#start-not-for-you').getByText('Starting a case is for investigators, legal staff and administrators (you are signed in as a viewer).').waitFor();
    expect(await page.locator('#start-form').isVisible()).toBe(false);
    await page.goto(orderLink);
    await page.locator('#order-status-not-for-you').getByText('This order is sent. Changing its status is for legal staff and administrators (you are signed in as a viewer).').waitFor();
    expect(await page.locator('#order-status-select').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Record removal/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Accept and draft' }).count()).toBe(0);
    await shots.take(page, 'viewer-order');
    expect(problems).toEqual([]);
  });
});

