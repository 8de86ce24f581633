// A legal officer follows up a sent removal order: the shop moved to another hoster (the replayed
// DNS answer changed), "Check now" resolves its URL again, the order panel says in words where it
// moved with the evidence, and offers a new order to the new hoster, which opens drafted.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { runResolveJob } from '../../server/jobs/resolve-job.ts';
import { draftOrder, recordSending } from '../../server/orders/orders.ts';
import { suggestAddressees } from '../../server/queries/addressees.ts';
import { loadRuleTable } from '../../server/rules/rule-table.ts';
import { answerShopAt, movingHosterRoutes, OTHER_HOSTER_ADDRESS, OTHER_HOSTER_NAME } from '../fixtures/follow-up/moving-hoster.ts';
import type { Shots } from './support/browser.ts';
import type { E2eApp } from './support/e2e-app.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';

const URL_ = 'http://shop.example/item';
let orderId = '';
const session = useE2eSession('order-follow-up', {
  users: [{ username: 'lena', role: 'legal' }],
  routes: movingHosterRoutes(),
  prepare: async (app) => {
    const io = createSourceIo(app.scenario.config);
    await runResolveJob({ db: app.db, io, concurrency: 1, inputs: [{ url: normalizeUrl(URL_), list: 'e2e.txt', line: 1, input: URL_ }] });
    const rules = loadRuleTable();
    const group = (await suggestAddressees(app.db, rules, { urls: [URL_], material: 'terrorist', homeCountry: 'NL' })).groups.find((g) => g.instrument === 'removal-order')!;
    const at = new Date();
    const o = await draftOrder(app.db, rules, { instrument: 'removal-order', addresseeKey: group.addressee.key, urls: [URL_], material: 'terrorist', suggestedRuleId: group.reasons[0]!.ruleId, authorityCountry: 'NL' }, { by: 'lena', at });
    await recordSending(app.db, o.id, { channel: 'email' }, { by: 'lena', at });
    orderId = o.id;
    // The shop is now at another hoster: the next lookup of its name says so.
    answerShopAt(app.scenario, OTHER_HOSTER_ADDRESS);
  },
});
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

describe('the follow-up of a sent order on its panel', () => {
  it('shows the move in words with its evidence after Check now, and offers a new order to the new hoster', async () => {
    await page.goto(`${app.url}/?view=addressees&order=${orderId}`);
    await signInThroughForm(page, 'lena');
    const section = page.getByRole('region', { name: 'Follow-up' });
    await section.getByText('Not followed up yet').waitFor();
    await shots.take(page, 'before-follow-up');
    await section.getByRole('button', { name: 'Check now' }).click();
    const finding = page.locator('#follow-up-findings li');
    await finding.first().waitFor({ timeout: 120_000 });
    expect(await finding.allTextContents()).toEqual([expect.stringMatching(new RegExp(`^shop\\.example moved from Shady Example Hosting to ${OTHER_HOSTER_NAME} on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC \\(evidence [^)]+\\)$`))]);
    const draft = page.getByRole('button', { name: `Draft a new order to ${OTHER_HOSTER_NAME}` });
    expect(await draft.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'download PDF of Shady Example Hosting' }).getAttribute('href')).toMatch(/^\/enforcement-file\.pdf\?party=/);
    await shots.take(page, 'moved-finding');
    await draft.click();
    await page.waitForURL((u) => u.searchParams.get('order') !== orderId);
    await page.locator('#order-summary', { hasText: OTHER_HOSTER_NAME }).waitFor();
    expect(await page.locator('#order-summary').textContent()).toContain(`${OTHER_HOSTER_NAME} (DE)`);
    await shots.take(page, 'new-order-drafted');
    expect(problems).toEqual([]);
  }, 180_000);
});
