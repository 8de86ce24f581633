// The one Cytoscape instance: elements in, selection out. Everything drawn is canvas text.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphParts } from './chain-elements.ts';
import type { EdgeData, NodeData } from './node-data.ts';
import { graphStyle } from './style.ts';

export interface Canvas {
  cy: Core;
  /** Replaces everything on the canvas. */
  show(parts: GraphParts): void;
  /** Adds what is new and returns the ids it added (nodes first). */
  merge(parts: GraphParts): string[];
  onSelect(listener: (node: NodeData | null) => void): void;
  select(id: string): void;
}

export function toDefinitions(parts: GraphParts): ElementDefinition[] {
  const nodes = [...parts.nodes.values()].map((data) => ({ group: 'nodes' as const, data: { ...data } }));
  const edges = [...parts.edges.values()].filter((e) => parts.nodes.has(e.source) && parts.nodes.has(e.target)).map((data) => ({ group: 'edges' as const, data: { ...data } }));
  return [...nodes, ...edges];
}

// Cytoscape adds an inline <style> (".__________cytoscape_container { position: relative }")
// unless an element with this id exists; the strict CSP (style-src 'self') would block it and
// report a violation. The rule is in style.css instead, and a placeholder takes the id.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID) !== null) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(placeholder);
}

export function createCanvas(container: HTMLElement): Canvas {
  claimCytoscapeStylesheet();
  // Large case graphs (thousands of elements) must still pan smoothly: while the viewport moves,
  // Cytoscape shows a cached texture and hides edges (documentation/md/performance.md).
  const cy = cytoscape({
    container, style: graphStyle(), minZoom: 0.05, maxZoom: 2.5, boxSelectionEnabled: false,
    textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1,
  });
  const listeners: ((n: NodeData | null) => void)[] = [];
  cy.on('select', 'node', (e) => listeners.forEach((l) => l(e.target.data() as NodeData)));
  cy.on('unselect', 'node', () => {
    if (cy.$('node:selected').empty()) listeners.forEach((l) => l(null));
  });
  return {
    cy,
    show(parts) {
      cy.elements().remove();
      cy.add(toDefinitions(parts));
    },
    merge(parts) {
      const fresh = toDefinitions(parts).filter((d) => cy.getElementById(String(d.data.id)).empty());
      // A node's parent must exist before it: compound parents have no parent of their own here.
      fresh.sort((a, b) => Number(a.group === 'edges') - Number(b.group === 'edges') || Number(a.data.parent !== undefined) - Number(b.data.parent !== undefined));
      cy.add(fresh);
      return fresh.map((d) => String(d.data.id));
    },
    onSelect(listener) {
      listeners.push(listener);
    },
    select(id) {
      cy.$(':selected').unselect();
      const el = cy.getElementById(id);
      if (el.nonempty()) {
        el.select();
        cy.animate({ center: { eles: el } }, { duration: 150 });
      }
    },
  };
}

export type { EdgeData };
