// Chain and Explore share one canvas: Chain draws the chains of URLs (or a case) left to right,
// Explore grows neighbourhoods with a force layout. Selection, filters and roots live in the URL.
import type { Core, NodeCollection } from 'cytoscape';
import { atMoment, fetchChains } from '../api/chain.ts';
import { fetchCaseUrls } from '../api/cases.ts';
import { fetchNeighbourhood } from '../api/explore.ts';
import { byId, errorText, say } from '../dom.ts';
import { addChain, emptyParts } from '../graph/chain-elements.ts';
import { createCanvas } from '../graph/cy.ts';
import { chainLayout, exploreLayout, fitView } from '../graph/layouts.ts';
import type { NodeData, NodeKind } from '../graph/node-data.ts';
import { state, update, type ViewState } from '../state/url-state.ts';
import { showChainCards } from './chain-card.ts';
import { showEntity, type EntityActions } from './entity.ts';
import { wireExports } from './exports.ts';
import { renderFilters, renderLegend } from './legend.ts';
import { renderNodeList } from './node-list.ts';
import { wireSearch } from './search.ts';

export interface GraphScreen {
  show(s: ViewState): Promise<void>;
}

function splitId(id: string): { label: string; key: string } {
  const i = id.indexOf(':');
  return { label: id.slice(0, i), key: id.slice(i + 1) };
}

/** Brings `eles` into view when an expansion put any of them off screen (zooming out only as far as needed). */
function keepInView(cy: Core, eles: NodeCollection): void {
  const ext = cy.extent();
  const bb = eles.boundingBox({});
  if (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2) return;
  cy.fit(cy.elements(':visible'), 30);
}

