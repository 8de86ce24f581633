// Need-to-know on the Cases screen: a case made from the command line has no members; the
// administrator sees it listed, is told in words that they are not a member (not shown an empty
// list), adds a member and themselves, and only then sees its URLs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { runResolveJob } from '../../server/jobs/resolve-job.ts';
import type { Shots } from './support/browser.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';
import type { E2eApp } from './support/e2e-app.ts';

const URL = 'http://www.shop.example/members/1.jpg';
const session = useE2eSession('case-members', {
  users: [{ username: 'nora', role: 'investigator' }],
  prepare: async (a) => {
    await runResolveJob({ db: a.db, io: createSourceIo(a.scenario.config), concurrency: 1, inputs: [{ url: normalizeUrl(URL), list: 'shell', line: 1, input: URL, caseId: 'case:Shell case', caseName: 'Shell case' }] });
  },
});
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

describe('case members', () => {
  it('lists a case without members to the administrator, says they are not a member, and shows its URLs once they are', async () => {
    await page.goto(app.url);
    await signInThroughForm(page, 'e2e-admin');
    const row = page.getByRole('table', { name: 'Your cases' }).getByRole('row', { name: /Shell case/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Shell case.*not a member.*none yet/);
    await row.getByRole('button', { name: 'Members of case Shell case' }).click();
    await page.locator('#case-not-member').waitFor();
    expect(await page.locator('#case-not-member').textContent()).toMatch(/You are not a member of the case “Shell case”/);
    expect(await page.locator('#case-no-members').textContent()).toMatch(/Nobody is a member/);
    expect(await page.getByRole('table', { name: 'URLs' }).count()).toBe(0);
    await shots.take(page, 'not-a-member');

    await page.getByLabel('Account to add').fill('nora');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('table', { name: 'Members' }).getByText('nora').waitFor();
    await page.getByLabel('Account to add').fill('e2e-admin');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('table', { name: 'URLs' }).waitFor();
    expect(await page.getByRole('table', { name: 'URLs' }).textContent()).toContain(URL);
    expect(await page.locator('#case-not-member').count()).toBe(0);
    await shots.take(page, 'member');
    expect(problems).toEqual([]);
  });
});
