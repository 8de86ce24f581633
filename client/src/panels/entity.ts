// The selected node: what the canvas knows, every fact the graph holds on it, and for each
// fact a button that opens its evidence.
import { fetchEntity, type Fact } from '../api/entity.ts';
import { button, byId, el, errorText } from '../dom.ts';
import { countryWithSource, KIND_NAMES, type NodeData } from '../graph/node-data.ts';
import { showEvidence } from './evidence.ts';

export interface EntityActions {
  expand(node: NodeData): void;
  collapse(node: NodeData): void;
  canCollapse(node: NodeData): boolean;
}

function summary(n: NodeData): HTMLElement {
  const rows: [string, string | undefined][] = [['Kind', KIND_NAMES[n.kind]], ['Key', n.key], ['Role', n.role], ['Country', n.country === undefined ? undefined : countryWithSource(n.country, n.countryFrom)], ['Handle', n.detail], ['Fronted by a CDN', n.cdn === 'yes' ? 'yes' : undefined], ['Orders', n.record]];
  if (n.eu === 'non-eu') rows.push(['Note', 'outside the EU']);
  return el('dl', { class: 'kv' }, ...rows.filter(([, v]) => v !== undefined).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v!)]));
}

function factRow(nodeId: string, f: Fact, evidence: HTMLElement): HTMLElement {
  const outgoing = f.sourceId === nodeId;
  const other = outgoing ? f.targetId : f.sourceId;
  const when = [f.source && `from ${f.source}`, f.firstSeen && `first seen ${f.firstSeen}`, f.lastSeen && `last seen ${f.lastSeen}`, f.endedAt && `ended ${f.endedAt}`].filter(Boolean).join(', ');
  return el('li', { class: 'fact' },
    el('div', {}, `${outgoing ? '' : '← '}${f.displayName} ${outgoing ? '→ ' : ''}${other}`),
    el('div', { class: 'hint' }, when),
    f.evidenceId === null ? null : button('Evidence', () => void showEvidence(evidence, f.evidenceId!), { class: 'secondary', 'aria-label': `Evidence of ${f.displayName} ${other}` }),
  );
}

function properties(list: { name: string; value: string }[]): HTMLElement {
  return el('details', {}, el('summary', {}, `Properties (${list.length})`), el('dl', { class: 'kv' }, ...list.flatMap((p) => [el('dt', {}, p.name), el('dd', {}, p.value)])));
}

export async function showEntity(n: NodeData | null, actions: EntityActions): Promise<void> {
  const title = byId('entity-title');
  const region = byId('entity');
  const evidence = byId('evidence');
  if (n === null) {
    title.textContent = 'Nothing selected';
    region.replaceChildren();
    evidence.replaceChildren(el('p', { class: 'hint' }, 'Select a node to see the facts and the answers they come from.'));
    return;
  }
  title.textContent = n.name;
  const tools = el('div', { class: 'toolbar' },
    button('Expand', () => actions.expand(n), { class: 'secondary', id: 'entity-expand' }),
    actions.canCollapse(n) ? button('Collapse', () => actions.collapse(n), { class: 'secondary', id: 'entity-collapse' }) : null,
  );
  const facts = el('ul', { class: 'plain', id: 'entity-facts', 'aria-label': 'Facts' }, el('li', { class: 'hint' }, 'Loading facts…'));
  const props = el('div', {});
  region.replaceChildren(summary(n), tools, props, el('h3', {}, 'Facts'), facts);
  evidence.replaceChildren();
  if (n.evidenceId !== undefined) void showEvidence(evidence, n.evidenceId);
  try {
    const entity = await fetchEntity(n.label, n.key);
    const list = entity?.facts ?? [];
    if (entity !== null && entity.properties.length > 0) props.replaceChildren(properties(entity.properties));
    facts.replaceChildren(...(list.length === 0 ? [el('li', { class: 'hint' }, 'No facts recorded on this node.')] : list.map((f) => factRow(n.id, f, evidence))));
  } catch (err) {
    facts.replaceChildren(el('li', { class: 'bad' }, `Facts could not be read: ${errorText(err)}`));
  }
}
