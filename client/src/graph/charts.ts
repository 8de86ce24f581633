// Two small SVG charts drawn here (no chart library, nothing fetched): bars of a series, each bar
// with a <title> so the value is read out, and the chart labelled for screen readers.
import { el } from '../dom.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Bar {
  label: string;
  value: number;
}

/** A bar chart of `bars`, with the y axis' top value and each bar's label under it. */
export function barChart(title: string, bars: Bar[], unit: string): HTMLElement {
  const w = 560;
  const h = 200;
  const pad = { left: 40, bottom: 36, top: 14 };
  const max = Math.max(1, ...bars.map((b) => b.value));
  const bw = bars.length === 0 ? 0 : (w - pad.left - 8) / bars.length;
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'chart', role: 'img', 'aria-label': `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ') || 'no data'}` });
  root.append(svg('line', { x1: pad.left, y1: h - pad.bottom, x2: w, y2: h - pad.bottom, stroke: '#4a5568' }));
  root.append(svg('text', { x: pad.left - 4, y: pad.top + 4, 'text-anchor': 'end', 'font-size': 10 }, String(max)));
  root.append(svg('text', { x: pad.left - 4, y: h - pad.bottom, 'text-anchor': 'end', 'font-size': 10 }, '0'));
  bars.forEach((b, i) => {
    const bh = ((h - pad.bottom - pad.top) * b.value) / max;
    const x = pad.left + i * bw + 2;
    const rect = svg('rect', { x, y: h - pad.bottom - bh, width: Math.max(1, bw - 4), height: bh, fill: '#2f6fb3' });
    rect.append(svg('title', {}, `${b.label}: ${b.value} ${unit}`));
    root.append(rect);
    if (bars.length <= 24) root.append(svg('text', { x: x + bw / 2 - 2, y: h - pad.bottom + 14, 'text-anchor': 'middle', 'font-size': 9 }, b.label));
  });
  return el('figure', {}, root as unknown as Node, el('figcaption', {}, title));
}
