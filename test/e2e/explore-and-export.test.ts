import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { importNotices } from '../../importers/notices/notice-import.ts';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import { runResolveJob } from '../../server/jobs/resolve-job.ts';
import { addCaseMember } from '../../server/queries/case-members.ts';
import type { Shots } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import { E2E_PASSWORD, type E2eApp } from './support/e2e-app.ts';

const session = useE2eSession('explore-and-export', {
  users: [{ username: 'ivo', role: 'investigator' }],
  // The case is resolved by the real pipeline before the browser opens (the resolve screen has its own test).
  prepare: async (a) => {
    const u = 'http://www.shop.example/x';
    await runResolveJob({ db: a.db, io: createSourceIo(a.scenario.config), concurrency: 2, inputs: [{ url: normalizeUrl(u), list: 'e2e', line: 1, input: u, caseId: 'case:Explore case', caseName: 'Explore case' }] });
    // Made without an account, as from the command line: an administrator puts ivo on it (need-to-know).
    await addCaseMember(a.db, 'case:Explore case', { username: 'ivo', by: 'e2e setup', at: new Date() });
  },
});
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

const nodeList = () => page.getByRole('list', { name: 'Nodes on the canvas' });
const openNodeList = async () => {
  if ((await page.locator('.node-list-box').getAttribute('open')) === null) await page.locator('.node-list-box summary').click();
};
const text = async (d: Download) => readFileSync(await d.path(), 'utf8');
const download = async (button: string) => (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]))[0];

function positions(graphml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of graphml.matchAll(/<node id="([^"]+)">(.*?)<\/node>/g)) out.set(m[1]!, [...m[2]!.matchAll(/<data key="n_[xy]">([^<]+)<\/data>/g)].map((d) => d[1]).join(','));
  return out;
}

describe('exploring the graph and exporting what is on screen', () => {
  it('refuses a wrong password with a message a person can read, then lets the investigator in', async () => {
    await page.goto(app.url);
    await page.getByLabel('User name').fill('ivo');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText(/Not signed in/).waitFor();
    await shots.take(page, 'wrong-password');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('table', { name: 'Your cases' }).getByText('Explore case').waitFor();
  });

  it('finds the blocks holding an IP address from the keyboard, and opens one in Explore', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Explore' }).click();
    await page.locator('body').press('/');
    await page.keyboard.type('198.51.100.7');
    await page.keyboard.press('Enter');
    const hit = page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /Shady Example Hosting · Netblock \(ASSIGNED PA\)/ });
    await hit.waitFor();
    await hit.focus();
    await page.keyboard.press('Enter');
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor();
    await page.locator('.node-list-box summary').click();
    await nodeList().getByText('IP address: 198.51.100.7').waitFor();
    expect(page.url()).toMatch(/view=explore&root=Netblock/);
    await shots.take(page, 'explore-netblock');
  });

  it('expands a node into its neighbourhood while the nodes already drawn keep their place, and collapses it again', async () => {
    const before = positions(await text(await download('GraphML')));
    await nodeList().getByText('IP address: 198.51.100.7').click();
    await page.locator('#entity-title', { hasText: '198.51.100.7' }).waitFor();
    await page.getByRole('button', { name: 'Expand' }).click();
    await nodeList().getByText('Host name: shop.example').waitFor();
    const after = positions(await text(await download('GraphML')));
    expect(after.size).toBeGreaterThan(before.size);
    for (const [id, xy] of before) expect(after.get(id), id).toBe(xy);
    await shots.take(page, 'expanded');
    await page.getByRole('button', { name: 'Collapse' }).click();
    await expect.poll(() => nodeList().getByText('Host name: shop.example').count()).toBe(0);
    expect(positions(await text(await download('GraphML'))).size).toBe(before.size);
  });

  it('hides a type with the filter, and the link remembers it', async () => {
    await page.getByRole('checkbox', { name: 'IP address' }).uncheck();
    await expect.poll(() => nodeList().getByText(/^IP address:/).count()).toBe(0);
    expect(page.url()).toContain('hide=IpAddress');
    await page.reload();
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'IP address' }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: 'IP address' }).check();
  });

  it('exports the view as PNG and SVG and the graph as GraphML and CSV', async () => {
    const png = await download('PNG');
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');
    const svg = await text(await download('SVG'));
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('SHADY-VPS');
    const graphml = await text(await download('GraphML'));
    expect(graphml).toContain('<graph id="hostchain" edgedefault="directed">');
    const csv = await text(await download('CSV'));
    expect(csv.split('\r\n')[0]).toBe('source_id,source_name,type,target_id,target_name,caption,evidence_id,first_seen,last_seen,ended_at');
    expect(csv).toContain('IN_NETBLOCK');
    await shots.take(page, 'exported');
  });

  it('says there is no data yet on the bad-hoster screen while no takedown notices are imported', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Bad hosters' }).click();
    await page.locator('#hosters-empty').waitFor();
    expect(await page.locator('#hosters-empty').textContent()).toMatch(/^No data yet/);
    await shots.take(page, 'hosters-no-data');
  });

  it('ranks the hoster once the hotline\'s notices are in, draws the charts, and opens the party from its row', async () => {
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-notices-')), 'notices.csv');
    writeFileSync(file, `id,url,reported_at,notice_at,removed_at\nN-1,http://www.shop.example/x,${day(3)},${day(3)},${day(2)}\n`);
    await importNotices({ db: app.db, file });
    await page.getByRole('button', { name: 'Show' }).click();
    const ranking = page.getByRole('table', { name: 'Ranking' });
    await ranking.waitFor();
    expect(await page.getByRole('img', { name: /^Reported URLs per month/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Time to removal/ }).count()).toBe(1);
    await shots.take(page, 'hosters-ranking');
    await ranking.getByRole('button', { name: 'Open Shady Example Hosting in the graph' }).click();
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor();
    expect(page.url()).toMatch(/view=explore&root=Organization/);
    await openNodeList();
    await nodeList().getByText('Netblock: SHADY-VPS').waitFor();
    await shots.take(page, 'hoster-in-graph');
    expect(problems).toEqual([]);
  });

  it('counts the last day of the period, and keeps role and order in the link', async () => {
    const noticeDay = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Bad hosters' }).click();
    await page.locator('#hosters-from').fill(noticeDay);
    await page.locator('#hosters-to').fill(noticeDay);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('table', { name: 'Ranking' }).getByRole('button', { name: 'Open Shady Example Hosting in the graph' }).waitFor();
    await page.locator('#hosters-role').selectOption('RESELLER');
    await page.locator('#hosters-order').selectOption('ONLINE_AFTER_48H');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('table', { name: 'Ranking' }).getByRole('button', { name: 'Open Example Reseller Ltd in the graph' }).waitFor();
    expect(page.url()).toContain('role=RESELLER');
    expect(page.url()).toContain('sort=ONLINE_AFTER_48H');
    await page.reload();
    await page.getByRole('table', { name: 'Ranking' }).waitFor();
    expect(await page.locator('#hosters-role').inputValue()).toBe('RESELLER');
    expect(await page.locator('#hosters-order').inputValue()).toBe('ONLINE_AFTER_48H');
    await page.locator('#hosters-role').selectOption('ORIGIN');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('table', { name: 'Ranking' }).locator('tbody tr').first().waitFor();
    const countries = await page.getByRole('table', { name: 'Ranking' }).locator('tbody tr td:nth-child(3)').allTextContents();
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.filter((c) => c === '??')).toEqual([]);
    await shots.take(page, 'hosters-linked');
    expect(problems).toEqual([]);
  });
});
