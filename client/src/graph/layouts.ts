// Two layouts: the chain left to right in columns by step, and a force layout for neighbourhoods (fcose)
// that keeps the nodes a person has already seen where they were when the graph grows.
import cytoscape, { type Core, type LayoutOptions, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { columnPositions, type LayoutInput } from './column-layout.ts';
import { LABEL_FONT_SIZE, MIN_LABEL_PX } from './style.ts';

cytoscape.use(fcose);

const FIT_PADDING = 30;
// A tiny chain (one URL, no netblocks) should not be blown up past this on Fit.
const MAX_FIT_ZOOM = 1.6;

// The domain's registration and delegation sit beside the hosting chain, not on it.
const SIDE_EDGES = new Set(['IN_DOMAIN', 'REGISTERED_VIA', 'DELEGATED_TO']);

function measure(cy: Core): LayoutInput {
  const leaves = cy.nodes().filter((n) => n.isChildless()).nodes().map((n) => {
    const bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
    const p = n.position();
    const parent = n.parent().nonempty() ? n.parent().first().id() : undefined;
    const side = n.data('kind') === 'Domain' || (n.incomers('edge').nonempty() && n.incomers('edge').every((e) => SIDE_EDGES.has(String(e.data('type')))));
    return { id: n.id(), side, ...(parent === undefined ? {} : { parent }), box: { w: Math.max(1, bb.w), h: Math.max(1, bb.h), cx: p.x - bb.x1, cy: p.y - bb.y1 } };
  });
  const parents = new Map(cy.nodes().filter((n) => n.isParent()).map((n) => {
    const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    return [n.id(), { labelW: label.w, labelH: label.h, padding: n.numericStyle('padding') }] as const;
  }));
  const edges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  return { leaves, parents, edges, viewport: { w: Math.max(200, cy.width() - 2 * FIT_PADDING), h: Math.max(200, cy.height() - 2 * FIT_PADDING), enoughZoom: ENOUGH_ZOOM } };
}

// Below this zoom the labels would be smaller than MIN_LABEL_PX on screen: a drawing too large
// for the canvas is then shown from its start (the URLs, top left) at this zoom, to be panned.
const MIN_FIT_ZOOM = MIN_LABEL_PX / LABEL_FONT_SIZE;
// The chain is not wrapped into bands once it fits at this zoom (labels at full size).
const ENOUGH_ZOOM = 1;

/** Fits what is shown, never so small that labels drop under MIN_LABEL_PX nor blowing a tiny drawing up. */
export function fitView(cy: Core): void {
  // The window may have been resized since Cytoscape last measured its box.
  cy.resize();
  const shown = cy.elements(':visible');
  if (shown.empty()) return;
  cy.fit(shown, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(shown);
  } else if (cy.zoom() < MIN_FIT_ZOOM) {
    const bb = shown.boundingBox({});
    cy.zoom(MIN_FIT_ZOOM);
    cy.pan({ x: FIT_PADDING - bb.x1 * MIN_FIT_ZOOM, y: FIT_PADDING - bb.y1 * MIN_FIT_ZOOM });
  }
}

/** Columns by step, left to right (see column-layout.ts), then fitted. */
export function chainLayout(cy: Core): Promise<void> {
  cy.resize();
  const positions = columnPositions(measure(cy));
  cy.batch(() => {
    cy.nodes().filter((n) => n.isChildless()).positions((n) => positions.get(n.id()) ?? n.position());
  });
  fitView(cy);
  return Promise.resolve();
}

/** Force layout; with `keep`, those nodes stay where they are and the viewport does not move. */
export function exploreLayout(cy: Core, keep?: NodeCollection): Promise<void> {
  const fixed = keep === undefined ? [] : keep.nodes().filter((n) => !n.isParent()).nodes().map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const options = {
    name: 'fcose', quality: 'default', randomize: fixed.length === 0, animate: false, fit: fixed.length === 0, padding: 30,
    nodeRepulsion: 6000, idealEdgeLength: 90, nodeDimensionsIncludeLabels: false,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  } as LayoutOptions;
  return run(cy.elements(':visible').layout(options));
}

function run(layout: cytoscape.Layouts): Promise<void> {
  return new Promise((resolve) => {
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
