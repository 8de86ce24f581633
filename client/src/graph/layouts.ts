// Two layouts: the chain left to right (dagre), and a force layout for neighbourhoods (fcose)
// that keeps the nodes a person has already seen where they were when the graph grows.
import cytoscape, { type Core, type LayoutOptions, type NodeCollection } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

cytoscape.use(dagre);
cytoscape.use(fcose);

// Past this many elements dagre's network-simplex ranking dominates (bench: 46 s for 5,000
// elements, 8 s with tight-tree). longest-path is faster still but breaks on compound nodes.
const LARGE = 1500;

export function chainLayout(cy: Core): Promise<void> {
  const ranker = cy.elements().length > LARGE ? 'tight-tree' : 'network-simplex';
  const options = { name: 'dagre', rankDir: 'LR', ranker, nodeSep: 24, rankSep: 70, edgeSep: 10, fit: true, padding: 30, animate: false } as LayoutOptions;
  return run(cy.elements().layout(options));
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
