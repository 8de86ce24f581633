// The SVG export's node shapes and edge lines as the canvas draws them: the node's shape
// (style.ts's KIND_SHAPES and ROLE_SHAPES), fill, border colour, width and style (dashed,
// double), and each edge's colour, dash and arrowhead. Points are on a unit box (-1..1).
import type { EdgeSingular, NodeSingular } from 'cytoscape';

const SVG_NS = 'http://www.w3.org/2000/svg';

const POLYGONS: Record<string, [number, number][]> = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  hexagon: [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
  'concave-hexagon': [[-1, -1], [1, -1], [0.7, 0], [1, 1], [-1, 1], [-0.7, 0]],
  octagon: [[-0.41, -1], [0.41, -1], [1, -0.41], [1, 0.41], [0.41, 1], [-0.41, 1], [-1, 0.41], [-1, -0.41]],
  tag: [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
  'round-tag': [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
  rhomboid: [[-0.6, -1], [1, -1], [0.6, 1], [-1, 1]],
  star: [[0, -1], [0.22, -0.31], [0.95, -0.31], [0.36, 0.12], [0.59, 0.81], [0, 0.38], [-0.59, 0.81], [-0.36, 0.12], [-0.95, -0.31], [-0.22, -0.31]],
};

export function svgEl(doc: XMLDocument, name: string, attrs: Record<string, string | number>): Element {
  const el = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function outline(doc: XMLDocument, shape: string, box: { x: number; y: number; w: number; h: number }, paint: Record<string, string | number>): Element {
  const { x, y, w, h } = box;
  if (shape === 'ellipse') return svgEl(doc, 'ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, ...paint });
  const points = POLYGONS[shape];
  if (points !== undefined) return svgEl(doc, 'polygon', { points: points.map(([px, py]) => `${(x + (px * w) / 2).toFixed(1)},${(y + (py * h) / 2).toFixed(1)}`).join(' '), ...paint });
  const rx = shape === 'rectangle' ? 0 : shape === 'barrel' ? Math.min(w, h) / 2.5 : Math.min(8, Math.min(w, h) / 4);
  return svgEl(doc, 'rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx, ...paint });
}

/** The node's shape with its fill and border; a double border is two outlines. */
export function nodeShapes(doc: XMLDocument, n: NodeSingular): Element[] {
  const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
  const border = n.numericStyle('border-width');
  const style = String(n.style('border-style'));
  const box = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2, w: bb.w - border, h: bb.h - border };
  const shape = String(n.style('shape'));
  const stroke = String(n.style('border-color'));
  const fill = { fill: String(n.style('background-color')), 'fill-opacity': n.numericStyle('background-opacity') };
  if (style === 'double') {
    const line = Math.max(1, border / 3);
    return [outline(doc, shape, box, { ...fill, stroke, 'stroke-width': line }), outline(doc, shape, { ...box, w: box.w - 4 * line, h: box.h - 4 * line }, { fill: 'none', stroke, 'stroke-width': line })];
  }
  return [outline(doc, shape, box, { ...fill, stroke, 'stroke-width': border, ...(style === 'dashed' ? { 'stroke-dasharray': '6 3' } : style === 'dotted' ? { 'stroke-dasharray': '2 2' } : {}) })];
}

/** One arrowhead marker per line colour, referenced by the edges drawn in it. */
export function arrowMarker(doc: XMLDocument, colour: string, id: string): Element {
  const marker = svgEl(doc, 'marker', { id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' });
  marker.append(svgEl(doc, 'path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour }));
  return marker;
}

export function edgeLine(doc: XMLDocument, e: EdgeSingular, markerId: string): Element {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const dashed = String(e.style('line-style')) === 'dashed';
  return svgEl(doc, 'line', {
    x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke: String(e.style('line-color')), 'stroke-width': e.numericStyle('width'),
    'marker-end': `url(#${markerId})`, 'stroke-opacity': e.numericStyle('opacity'), ...(dashed ? { 'stroke-dasharray': '6 3' } : {}),
  });
}
