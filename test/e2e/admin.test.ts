// The administrator's screen: an account created, its role changed, disabled (its sign-in
// refused) and enabled again; an API token shown once and revoked; the audit log verified.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Shots } from './support/browser.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';
import { E2E_PASSWORD, type E2eApp } from './support/e2e-app.ts';
import { checkCredentials } from '../../server/auth/users.ts';

const session = useE2eSession('admin', { users: [{ username: 'vera', role: 'viewer' }] });
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

describe('the administrator screen', () => {
  it('is offered to an administrator after sign-in and lists the accounts', async () => {
    await page.goto(app.url);
    await signInThroughForm(page, 'e2e-admin');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Admin' }).click();
    const accounts = page.getByRole('table', { name: 'Accounts' });
    await accounts.getByText('vera').waitFor();
    expect(await accounts.getByRole('row', { name: /vera/ }).textContent()).toMatch(/vera.*viewer.*active/);
    expect(page.url()).toContain('view=admin');
  });

  it('creates an account and gives it another role', async () => {
    const form = page.getByRole('form', { name: 'New account' });
    await form.getByLabel('User name').fill('ivan');
    await form.getByLabel('Role').selectOption('investigator');
    await form.getByLabel('Password').fill('ivan the investigator');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Account ivan created.').waitFor();
    await page.getByLabel('Role of ivan', { exact: true }).selectOption('legal');
    await page.getByRole('button', { name: 'Change the role of ivan' }).click();
    await page.getByText('ivan is now legal.').waitFor();
    expect(await checkCredentials(app.db, 'ivan', 'ivan the investigator')).toEqual({ username: 'ivan', role: 'legal' });
    await shots.take(page, 'account-created');
  });

  it('disables an account, whose password is refused then, and enables it again', async () => {
    await page.getByRole('button', { name: 'Disable vera' }).click();
    await page.getByText('vera is disabled: signed out, password and tokens refused.').waitFor();
    expect(await page.getByRole('table', { name: 'Accounts' }).getByRole('row', { name: /vera/ }).textContent()).toContain('disabled');
    expect(await checkCredentials(app.db, 'vera', E2E_PASSWORD)).toBeUndefined();
    await shots.take(page, 'account-disabled');
    await page.getByRole('button', { name: 'Enable vera' }).click();
    await page.getByText('vera may sign in again.').waitFor();
    expect(await checkCredentials(app.db, 'vera', E2E_PASSWORD)).toEqual({ username: 'vera', role: 'viewer' });
  });

  it('creates an API token, shows it once, and revokes it', async () => {
    await page.getByLabel('Token label').fill('nightly import');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Token “nightly import” created.').waitFor();
    expect(await page.locator('code.token').textContent()).toMatch(/^hc_/);
    await page.getByRole('button', { name: 'Revoke token nightly import' }).click();
    await page.getByText('Token “nightly import” revoked.').waitFor();
    expect(await page.getByRole('table', { name: 'Your API tokens' }).textContent()).toContain('revoked');
  });

  it('shows the audit log with the check of its hash chain and what the check found', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Cases' }).click();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Admin' }).click();
    const log = page.getByRole('table', { name: /Audit log, last 24 hours/ });
    await log.waitFor();
    expect(await page.locator('#audit-verdict').textContent()).toBe('Verified: every entry of the audit log holds (hash chain intact).');
    // The check's findings in sentences (this test graph has no key bound outside it: hash chain only).
    expect(await page.getByRole('list', { name: 'What the check found' }).textContent()).toMatch(/^audit log: \d+ entries, chain intact/);
    expect(await log.textContent()).toContain('disable-user');
    expect(await log.textContent()).toContain('set-user-role');
    await shots.take(page, 'audit-log');
    expect(problems).toEqual([]);
  });
});
