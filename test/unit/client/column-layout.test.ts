import { describe, expect, it } from 'vitest';
import { shortenMiddle } from '../../../client/src/graph/chain-elements.ts';
import { columnPositions, type LayoutInput } from '../../../client/src/graph/column-layout.ts';

const box = (w: number, h = 40) => ({ w, h, cx: w / 2, cy: 14 });

function chainInput(viewport = { w: 2000, h: 1000, enoughZoom: 1 }): LayoutInput {
  return {
    leaves: [
      { id: 'url', box: box(220) }, { id: 'host', box: box(120) }, { id: 'ip', box: box(100) },
      { id: 'hosterBlock', parent: 'hoster', box: box(110, 60) }, { id: 'upstreamBlock', parent: 'upstream', box: box(150, 60) },
      { id: 'as', box: box(80) }, { id: 'domain', box: box(100), side: true }, { id: 'registrar', box: box(160), side: true },
    ],
    parents: new Map([['hoster', { labelW: 180, labelH: 30, padding: 12 }], ['upstream', { labelW: 150, labelH: 30, padding: 12 }]]),
    edges: [['url', 'host'], ['host', 'ip'], ['ip', 'hosterBlock'], ['hosterBlock', 'upstreamBlock'], ['upstreamBlock', 'as'], ['host', 'domain'], ['domain', 'registrar']].map(([source, target]) => ({ source: source!, target: target! })),
    viewport,
  };
}

function rect(input: LayoutInput, at: Map<string, { x: number; y: number }>, id: string): { x1: number; x2: number; y1: number; y2: number } {
  const leaf = input.leaves.find((l) => l.id === id)!;
  const p = at.get(id)!;
  return { x1: p.x - leaf.box.cx, x2: p.x - leaf.box.cx + leaf.box.w, y1: p.y - leaf.box.cy, y2: p.y - leaf.box.cy + leaf.box.h };
}

describe('the chain laid out in columns by step', () => {
  it('puts URL, host, address, hoster, upstream and AS left to right on a wide canvas', () => {
    const at = columnPositions(chainInput());
    const xs = ['url', 'host', 'ip', 'hosterBlock', 'upstreamBlock', 'as'].map((id) => at.get(id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(6);
  });

  it('keeps the domain and its registrar below the chain, in the columns after the host', () => {
    const input = chainInput();
    const at = columnPositions(input);
    expect(rect(input, at, 'domain').y1).toBeGreaterThan(rect(input, at, 'ip').y2);
    expect(at.get('registrar')!.x).toBe(at.get('hosterBlock')!.x);
    expect(rect(input, at, 'registrar').y1).toBeGreaterThan(rect(input, at, 'hosterBlock').y2);
  });

  it('lets no two labelled boxes overlap, on a wide canvas and on a narrow one that wraps the chain', () => {
    for (const viewport of [{ w: 2000, h: 1000, enoughZoom: 1 }, { w: 500, h: 900, enoughZoom: 1 }]) {
      const input = chainInput(viewport);
      const at = columnPositions(input);
      const boxes = input.leaves.map((l) => rect(input, at, l.id));
      const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2));
      expect(overlapping).toEqual([]);
    }
  });

  it('wraps a chain that is too wide for the canvas into bands, the later steps under the earlier', () => {
    const at = columnPositions(chainInput({ w: 500, h: 900, enoughZoom: 1 }));
    expect(at.get('hosterBlock')!.y).toBeGreaterThan(at.get('url')!.y + 100);
    expect(at.get('hosterBlock')!.x).toBeLessThan(at.get('host')!.x);
    expect(at.get('as')!.x).toBeGreaterThan(at.get('upstreamBlock')!.x);
  });
});

describe('long labels', () => {
  it('cuts a long URL in the middle, keeping its start and its end', () => {
    const url = 'https://www.shop.example/a/very/long/path/that/goes/on/and/on/item-4711.jpg';
    const short = shortenMiddle(url);
    expect(short).toHaveLength(36);
    expect(short.startsWith('https://www.shop.example')).toBe(true);
    expect(short.endsWith('4711.jpg')).toBe(true);
    expect(short).toContain('…');
    expect(shortenMiddle('http://short.example/')).toBe('http://short.example/');
  });
});
