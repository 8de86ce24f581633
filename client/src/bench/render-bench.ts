// The page bench/client-render.ts drives in Chromium (built only by the bench, not served by the
// product): synthetic case chains through the client's own element builder, style and layouts.
import type { UrlChain } from '../api/chain.ts';
import { addChain, emptyParts, type GraphParts } from '../graph/chain-elements.ts';
import { createCanvas, type Canvas } from '../graph/cy.ts';
import { chainLayout, exploreLayout } from '../graph/layouts.ts';

/** A case of URLs on a few hundred hosts spread over shared hosters, resellers and upstreams. */
function syntheticParts(targetElements: number): GraphParts {
  const parts = emptyParts();
  for (let i = 0; parts.nodes.size + parts.edges.size < targetElements; i++) {
    const host = `www.site${i % 400}.example`;
    const h = i % 40;
    const r = h % 10;
    const u = r % 3;
    const ip = `198.${18 + (i % 2)}.${Math.floor(i / 250) % 256}.${i % 250}`;
    const chain: UrlChain = {
      url: `http://${host}/item/${i}`, host, aliases: [host],
      addresses: [{
        address: ip, recordType: 'A', evidenceId: `ev-${i}`, cdn: [],
        blocks: [
          { key: `RIPE:h${h}-${i % 97}`, role: 'hoster', basis: 'registered', why: 'assignment', countryFrom: 'organisation', holder: `Hoster ${h}`, holderKey: `ORG-H${h}`, country: h % 3 === 0 ? 'PA' : 'NL', status: 'ASSIGNED PA', start: ip, end: ip, prefixLength: 28, handle: null, name: `HOSTER-${h}-NET`, source: 'rdap', abuseContacts: [], evidenceId: null },
          { key: `RIPE:r${r}`, role: 'reseller', basis: 'registered', why: 'sub-allocation', countryFrom: 'organisation', holder: `Reseller ${r}`, holderKey: `ORG-R${r}`, country: 'SC', status: 'SUB-ALLOCATED PA', start: ip, end: ip, prefixLength: 22, handle: null, name: `RESELLER-${r}`, source: 'rdap', abuseContacts: [], evidenceId: null },
          { key: `RIPE:u${u}`, role: 'upstream', basis: 'registered', why: 'allocation', countryFrom: 'organisation', holder: `Upstream ${u}`, holderKey: `ORG-U${u}`, country: 'DE', status: 'ALLOCATED PA', start: ip, end: ip, prefixLength: 16, handle: null, name: `UPSTREAM-${u}`, source: 'rdap', abuseContacts: [], evidenceId: null },
        ],
        origins: [{ asn: 64500 + u, name: `Upstream ${u} AS`, country: 'DE', prefix: `198.18.0.0/15`, source: 'caida', evidenceId: null, transitProviders: [{ asn: 64600, name: 'Transit' }] }],
      }],
      domain: { domain: `site${i % 400}.example`, registrar: `Registrar ${i % 5}`, registrarKey: `IANA:${i % 5}`, reseller: null, nameservers: [`ns1.dns${i % 20}.example`], registrarAbuseContacts: [], registrarIsLast: false, stateUntil: null, states: [], lastRegistrar: null },
      at: null, dnsStates: [], lastKnown: null,
    };
    addChain(parts, chain);
  }
  return parts;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame((t) => resolve(t)));

let canvas: Canvas | null = null;

async function draw(elements: number, layout: 'chain' | 'explore'): Promise<{ elements: number; firstDrawMs: number; settledMs: number }> {
  canvas?.cy.destroy();
  const container = document.getElementById('cy')!;
  const parts = syntheticParts(elements);
  const t0 = performance.now();
  canvas = createCanvas(container);
  canvas.show(parts);
  canvas.cy.layout({ name: 'grid', fit: true }).run();
  await frame();
  await frame();
  const firstDrawMs = performance.now() - t0;
  await (layout === 'chain' ? chainLayout(canvas.cy) : exploreLayout(canvas.cy));
  await frame();
  await frame();
  return { elements: canvas.cy.elements().length, firstDrawMs, settledMs: performance.now() - t0 };
}

let gaps: number[] = [];
let recording = false;
let panAtStart = { x: 0, y: 0 };

/** A point of the canvas with no node under it: a drag that starts there pans the view. */
function emptyPoint(): { x: number; y: number } {
  const boxes = canvas!.cy.nodes().map((n) => n.renderedBoundingBox({}));
  for (let y = 100; y < 700; y += 20) {
    for (let x = 200; x < 1080; x += 20) if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4)) return { x, y };
  }
  return { x: 5, y: 5 };
}

/** Starts recording frame intervals and says where the bench's mouse drag (a person's pan) should start. */
async function startFrames(): Promise<{ x: number; y: number }> {
  const cy = canvas!.cy;
  cy.zoom(1);
  cy.center();
  const start = emptyPoint();
  gaps = [];
  panAtStart = { ...cy.pan() };
  recording = true;
  let last = await frame();
  void (async () => {
    while (recording) {
      const t = await frame();
      gaps.push(t - last);
      last = t;
    }
  })();
  return start;
}

function stopFrames(): { p50Ms: number; p95Ms: number; maxMs: number; frames: number; pannedPx: number } {
  recording = false;
  const now = canvas!.cy.pan();
  const sorted = [...gaps].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] ?? 0, frames: sorted.length, pannedPx: Math.hypot(now.x - panAtStart.x, now.y - panAtStart.y) };
}

(window as unknown as { hostchainBench: unknown }).hostchainBench = { draw, startFrames, stopFrames };