export function createGraphScreen(): GraphScreen {
  const canvas = createCanvas(byId('cy'));
  const { cy } = canvas;
  const status = byId('graph-status');
  // What each expansion added, so Collapse removes exactly that (and nothing another path needs).
  const addedBy = new Map<string, string[]>();
  let loadedKey = '';

  renderLegend(byId('legend'));
  wireExports(cy, status);
  wireSearch();
  byId('fit').addEventListener('click', () => fitView(cy));
  byId('relayout').addEventListener('click', () => void (state().view === 'chain' ? chainLayout(cy) : exploreLayout(cy)));
  byId<HTMLFormElement>('chain-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const url = byId<HTMLInputElement>('chain-url').value.trim();
    const at = byId<HTMLInputElement>('chain-at').value.trim() || null;
    if (url !== '') update({ view: 'chain', urls: [url], caseName: null, node: null, at });
    else if (state().view === 'chain') update({ at });
  });

  const afterChange = () => {
    const kinds = [...new Set(cy.nodes().map((n) => n.data('kind') as NodeKind))].sort();
    renderFilters(byId('filters'), kinds, state().hidden, (hidden) => update({ hidden }, { replace: true }));
    applyFilter(state().hidden);
    renderNodeList(byId('node-list'), cy, (id) => canvas.select(id), state().hidden);
    sayCount();
  };
  // The count follows the type filter: what is on the canvas, and how much the filter hides.
  const sayCount = () => {
    const shown = cy.nodes(':visible').length;
    const all = cy.nodes().length;
    const edges = cy.edges(':visible').length;
    say(status, shown === all ? `${all} nodes, ${edges} edges` : `${shown} of ${all} nodes shown (${all - shown} hidden by type), ${edges} edges`);
  };
  const applyFilter = (hidden: string[]) => {
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      cy.nodes().filter((n) => hidden.includes(String(n.data('kind')))).addClass('filtered');
    });
  };

  const actions: EntityActions = {
    expand: (n) => void expand(n),
    collapse: (n) => collapse(n),
    canCollapse: (n) => (addedBy.get(n.id)?.length ?? 0) > 0,
  };

  async function expand(n: NodeData): Promise<void> {
    say(status, `Expanding ${n.name}…`);
    try {
      const { parts, truncated, withheld } = await fetchNeighbourhood(n.label, n.key);
      const before = cy.nodes();
      const added = canvas.merge(parts);
      const addedNodes = cy.nodes().filter((x) => added.includes(x.id()));
      // New nodes start at the expanded node, so the layout moves them out from there.
      addedNodes.positions(() => ({ ...cy.getElementById(n.id).position() }));
      addedBy.set(n.id, [...(addedBy.get(n.id) ?? []), ...addedNodes.map((x) => x.id())]);
      cy.getElementById(n.id).addClass('expanded');
      await exploreLayout(cy, before);
      afterChange();
      keepInView(cy, cy.getElementById(n.id).union(addedNodes));
      if (truncated) say(status, `${status.textContent ?? ''} (neighbourhood cut at 200)`);
      if (withheld !== null) say(status, `${status.textContent ?? ''} (${withheld})`);
      void showEntity(n, actions);
    } catch (err) {
      say(status, `Expand failed: ${errorText(err)}`, true);
    }
  }

  function collapse(n: NodeData): void {
    const ids = addedBy.get(n.id) ?? [];
    const keep = new Set(state().roots);
    const gone = cy.nodes().filter((x) => ids.includes(x.id()) && !keep.has(x.id()) && !x.hasClass('expanded'));
    gone.remove();
    addedBy.delete(n.id);
    cy.getElementById(n.id).removeClass('expanded');
    afterChange();
    void showEntity(n, actions);
  }

  canvas.onSelect((n) => {
    if ((n?.id ?? null) !== state().node) update({ node: n?.id ?? null }, { replace: true });
    void showEntity(n, actions);
  });

  async function loadChain(s: ViewState): Promise<void> {
    const urls = s.urls.length > 0 ? s.urls : s.caseName !== null ? await fetchCaseUrls(s.caseName) : [];
    byId<HTMLInputElement>('chain-url').value = s.urls[0] ?? '';
    byId<HTMLInputElement>('chain-at').value = s.at?.slice(0, 10) ?? '';
    if (urls.length === 0) {
      byId('chain-card').replaceChildren();
      canvas.show(emptyParts());
      say(status, s.caseName === null ? 'Enter a URL, or open a case.' : `Case ${s.caseName} has no URLs yet.`);
      return;
    }
    say(status, `Reading ${urls.length} chain(s)…`);
    const { chains, missing } = await fetchChains(urls, atMoment(s.at));
    const parts = emptyParts();
    // A name that no longer resolves is drawn as its last known chain; the card says until when.
    for (const c of chains) addChain(parts, c.addresses.length === 0 && c.lastKnown !== null ? { ...c.lastKnown.chain, url: c.url, parties: c.parties } : c);
    canvas.show(parts);
    await chainLayout(cy);
    void showChainCards(byId('chain-card'), chains);
    afterChange();
    if (missing.length > 0) say(status, `${status.textContent ?? ''}; not resolved yet: ${missing.join(', ')}`, true);
  }

  async function loadExplore(s: ViewState): Promise<void> {
    canvas.show(emptyParts());
    addedBy.clear();
    for (const root of s.roots) {
      const { label, key } = splitId(root);
      let { parts, found } = await fetchNeighbourhood(label, key);
      // A party without a known holder is named by its block's key (the hoster report does that).
      if (!found && label === 'Organization') ({ parts, found } = await fetchNeighbourhood('Netblock', key));
      if (!found) say(status, `${root} is not in the graph.`, true);
      canvas.merge(parts);
      const rootId = found && label === 'Organization' && !parts.nodes.has(root) ? `Netblock:${key}` : root;
      cy.getElementById(rootId).addClass('expanded');
      addedBy.set(rootId, [...parts.nodes.keys()].filter((id) => id !== rootId));
    }
    if (s.roots.length === 0) say(status, 'Search for a name, handle, IP, CIDR, AS or e-mail, then open a hit here.');
    else {
      await exploreLayout(cy);
      fitView(cy);
    }
    afterChange();
  }

  return {
    async show(s) {
      const key = JSON.stringify([s.view, s.caseName, s.urls, s.view === 'explore' ? s.roots : [], s.view === 'chain' ? [s.material, s.at] : '']);
      try {
        if (key !== loadedKey) {
          loadedKey = key;
          byId('chain-card-box').hidden = s.view !== 'chain';
          cy.resize();
          await (s.view === 'chain' ? loadChain(s) : loadExplore(s));
        }
        applyFilter(s.hidden);
        if (cy.nodes().nonempty()) sayCount();
        renderNodeList(byId('node-list'), cy, (id) => canvas.select(id), s.hidden);
        const selected = cy.$('node:selected');
        if (s.node !== null && (selected.empty() || selected.id() !== s.node)) canvas.select(s.node);
      } catch (err) {
        loadedKey = '';
        say(status, `Could not draw: ${errorText(err)}`, true);
      }
    },
  };
}
