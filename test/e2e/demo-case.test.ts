import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Shots } from './support/browser.ts';
import { signInThroughForm, useE2eSession } from './support/e2e-session.ts';
import type { E2eApp } from './support/e2e-app.ts';

const session = useE2eSession('demo-case', { users: [{ username: 'ana', role: 'investigator' }] });
let app: E2eApp;
let page: Page;
let shots: Shots;
let problems: string[];
beforeAll(() => void ({ app, page, shots, problems } = session));

const LABELLED_KINDS = ['Organization', 'Netblock', 'Hostname', 'Url'];

/** The on-screen size of the smallest label (font size × zoom) and the pairs of labels whose boxes overlap. */
async function chainLabels(p: Page): Promise<{ smallest: number; overlaps: string[] }> {
  return p.evaluate((kinds) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type N = { id(): string; data(k: string): string; numericStyle(k: string): number; renderedBoundingBox(o: object): Box };
    const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: { zoom(): number; nodes(s: string): N[] } } })._cyreg.cy;
    const nodes = [...cy.nodes(':visible')].filter((n) => kinds.includes(n.data('kind')));
    const labels = nodes.map((n) => ({ id: n.id(), px: n.numericStyle('font-size') * cy.zoom(), box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) }));
    const overlaps: string[] = [];
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
      if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) overlaps.push(`${a.id} / ${b.id}`);
    }));
    return { smallest: Math.min(...labels.map((l) => l.px)), overlaps };
  }, LABELLED_KINDS);
}

describe('a first look on an empty graph', () => {
  it('offers the demo case, loads it and draws its chain with the legend beside it', async () => {
    await page.goto(app.url);
    await signInThroughForm(page, 'ana');
    await page.getByRole('button', { name: 'Load the demo case' }).click();
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor({ timeout: 100_000 });
    expect(page.url()).toMatch(/view=chain&case=/);
    expect(await page.locator('#legend').textContent()).toContain('Party outside the EU');
    await shots.take(page, 'demo-chain');
  });

  it('shows party, netblock, host and URL labels at 11 px or more on the fitted chain, none over another', async () => {
    expect(await chainLabels(page)).toMatchObject({ smallest: expect.any(Number), overlaps: [] });
    expect((await chainLabels(page)).smallest).toBeGreaterThanOrEqual(11);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Lay out again' }).click();
    const wide = await chainLabels(page);
    await shots.take(page, 'demo-chain-1920');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Lay out again' }).click();
    expect(wide.overlaps).toEqual([]);
    expect(wide.smallest).toBeGreaterThanOrEqual(11);
  });

  it('names hoster, reseller and upstream in the chain card and marks the suggested addressee', async () => {
    const card = page.getByRole('article', { name: 'Chain of http://www.shop.example/gallery/1.jpg' });
    await card.locator('.mark').first().waitFor();
    const parties = await card.locator('li.party').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-role')}: ${li.querySelector('strong')?.textContent}${li.classList.contains('addressee') ? ' *' : ''}`));
    expect(parties).toEqual(expect.arrayContaining(['hoster: Shady Example Hosting', 'reseller: Example Reseller Ltd']));
    expect(parties.some((p) => p.startsWith('upstream: Example Upstream B.V.'))).toBe(true);
    expect(parties.filter((p) => p.endsWith(' *'))).toHaveLength(1);
    expect(await card.locator('.mark').textContent()).toMatch(/Suggested addressee: (Removal order|Information demand)/);
    await shots.take(page, 'chain-card');
  });

  it('exports the chain as an SVG with its shapes, borders and arrowheads, and a CSV with each fact\'s first and last seen', async () => {
    const download = async (name: string) => (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]))[0];
    const text = async (name: string) => readFileSync(await (await download(name)).path(), 'utf8');
    const svg = await text('SVG');
    expect(svg).toMatch(/<polygon [^>]*points=/);
    expect(svg).toMatch(/<marker [^>]*id="arrow-0"/);
    expect(svg).toMatch(/marker-end="url\(#arrow-0\)"/);
    expect(svg).toMatch(/stroke-dasharray="6 3"/);
    const rows = (await text('CSV')).trim().split('\r\n').map((r) => r.split(','));
    const resolves = rows.filter((r) => r[2] === 'RESOLVES_TO');
    expect(resolves.length).toBeGreaterThan(0);
    expect(resolves.every((r) => /^\d{4}-\d\d-\d\dT/.test(r[7]!) && /^\d{4}-\d\d-\d\dT/.test(r[8]!))).toBe(true);
    expect(await text('GraphML')).toMatch(/<data key="e_firstSeen">\d{4}-/);
  });

  it('draws the chain of one URL typed into the chain box, and its link opens the same view', async () => {
    await page.getByLabel('Chain of a URL').fill('https://www.clips.example/v/123');
    await page.getByRole('button', { name: 'Show chain' }).click();
    await page.locator('.node-list-box summary').click();
    await page.getByRole('list', { name: 'Nodes on the canvas' }).getByText('IP address: 203.0.113.10').waitFor();
    const link = page.url();
    await page.goto(link);
    await page.locator('#graph-status', { hasText: /\d+ nodes/ }).waitFor();
    await page.locator('.node-list-box summary').click();
    await page.getByRole('list', { name: 'Nodes on the canvas' }).getByText('IP address: 203.0.113.10').waitFor();
    await shots.take(page, 'one-url-chain');
    expect(problems).toEqual([]);
  });

  it('reads the chain as it was on a date, and lists who hosted the name when', async () => {
    await page.getByLabel('Chain of a URL').fill('http://www.shop.example/gallery/1.jpg');
    await page.getByLabel('As it was on').fill('2020-01-01');
    await page.getByRole('button', { name: 'Show chain' }).click();
    const card = page.getByRole('article', { name: 'Chain of http://www.shop.example/gallery/1.jpg' });
    await card.getByText(/^As it was on 1 Jan 2020/).waitFor();
    expect(await card.locator('dd').nth(2).textContent()).toBe('none known');
    expect(page.url()).toContain('at=2020-01-01');
    await shots.take(page, 'chain-on-a-date');
    // The same view as it is now: the link without its date. The addressee suggestion is held back
    // until the reader has opened the history, which must stay open when the suggestion is marked.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('addressees(') === true) await held;
      await route.continue();
    });
    await page.goto(page.url().replace(/&at=2020-01-01/, ''));
    await card.locator('li.party[data-role="hoster"]').waitFor();
    expect(await page.getByLabel('As it was on').inputValue()).toBe('');
    await card.getByText('Hosting history: who hosted it when').click();
    const periods = card.getByRole('list', { name: 'Hosting history' });
    await periods.locator('li.period').first().waitFor();
    release();
    await card.locator('li.party.addressee').waitFor();
    await page.unroute('**/graphql');
    expect(await periods.isVisible()).toBe(true);
    expect(await periods.locator('li.period').first().textContent()).toMatch(/ – now: Shady Example Hosting \[PA\] \(198\.51\.100\.7\)$/);
    await shots.take(page, 'hosting-history');
    expect(problems).toEqual([]);
  });
});
