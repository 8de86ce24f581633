// The canvas's nodes as a list of buttons: what a keyboard or a screen reader uses to select.
import type { Core } from 'cytoscape';
import { el } from '../dom.ts';
import { KIND_NAMES, type NodeKind } from '../graph/node-data.ts';

const LIMIT = 400;

export function renderNodeList(region: HTMLElement, cy: Core, select: (id: string) => void, hidden: string[] = []): void {
  const nodes = cy.nodes().filter((n) => !hidden.includes(String(n.data('kind')))).sort((a, b) => String(a.data('kind')).localeCompare(String(b.data('kind'))));
  const items = nodes.slice(0, LIMIT).map((n) => {
    const b = el('button', { type: 'button', 'data-node': n.id() }, `${KIND_NAMES[n.data('kind') as NodeKind]}: ${String(n.data('name'))}`);
    b.addEventListener('click', () => select(n.id()));
    return el('li', {}, b);
  });
  region.replaceChildren(el('ul', { class: 'plain', 'aria-label': 'Nodes on the canvas' }, ...items), nodes.length > LIMIT ? el('p', { class: 'hint' }, `${nodes.length - LIMIT} more not listed; use search.`) : '');
}
