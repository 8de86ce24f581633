// The chain's shape is known (URL → host → address → netblocks → AS, left to right), so it is
// placed directly instead of simulated: each unit (a party box with its netblocks, or a lone
// node) gets the column of its step (longest path from the URLs), units in a column are stacked
// in the order of their predecessors, and every column is as wide as its widest label, so no
// two labels can overlap. When the canvas is too narrow for all columns at a readable zoom,
// the columns wrap into bands, like a line of text.
export interface Box {
  /** Width and height of the node with its label. */
  w: number;
  h: number;
  /** The node's centre, measured from the box's top-left corner. */
  cx: number;
  cy: number;
}

export interface LayoutInput {
  /** Leaves (nodes without children), in the order they were added. */
  leaves: { id: string; parent?: string; box: Box; side?: boolean }[];
  /** Party boxes: their label's size and the padding around their children. */
  parents: Map<string, { labelW: number; labelH: number; padding: number }>;
  edges: { source: string; target: string }[];
  /** The drawing area the result should fit, in screen pixels, and the zoom that is enough (no wrap is needed past it). */
  viewport: { w: number; h: number; enoughZoom: number };
}

const COLUMN_GAP = 36;
const ROW_GAP = 10;
const BAND_GAP = 48;
const LABEL_MARGIN = 4;

interface Unit {
  id: string;
  members: { id: string; box: Box }[];
  w: number;
  h: number;
  label?: { w: number; h: number; padding: number };
  /** Beside the chain (the domain, its registrar and name servers): stacked below the chain's own units. */
  side: boolean;
}

function unitsOf(input: LayoutInput): { units: Map<string, Unit>; unitOf: Map<string, string> } {
  const units = new Map<string, Unit>();
  const unitOf = new Map<string, string>();
  for (const leaf of input.leaves) {
    const uid = leaf.parent !== undefined && input.parents.has(leaf.parent) ? leaf.parent : leaf.id;
    unitOf.set(leaf.id, uid);
    const u = units.get(uid) ?? { id: uid, members: [], w: 0, h: 0, side: true };
    u.members.push({ id: leaf.id, box: leaf.box });
    u.side &&= leaf.side === true;
    units.set(uid, u);
  }
  for (const u of units.values()) {
    const p = input.parents.get(u.id);
    const innerW = Math.max(...u.members.map((m) => m.box.w));
    const innerH = u.members.reduce((s, m) => s + m.box.h, 0) + ROW_GAP * (u.members.length - 1);
    if (p === undefined) Object.assign(u, { w: innerW, h: innerH });
    else Object.assign(u, { w: Math.max(innerW + 2 * p.padding + 4, p.labelW), h: p.labelH + LABEL_MARGIN + innerH + 2 * p.padding + 4, label: { w: p.labelW, h: p.labelH, padding: p.padding } });
  }
  return { units, unitOf };
}

/** Column of each unit: the longest path from a unit nothing points at; a cycle is broken where it is entered. */
function columnsOf(units: Map<string, Unit>, links: Map<string, Set<string>>): Map<string, number> {
  const indegree = new Map([...units.keys()].map((id) => [id, 0]));
  for (const targets of links.values()) for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  const column = new Map<string, number>();
  const ready = [...units.keys()].filter((id) => indegree.get(id) === 0);
  const pending = new Set(units.keys());
  while (pending.size > 0) {
    if (ready.length === 0) ready.push([...pending].sort((a, b) => indegree.get(a)! - indegree.get(b)!)[0]!);
    const id = ready.shift()!;
    if (!pending.delete(id)) continue;
    const c = column.get(id) ?? 0;
    column.set(id, c);
    for (const t of links.get(id) ?? []) {
      if (!pending.has(t)) continue;
      column.set(t, Math.max(column.get(t) ?? 0, c + 1));
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) ready.push(t);
    }
  }
  return column;
}

/** Splits the column widths into `bands` runs of about equal width. */
function splitBands(widths: number[], bands: number): number[][] {
  const total = widths.reduce((s, w) => s + w, 0);
  const out: number[][] = [[]];
  let acc = 0;
  widths.forEach((w, i) => {
    if (acc > 0 && acc + w / 2 > (total * out.length) / bands && out.length < bands) out.push([]);
    out[out.length - 1]!.push(i);
    acc += w;
  });
  return out;
}

