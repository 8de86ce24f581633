// One answer from a source, as the person checks it: who was asked, where, when, what came
// back (as text, in a <pre> via textContent, never rendered) and its SHA-256.
import { fetchEvidence, type Evidence } from '../api/entity.ts';
import { el, errorText } from '../dom.ts';

function kv(rows: [string, string | number | null][]): HTMLElement {
  return el('dl', { class: 'kv' }, ...rows.filter(([, v]) => v !== null && v !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

export function renderEvidence(e: Evidence): HTMLElement {
  const raw = el('pre', { class: 'raw', tabindex: '0', 'aria-label': 'Raw response as received' });
  raw.textContent = e.rawText ?? (e.rawPath === null ? '(no raw text stored)' : `(kept as a file: ${e.rawPath})`);
  return el('section', { class: 'evidence', 'aria-label': `Evidence ${e.id}` },
    kv([['Source', e.source], ['Server', e.server], ['Address contacted', e.serverAddress], ['Query', e.query], ['Observed', e.observedAt], ['Status', e.status], ['Error', e.error], ['SHA-256', e.sha256], ['Bytes', e.byteLength]]),
    e.rawTextTruncated ? el('p', { class: 'hint' }, 'Only the first 256 KiB are shown.') : null,
    el('h4', {}, 'Raw response'),
    raw,
  );
}

/** Loads one piece of evidence into `region`. */
export async function showEvidence(region: HTMLElement, id: string): Promise<void> {
  region.replaceChildren(el('p', { class: 'hint' }, `Loading evidence ${id}…`));
  try {
    const e = await fetchEvidence(id);
    region.replaceChildren(e === null ? el('p', { class: 'bad' }, `Evidence ${id} not found.`) : renderEvidence(e));
  } catch (err) {
    region.replaceChildren(el('p', { class: 'bad' }, `Evidence ${id} could not be read: ${errorText(err)}`));
  }
}
