// A viewer opens the Transparency screen and reads the year as the authority publishes it (the
// seed's 2025: 187 removal orders, 173 within the hour, 14 after it, …), built through the real
// order mutations, and downloads the same figures as CSV and JSON.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHostchainYoga } from '../../server/graphql/yoga.ts';
import { joinCases } from '../support/case-members.ts';
import { graphqlClient } from '../support/gql.ts';
import { offlineConfig } from '../support/offline-config.ts';
import { issueOrders, loadYearUrls, seedOrders } from '../support/transparency-year.ts';
import type { Shots } from './support/browser.ts';
import type { E2eApp } from './support/e2e-app.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';

// test-admin and test-legal are the accounts the API helpers build the year with (test/support/test-users.ts).
const session = useE2eSession('transparency', { users: [{ username: 'vera', role: 'viewer' }, { username: 'test-admin', role: 'admin' }, { username: 'test-legal', role: 'legal' }] });
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];

beforeAll(async () => {
  ({ app, page, shots, problems } = session);
  const config = offlineConfig();
  let clock = new Date('2025-01-01T00:00:00Z');
  const yoga = createHostchainYoga({ db: app.db, config, now: () => clock });
  const orders = seedOrders();
  await joinCases(yoga, app.db, 'legal', await loadYearUrls(app.db, config, orders, 0));
  await issueOrders(graphqlClient(yoga, { db: app.db, role: 'legal' }), (d) => void (clock = d), orders);
}, 300_000);

const download = async (name: string) => readFileSync(await (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]))[0].path(), 'utf8');

describe('the Transparency screen', () => {
  it('shows the year chosen in the link in words: 187 removal orders, 173 within the deadline, 14 after it', async () => {
    await page.goto(`${app.url}/?view=transparency&year=2025`);
    await signInThroughForm(page, 'vera');
    const words = page.getByRole('list', { name: /Removal orders for terrorist content.*in words/ });
    await words.waitFor();
    const text = (await words.locator('li').allTextContents()).join('\n');
    expect(text).toContain('187 removal orders sent in the year');
    expect(text).toContain('173 within the deadline (1 hour), 14 after it');
    expect(text).toContain('Answers: removed 171, access disabled in all member states 10, gone; not established whether removed or disabled 6.');
    expect(text).toContain('Content form: video 164, image 14, PDF document 5, audio and image 1, audio 1, other 2.');
    expect(text).toContain('0 sent outside PERCI.');
    await shots.take(page, 'transparency-2025');
  });

  it('lists every figure in a table under the section, by what it counts', async () => {
    const rows = page.getByRole('table', { name: /Removal orders for terrorist content.*every figure/ }).locator('tbody tr');
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
    expect(cells).toContainEqual(['content removed or access disabled after the deadline', '14']);
    expect(cells).toContainEqual(['removal orders sent outside PERCI', '0']);
  });

  it('downloads the same figures as CSV and JSON', async () => {
    const csv = await download('Download CSV');
    expect(csv.split('\r\n')).toContain('2025,tco,within_deadline,content removed or access disabled within the deadline (1 hour),173');
    const json = JSON.parse(await download('Download JSON')) as { year: number; sections: { key: string; issued: number }[] };
    expect([json.year, json.sections.find((s) => s.key === 'tco')?.issued]).toEqual([2025, 187]);
  });

  it('counts another year when asked, keeping it in the link', async () => {
    await page.getByLabel('Year', { exact: true }).fill('2024');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('0 removal orders sent in the year').waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe('2024');
    expect(problems).toEqual([]);
  });
});
