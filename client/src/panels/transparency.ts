// The transparency figures of a year, as the authority publishes them: each section's figures in
// sentences first, then every figure in a table, and the same report as CSV and JSON to download.
import { fetchTransparencyReport, type TransparencyReport } from '../api/transparency.ts';
import { button, byId, el, errorText, say, table } from '../dom.ts';
import { download } from '../graph/export.ts';
import { state, update } from '../state/url-state.ts';

/** The year before this one: the one whose report is due. */
export const defaultYear = (now = new Date()) => now.getUTCFullYear() - 1;

function renderReport(region: HTMLElement, r: TransparencyReport): void {
  const save = (ext: 'csv' | 'json', text: string, type: string) => download(`transparency-${r.year}.${ext}`, new Blob([text], { type }));
  region.replaceChildren(
    el('p', {}, `Orders sent in ${r.year} (UTC), counted ${r.asOf.slice(0, 16).replace('T', ' ')} UTC. ${r.urlsAssessed} URLs were put into a case in the year (assessed), whatever their material.`),
    el('div', { class: 'toolbar' },
      button('Download CSV', () => save('csv', r.csv, 'text/csv;charset=utf-8'), { id: 'transparency-csv' }),
      button('Download JSON', () => save('json', r.json, 'application/json'), { id: 'transparency-json' })),
    ...r.sections.map((s) => el('section', { 'aria-labelledby': `transparency-${s.key}-title`, class: 'transparency-section' },
      el('h3', { id: `transparency-${s.key}-title` }, s.title),
      el('ul', { 'aria-label': `${s.title}: in words` }, ...s.sentences.map((x) => el('li', {}, x))),
      table(`${s.title}: every figure`, ['Figure', 'Count', 'Key'], s.figures.map((f) => [f.words, f.count ?? '–', el('code', {}, f.figure)])))),
  );
}

export async function renderTransparency(): Promise<void> {
  const region = byId('transparency');
  const chosen = Number(state().year ?? defaultYear());
  const year = el('input', { type: 'number', id: 'transparency-year', min: '2000', max: '2999', step: '1', value: String(Number.isInteger(chosen) ? chosen : defaultYear()) });
  const out = el('div', { 'aria-live': 'polite' });
  const form = el('form', { class: 'toolbar', 'aria-label': 'The year to count' }, el('label', {}, 'Year ', year), el('button', { type: 'submit' }, 'Show'));
  const load = async () => {
    say(out, 'Counting…');
    try {
      renderReport(out, await fetchTransparencyReport(Number(year.value)));
    } catch (err) {
      say(out, `The figures could not be counted: ${errorText(err)}`, true);
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    update({ year: year.value }, { replace: true });
    void load();
  });
  region.replaceChildren(form, out);
  await load();
}
