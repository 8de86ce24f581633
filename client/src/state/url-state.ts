// All view state lives in the address bar, so any view is a link a person can put in a case file:
// which screen, which case or URLs, which node is selected, what was searched, which order.
export type View = 'cases' | 'chain' | 'explore' | 'addressees' | 'hosters' | 'transparency' | 'admin';

export interface ViewState {
  view: View;
  caseName: string | null;
  urls: string[];
  /** Selected node id (label:key). */
  node: string | null;
  /** Explore roots, as label:key, in the order they were opened. */
  roots: string[];
  /** Explore: kinds hidden by the filter. */
  hidden: string[];
  q: string | null;
  material: 'CSAM' | 'TERRORIST';
  order: string | null;
  job: string | null;
  from: string | null;
  to: string | null;
  /** Bad hosters: the role ranked and the order of the ranking. */
  hosterRole: string | null;
  hosterOrder: string | null;
  /** Chain: the moment to read the chain at (a date or an ISO time); null for now. */
  at: string | null;
  /** Transparency: the year counted. */
  year: string | null;
}

const VIEWS: readonly View[] = ['cases', 'chain', 'explore', 'addressees', 'hosters', 'transparency', 'admin'];

export function readState(search: string = location.search): ViewState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  return {
    view: VIEWS.includes(view as View) ? (view as View) : 'cases',
    caseName: p.get('case'),
    urls: p.getAll('url'),
    node: p.get('node'),
    roots: p.getAll('root'),
    hidden: p.getAll('hide'),
    q: p.get('q'),
    material: p.get('material') === 'TERRORIST' ? 'TERRORIST' : 'CSAM',
    order: p.get('order'),
    job: p.get('job'),
    from: p.get('from'),
    to: p.get('to'),
    hosterRole: p.get('role'),
    hosterOrder: p.get('sort'),
    at: p.get('at'),
    year: p.get('year'),
  };
}

export function writeSearch(s: ViewState): string {
  const p = new URLSearchParams();
  p.set('view', s.view);
  if (s.caseName !== null) p.set('case', s.caseName);
  for (const u of s.urls) p.append('url', u);
  for (const r of s.roots) p.append('root', r);
  for (const h of s.hidden) p.append('hide', h);
  const single: [string, string | null][] = [['node', s.node], ['q', s.q], ['order', s.order], ['job', s.job], ['from', s.from], ['to', s.to], ['role', s.hosterRole], ['sort', s.hosterOrder], ['at', s.at], ['year', s.year]];
  for (const [k, v] of single) if (v !== null && v !== '') p.set(k, v);
  if (s.material !== 'CSAM') p.set('material', s.material);
  return `?${p.toString()}`;
}

type Listener = (s: ViewState, previous: ViewState) => void;
const listeners: Listener[] = [];
let current = readState();

export function state(): ViewState {
  return current;
}

/** Changes the view state; `replace` for small steps (a selection) that should not fill the history. */
export function update(change: Partial<ViewState>, opts: { replace?: boolean } = {}): void {
  const previous = current;
  current = { ...current, ...change };
  const search = writeSearch(current);
  if (search !== location.search) history[opts.replace ? 'replaceState' : 'pushState'](null, '', search);
  for (const l of listeners) l(current, previous);
}

export function onStateChange(listener: Listener): void {
  listeners.push(listener);
}

window.addEventListener('popstate', () => {
  const previous = current;
  current = readState();
  for (const l of listeners) l(current, previous);
});
