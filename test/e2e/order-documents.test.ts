// The order panel's documents: the removal order listed in Dutch and English, as text and PDF,
// and the text opening in the browser with the addressee named in it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { runResolveJob } from '../../server/jobs/resolve-job.ts';
import { draftOrder } from '../../server/orders/orders.ts';
import { suggestAddressees } from '../../server/queries/addressees.ts';
import { addCaseMember } from '../../server/queries/case-members.ts';
import { loadRuleTable } from '../../server/rules/rule-table.ts';
import type { Shots } from './support/browser.ts';
import type { E2eApp } from './support/e2e-app.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';

const URL = 'http://www.shop.example/x';
let orderId = '';
let addressee = '';
const session = useE2eSession('order-documents', {
  users: [{ username: 'lena', role: 'legal' }],
  prepare: async (a) => {
    const at = new Date();
    await runResolveJob({ db: a.db, io: createSourceIo(a.scenario.config), concurrency: 1, inputs: [{ url: normalizeUrl(URL), list: 'docs', line: 1, input: URL, caseId: 'case:Documents case', caseName: 'Documents case' }] });
    await addCaseMember(a.db, 'case:Documents case', { username: 'lena', by: 'e2e-admin', at });
    const table = loadRuleTable();
    const group = (await suggestAddressees(a.db, table, { caseId: 'case:Documents case', material: 'terrorist', homeCountry: 'NL' })).groups.find((g) => g.instrument === 'removal-order')!;
    addressee = group.addressee.name;
    const order = await draftOrder(a.db, table, { instrument: 'removal-order', addresseeKey: group.addressee.key, urls: [normalizeUrl(URL).url], material: 'terrorist', caseId: 'case:Documents case', suggestedRuleId: group.reasons[0]!.ruleId, authorityCountry: 'NL', tcoGrounds: ['a-incites'] }, { by: 'lena', at });
    orderId = order.id;
  },
});
let app: E2eApp;
let page: Page;
let shots: Shots;
beforeAll(() => void ({ app, page, shots } = session));

describe('the documents of an order', () => {
  it('lists the removal order in Dutch and English, as text and PDF, on the order panel', async () => {
    await page.goto(app.url);
    await signInThroughForm(page, 'lena');
    await page.getByRole('button', { name: 'Load the demo case' }).waitFor();
    await page.goto(`${app.url}/?view=addressees&order=${orderId}`);
    const docs = page.getByRole('region', { name: 'Documents' });
    await docs.getByRole('link').first().waitFor();
    expect(await docs.getByRole('link').evaluateAll((as) => as.map((a) => `${a.getAttribute('aria-label')} ${(a as HTMLAnchorElement).pathname}`))).toEqual(['Nederlands', 'English'].flatMap((l, i) => ['text', 'PDF'].map((f) =>
      `Removal order (TCO Regulation, Annex I), ${l}, ${f} /orders/${orderId}/document/tco-removal-order.${['nl', 'en'][i]}.${f === 'text' ? 'txt' : 'pdf'}`)));
    await shots.take(page, 'order-documents');
  });

  it('opens the English text in a new tab, with the addressee’s name in it', async () => {
    const [doc] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Removal order (TCO Regulation, Annex I), English, text' }).click()]);
    await doc.getByText(`Addressee: ${addressee}`, { exact: false }).waitFor();
    expect(await doc.locator('body').textContent()).toContain('REMOVAL ORDER');
    await shots.take(doc, 'removal-order-text');
    await doc.close();
  });
});
