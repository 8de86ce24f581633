// A legal officer sends a drafted removal order from the order panel to the hoster's abuse mailbox
// through a real SMTP server on loopback, sees it sent by e-mail with its Message-ID and the
// deadline running from the sending time, then records the provider's answer and sees it complied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadDemoCase, DEMO_CASE } from '../../server/demo/demo-case.ts';
import { draftOrder } from '../../server/orders/orders.ts';
import { addCaseMember } from '../../server/queries/case-members.ts';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { loadRuleTable } from '../../server/rules/rule-table.ts';
import { startLoopbackSmtp, type LoopbackSmtp } from '../support/smtp-loopback.ts';
import type { Shots } from './support/browser.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';
import type { E2eApp } from './support/e2e-app.ts';

let smtp: LoopbackSmtp;
let orderId = '';
const session = useE2eSession('send-order', {
  users: [{ username: 'lena', role: 'legal' }],
  // The demo case resolved, Lena on it, and a removal order drafted to its hoster: the steps before sending.
  prepare: async (app) => {
    smtp = await startLoopbackSmtp();
    app.scenario.config.smtp = { host: '127.0.0.1', port: smtp.port, secure: false, user: '', password: '', from: 'ATKM orders <orders@atkm.example>' };
    await loadDemoCase(app.db, app.scenario.config);
    await addCaseMember(app.db, `case:${DEMO_CASE}`, { username: 'lena', by: 'e2e-admin', at: new Date() });
    const order = await draftOrder(app.db, loadRuleTable(), {
      instrument: 'removal-order', addresseeKey: 'RIPE:ORG-SHD1-RIPE', urls: [normalizeUrl('http://www.shop.example/gallery/1.jpg').url], material: 'terrorist',
      caseId: `case:${DEMO_CASE}`, suggestedRuleId: 'removal-to-hoster', authorityCountry: 'NL',
    }, { by: 'lena', at: new Date() });
    orderId = order.id;
  },
});
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));
afterAll(() => smtp?.close());

describe('sending an order and recording the answer from the order panel', () => {
  it("sends the drafted order by e-mail to the hoster's abuse mailbox and shows it sent, with the deadline from the sending time", async () => {
    await page.goto(`${app.url}/?view=addressees&order=${orderId}`);
    await signInThroughForm(page, 'lena');
    const to = page.locator('#send-to');
    await to.waitFor();
    expect(await to.inputValue()).toBe('abuse@shady-hosting.example');
    await page.locator('#send-language').selectOption('EN');
    await shots.take(page, 'send-form');
    await page.getByRole('button', { name: 'Send by e-mail' }).click();
    const sent = page.locator('#send-sent');
    await sent.waitFor();
    expect(await sent.textContent()).toMatch(/^Sent .* by e-mail to abuse@shady-hosting\.example \(Message-ID <ord-[0-9a-f-]+\.[0-9a-f-]+@atkm\.example>; the server answered "250 .*queued as TEST1"\)\.$/);
    expect(await page.locator('#send-deadline').textContent()).toMatch(/^Deadline .* \(in (59|60) minutes\): 1 h from the sending time\.$/);
    expect(smtp.arrived.map((m) => m.to)).toEqual([['abuse@shady-hosting.example']]);
    await page.locator('#order-summary').getByText('sent', { exact: true }).waitFor();
    await shots.take(page, 'sent');
  });

  it("records the provider's answer and shows the order complied", async () => {
    await page.locator('#answer-outcome').selectOption('REMOVED');
    await page.locator('#answer-form').selectOption('VIDEO');
    await page.locator('#answer-target').selectOption('ITEM');
    await page.getByRole('button', { name: "Record the provider's answer" }).click();
    await page.locator('#order-summary').getByText('complied', { exact: true }).waitFor();
    expect(await page.locator('#provider-answer').textContent()).toMatch(/^Provider's answer: removed at .* \(video, individual item\)\.$/);
    await shots.take(page, 'answered');
    expect(problems).toEqual([]);
  });
});
