// What every browser test file starts with: the real app (server, scenario servers, test Neo4j,
// its users), Chromium at 1280×800 with downloads allowed, its page problems watched, a screenshot
// folder, a 'failed' screenshot of any failing step, and everything closed at the end.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshots, watchPageProblems, type Shots } from './browser.ts';
import { E2E_PASSWORD, startE2eApp, type E2eApp } from './e2e-app.ts';

export interface E2eSession {
  app: E2eApp;
  page: Page;
  shots: Shots;
  /** CSP violations and page errors seen so far. */
  problems: string[];
}

/** Registers the file's hooks; the session's fields are set once its beforeAll has run. */
export function useE2eSession(name: string, opts: Parameters<typeof startE2eApp>[0] & { prepare?: (app: E2eApp) => Promise<void> }): E2eSession {
  const session = {} as E2eSession;
  let browser: Browser | undefined;
  beforeAll(async () => {
    session.app = await startE2eApp(opts);
    await opts.prepare?.(session.app);
    browser = await launchChromium();
    session.page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })).newPage();
    session.problems = watchPageProblems(session.page);
    session.shots = screenshots(name);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await session.shots.take(session.page, 'failed');
  });
  afterAll(async () => {
    await browser?.close();
    await session.app?.close();
  });
  return session;
}

/** Signs `username` in through the page's own form, with the password every e2e account has. */
export async function signInThroughForm(page: Page, username: string): Promise<void> {
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