/** Centre position of every leaf. */
export function columnPositions(input: LayoutInput): Map<string, { x: number; y: number }> {
  const { units, unitOf } = unitsOf(input);
  const links = new Map<string, Set<string>>();
  const preds = new Map<string, Set<string>>();
  for (const e of input.edges) {
    const s = unitOf.get(e.source);
    const t = unitOf.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    links.set(s, (links.get(s) ?? new Set()).add(t));
    preds.set(t, (preds.get(t) ?? new Set()).add(s));
  }
  const column = columnsOf(units, links);
  const columns: Unit[][] = [];
  for (const u of units.values()) (columns[column.get(u.id)!] ??= []).push(u);
  const cols = columns.filter((c) => c !== undefined);
  const centreY = stackColumns(cols, preds);
  const widths = cols.map((c) => Math.max(...c.map((u) => u.w)) + COLUMN_GAP);
  const heights = cols.map((c) => columnExtent(c, centreY));
  const bands = bestBands(widths, heights, input.viewport);
  return place(cols, centreY, widths, heights, bands);
}

/** Orders each column by the mean row of its units' predecessors and stacks it, centred on that mean. */
function stackColumns(cols: Unit[][], preds: Map<string, Set<string>>): Map<string, number> {
  const centreY = new Map<string, number>();
  const order = new Map<string, number>();
  cols.forEach((col) => {
    const want = (u: Unit) => {
      const ys = [...(preds.get(u.id) ?? [])].map((p) => centreY.get(p)).filter((y): y is number => y !== undefined);
      return ys.length === 0 ? undefined : ys.reduce((s, y) => s + y, 0) / ys.length;
    };
    const wanted = col.map((u, i) => ({ u, y: want(u), i }));
    wanted.sort((a, b) => Number(a.u.side) - Number(b.u.side) || (a.y ?? Infinity) - (b.y ?? Infinity) || a.i - b.i);
    let top = 0;
    const placed = wanted.map(({ u, y }) => {
      const t = y === undefined ? top : Math.max(top, y - u.h / 2);
      top = t + u.h + ROW_GAP;
      return { u, centre: t + u.h / 2, want: y };
    });
    const withWish = placed.filter((p) => p.want !== undefined);
    const shift = withWish.length === 0 ? -(top - ROW_GAP) / 2 : withWish.reduce((s, p) => s + p.want! - p.centre, 0) / withWish.length;
    placed.forEach((p, k) => {
      centreY.set(p.u.id, p.centre + shift);
      order.set(p.u.id, k);
    });
    col.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  });
  return centreY;
}

function columnExtent(col: Unit[], centreY: Map<string, number>): [number, number] {
  const top = Math.min(...col.map((u) => centreY.get(u.id)! - u.h / 2));
  const bottom = Math.max(...col.map((u) => centreY.get(u.id)! + u.h / 2));
  return [top, bottom];
}

/** How many bands give the largest zoom when the whole drawing is fitted into the viewport. */
function bestBands(widths: number[], heights: [number, number][], viewport: LayoutInput['viewport']): number[][] {
  let best: { zoom: number; bands: number[][] } | undefined;
  for (let b = 1; b <= Math.min(4, widths.length); b++) {
    const bands = splitBands(widths, b);
    const w = Math.max(...bands.map((band) => band.reduce((s, i) => s + widths[i]!, 0)));
    const h = bands.reduce((s, band) => s + bandHeight(band, heights), 0) + BAND_GAP * (b - 1);
    const zoom = Math.min(viewport.w / w, viewport.h / h, viewport.enoughZoom);
    // A wrap costs reading effort: it must buy a clearly larger drawing.
    if (best === undefined || zoom > best.zoom * 1.15) best = { zoom, bands };
    if (zoom >= viewport.enoughZoom) break;
  }
  return best!.bands;
}

function bandHeight(band: number[], heights: [number, number][]): number {
  return Math.max(...band.map((i) => heights[i]![1])) - Math.min(...band.map((i) => heights[i]![0]));
}

function place(cols: Unit[][], centreY: Map<string, number>, widths: number[], heights: [number, number][], bands: number[][]): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  let bandTop = 0;
  for (const band of bands) {
    const top = Math.min(...band.map((i) => heights[i]![0]));
    let x = 0;
    for (const i of band) {
      const colX = x + widths[i]! / 2;
      for (const u of cols[i]!) placeUnit(u, colX, bandTop + centreY.get(u.id)! - top, out);
      x += widths[i]!;
    }
    bandTop += bandHeight(band, heights) + BAND_GAP;
  }
  return out;
}

function placeUnit(u: Unit, x: number, centre: number, out: Map<string, { x: number; y: number }>): void {
  let y = centre - u.h / 2 + (u.label === undefined ? 0 : u.label.h + LABEL_MARGIN + u.label.padding + 2);
  for (const m of u.members) {
    out.set(m.id, { x: x - m.box.w / 2 + m.box.cx, y: y + m.box.cy });
    y += m.box.h + ROW_GAP;
  }
}
