// Search (name, handle, IP, CIDR, AS, e-mail); a hit opens in Explore, added to what is there.
import { search, type SearchHit } from '../api/search.ts';
import { byId, el, errorText, say } from '../dom.ts';
import { KIND_NAMES, kindOf, nodeId } from '../graph/node-data.ts';
import { state, update } from '../state/url-state.ts';

/** A hit in words: "AS64500 · Example Upstream", "Example Reseller Ltd · Party (organisation)". */
export function hitText(h: SearchHit): string {
  if (h.label === 'AutonomousSystem') return `AS${h.key}${h.name !== null && h.name !== h.key ? ` · ${h.name}` : ''}`;
  const detail = h.detail !== null && h.detail !== h.name ? ` (${h.detail})` : '';
  return `${h.name ?? h.key} · ${KIND_NAMES[kindOf(h.label)]}${detail}`;
}

export async function runSearch(text: string): Promise<void> {
  const region = byId('search-results');
  say(region, 'Searching…');
  try {
    const hits = await search(text);
    if (hits.length === 0) return say(region, `Nothing found for “${text}”.`);
    region.replaceChildren(el('ul', { class: 'plain', 'aria-label': 'Search results' }, ...hits.map((h) => {
      const id = nodeId(h.label, h.key);
      const b = el('button', { type: 'button' }, hitText(h));
      b.addEventListener('click', () => update({ view: 'explore', roots: [...state().roots.filter((r) => r !== id), id], node: id }));
      return el('li', {}, b);
    })));
  } catch (err) {
    say(region, `Search failed: ${errorText(err)}`, true);
  }
}

export function wireSearch(): void {
  const input = byId<HTMLInputElement>('search-text');
  byId<HTMLFormElement>('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (text === '') return;
    update({ q: text }, { replace: true });
    void runSearch(text);
  });
  // "/" jumps to search from anywhere but a text field.
  document.addEventListener('keydown', (ev) => {
    const t = ev.target as HTMLElement;
    if (ev.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) {
      ev.preventDefault();
      input.focus();
    }
  });
}
