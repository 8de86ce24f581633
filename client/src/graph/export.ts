// Exports of the current view (PNG, SVG) and of the graph (GraphML, CSV). Every value is escaped
// for its format: names from WHOIS and RDAP are hostile and must stay data in every file.
import type { Core, NodeSingular } from 'cytoscape';
import { csvText } from '../../../server/csv/csv-writer.ts';
import { arrowMarker, edgeLine, nodeShapes, svgEl } from './svg-shapes.ts';

export function download(name: string, blob: Blob): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export function exportPng(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgLabel(doc: XMLDocument, text: string, x: number, y: number): Element {
  const t = svgEl(doc, 'text', { x, y, 'font-size': 12, 'font-family': 'system-ui, sans-serif', 'text-anchor': 'middle' });
  text.split('\n').forEach((line, i) => {
    const span = svgEl(doc, 'tspan', { x, dy: i === 0 ? 0 : 14 });
    span.textContent = line;
    t.append(span);
  });
  return t;
}

const inside = (n: NodeSingular) => String(n.style('text-valign')) === 'center';
const lines = (n: NodeSingular) => String(n.data('caption')).split('\n').length;

/** A plain SVG of what is drawn (boxes, lines and the same labels), built with DOM calls, never from markup strings. */
export function exportSvg(cy: Core): Blob {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const bb = cy.elements(':visible').boundingBox({});
  const pad = 20;
  root.setAttribute('viewBox', `${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}`);
  root.setAttribute('width', String(Math.round(bb.w + 2 * pad)));
  root.setAttribute('height', String(Math.round(bb.h + 2 * pad)));
  root.append(svgEl(doc, 'rect', { x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad, fill: '#ffffff' }));
  const parents = cy.nodes(':visible').filter((n) => n.isParent());
  for (const n of parents) root.append(...nodeShapes(doc, n), svgLabel(doc, String(n.data('caption')), n.position('x'), n.boundingBox({}).y1 + 12));
  const defs = svgEl(doc, 'defs', {});
  root.append(defs);
  const markers = new Map<string, string>();
  for (const e of cy.edges(':visible')) {
    const colour = String(e.style('line-color'));
    if (!markers.has(colour)) {
      markers.set(colour, `arrow-${markers.size}`);
      defs.append(arrowMarker(doc, colour, markers.get(colour)!));
    }
    root.append(edgeLine(doc, e, markers.get(colour)!));
    const caption = e.data('caption') as string | undefined;
    if (caption !== undefined) root.append(svgLabel(doc, caption, e.midpoint().x, e.midpoint().y - 3));
  }
  for (const n of cy.nodes(':visible').filter((x) => !x.isParent())) {
    const box = n.boundingBox({ includeLabels: false });
    root.append(...nodeShapes(doc, n), inside(n) ? svgLabel(doc, String(n.data('caption')), n.position('x'), box.y1 + (box.h - 14 * (lines(n) - 1)) / 2 + 4) : svgLabel(doc, String(n.data('caption')), n.position('x'), box.y2 + 14));
  }
  return new Blob([new XMLSerializer().serializeToString(doc)], { type: 'image/svg+xml' });
}

const NODE_FIELDS = ['kind', 'label', 'key', 'name', 'role', 'country', 'eu', 'cdn', 'parent', 'evidenceId'] as const;
const EDGE_FIELDS = ['type', 'caption', 'evidenceId', 'firstSeen', 'lastSeen', 'endedAt'] as const;

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

function xmlText(doc: XMLDocument, name: string, attrs: Record<string, string>, text?: string): Element {
  const el = doc.createElementNS(GRAPHML_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** GraphML (for Gephi, yEd): every node and edge with its data as keys. */
export function exportGraphMl(cy: Core): Blob {
  const doc = document.implementation.createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement;
  for (const f of NODE_FIELDS) root.append(xmlText(doc, 'key', { id: `n_${f}`, for: 'node', 'attr.name': f, 'attr.type': 'string' }));
  for (const f of EDGE_FIELDS) root.append(xmlText(doc, 'key', { id: `e_${f}`, for: 'edge', 'attr.name': f, 'attr.type': 'string' }));
  // Positions as drawn, so Gephi or yEd open the same picture.
  for (const axis of ['x', 'y']) root.append(xmlText(doc, 'key', { id: `n_${axis}`, for: 'node', 'attr.name': axis, 'attr.type': 'double' }));
  const graph = xmlText(doc, 'graph', { id: 'hostchain', edgedefault: 'directed' });
  for (const n of cy.nodes()) {
    const el = xmlText(doc, 'node', { id: n.id() });
    for (const f of NODE_FIELDS) if (n.data(f) !== undefined) el.append(xmlText(doc, 'data', { key: `n_${f}` }, String(n.data(f))));
    const p = n.position();
    el.append(xmlText(doc, 'data', { key: 'n_x' }, p.x.toFixed(1)), xmlText(doc, 'data', { key: 'n_y' }, p.y.toFixed(1)));
    graph.append(el);
  }
  for (const e of cy.edges()) {
    const el = xmlText(doc, 'edge', { id: e.id(), source: e.source().id(), target: e.target().id() });
    for (const f of EDGE_FIELDS) if (e.data(f) !== undefined) el.append(xmlText(doc, 'data', { key: `e_${f}` }, String(e.data(f))));
    graph.append(el);
  }
  root.append(graph);
  return new Blob([new XMLSerializer().serializeToString(doc)], { type: 'application/graphml+xml' });
}

// One CSV writer for the CLI and the page: fields quoted and never a spreadsheet formula.
export { csvField } from '../../../server/csv/csv-writer.ts';

/** Edges as rows (source, type, target and their data), then nodes without any edge. */
export function exportCsv(cy: Core): Blob {
  const head = ['source_id', 'source_name', 'type', 'target_id', 'target_name', 'caption', 'evidence_id', 'first_seen', 'last_seen', 'ended_at'];
  const rows = cy.edges().map((e) => [e.source().id(), e.source().data('name'), e.data('type'), e.target().id(), e.target().data('name'), e.data('caption'), e.data('evidenceId'), e.data('firstSeen'), e.data('lastSeen'), e.data('endedAt')]);
  const lonely = cy.nodes().filter((n) => n.connectedEdges().empty()).map((n) => [n.id(), n.data('name'), '', '', '', '', n.data('evidenceId'), '', '', '']);
  const text = csvText([head, ...rows, ...lonely]);
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}
