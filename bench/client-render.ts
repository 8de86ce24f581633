// Client rendering in Debian's Chromium: time to first draw and to a settled layout for 500,
// 2,000 and 5,000 elements (the client's own element builder, style, and chain/explore layouts on
// synthetic case chains), and the frame time while panning the 5,000-element graph. The page is
// client/bench.html, built here into a temp folder and served on loopback under the product's CSP.
// Alone: HOSTCHAIN_BENCH_ONLY=client npm run bench
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../server/http/static-files.ts';
import { CLIENT_ROOT } from '../server/http/client-build.ts';

export interface DrawFigure {
  elements: number;
  layout: 'chain' | 'explore';
  firstDrawMs: number;
  settledMs: number;
}

export interface ClientRenderFigures {
  draws: DrawFigure[];
  pan: { elements: number; p50Ms: number; p95Ms: number; maxMs: number; frames: number };
}

interface BenchPage {
  hostchainBench: {
    draw(n: number, layout: 'chain' | 'explore'): Promise<{ elements: number; firstDrawMs: number; settledMs: number }>;
    startFrames(): Promise<{ x: number; y: number }>;
    stopFrames(): { p50Ms: number; p95Ms: number; maxMs: number; frames: number; pannedPx: number };
  };
}

async function buildBenchPage(outDir: string): Promise<void> {
  const vite = await import('vite');
  await vite.build({ configFile: path.join(CLIENT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: path.join(CLIENT_ROOT, 'bench.html') } } });
}

export async function measureClientRender(sizes: number[] = (process.env.HOSTCHAIN_BENCH_SIZES ?? '500,2000,5000').split(',').map(Number), executablePath = process.env.HOSTCHAIN_CHROMIUM ?? '/usr/bin/chromium'): Promise<ClientRenderFigures> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'hostchain-client-bench-'));
  const server = createServer(serveStatic(outDir));
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    await buildBenchPage(outDir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/bench.html`);
    await page.waitForFunction(() => 'hostchainBench' in window);
    // One small draw first: the page's first canvas pays for fonts and compilation, no size does.
    await page.evaluate(() => (window as unknown as BenchPage).hostchainBench.draw(200, 'chain'));
    const draws: DrawFigure[] = [];
    for (const layout of ['chain', 'explore'] as const) {
      for (const n of sizes) {
        const d = await page.evaluate(([size, l]) => (window as unknown as BenchPage).hostchainBench.draw(size, l), [n, layout] as const);
        draws.push({ ...d, layout });
      }
    }
    // The pan runs on the last graph drawn (the largest, laid out by force) and is a mouse drag,
    // as a person pans: Cytoscape then draws from a texture and hides edges while it moves.
    const at = await page.evaluate(() => (window as unknown as BenchPage).hostchainBench.startFrames());
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 0; i < 150; i++) await page.mouse.move(at.x + 2 * i, at.y + 40 * Math.sin(i / 10));
    await page.mouse.up();
    const pan = await page.evaluate(() => (window as unknown as BenchPage).hostchainBench.stopFrames());
    // A drag that started on a node would move the node, not the view: that is no pan figure.
    if (pan.pannedPx < 50) throw new Error(`the drag did not pan the view (moved ${pan.pannedPx.toFixed(0)} px)`);
    return { draws, pan: { elements: draws[draws.length - 1]!.elements, p50Ms: pan.p50Ms, p95Ms: pan.p95Ms, maxMs: pan.maxMs, frames: pan.frames } };
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function formatClientRender(f: ClientRenderFigures): string[] {
  const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
  return [
    ...f.draws.map((d) => `client render (${d.layout} layout, ${d.elements.toLocaleString('en-US')} elements): first draw ${ms(d.firstDrawMs)} (every element on screen before the layout), settled layout ${ms(d.settledMs)}`),
    `client pan of ${f.pan.elements.toLocaleString('en-US')} elements (mouse drag, ${f.pan.frames} frames): frame time p50 ${f.pan.p50Ms.toFixed(1)} ms, p95 ${f.pan.p95Ms.toFixed(1)} ms, worst ${f.pan.maxMs.toFixed(1)} ms (16.7 ms = 60 fps)`,
  ];
}

