// Bad hosters: parties ranked by volume, removal speed and re-uploads over a chosen period, the
// volume per month and the time-to-removal distribution; a row opens that party in Explore.
import { fetchHosterReport, type HosterOrder, type HosterReport, type HosterRole, type HosterRow } from '../api/hosters.ts';
import { button, byId, el, errorText, present, say, table } from '../dom.ts';
import { barChart } from '../graph/charts.ts';
import { nodeId } from '../graph/node-data.ts';
import { state, update } from '../state/url-state.ts';
import { enforcementFileHref } from '../api/follow-up.ts';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const hours = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} h`);

function defaultPeriod(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 24 * 3600 * 1000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The end of the period as the report reads it (before this instant): the day after the chosen last day, so that day counts. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
}

/** The party's graph node: an AS by number, else its organisation (block keys open as netblocks). */
export function partyNodeId(partyKey: string): string {
  const as = /^AS(\d+)$/.exec(partyKey);
  return as !== null ? nodeId('AutonomousSystem', as[1]!) : nodeId('Organization', partyKey);
}

/** The party's enforcement file (PDF), for a party that received orders. */
function enforcementFileLink(key: string, name: string): HTMLElement {
  const a = el('a', { download: 'enforcement-file.pdf', 'aria-label': `Enforcement file of ${name} (PDF)` }, 'enforcement file');
  a.href = enforcementFileHref(key, 'pdf');
  return a;
}

function rowCells(r: HosterRow): (Node | string | number)[] {
  const open = button(r.name, () => update({ view: 'explore', roots: [partyNodeId(r.partyKey)], node: partyNodeId(r.partyKey) }), { class: 'secondary', 'aria-label': `Open ${r.name} in the graph` });
  const orders = `${r.orders.received} (${r.orders.late} late)`;
  return [r.rank, open, r.country ?? '??', r.urls, pct(r.shareOfUrls), hours(r.speed.medianRemovalHours), pct(r.speed.removedWithin24hShare), pct(r.speed.onlineAfter48hShare), r.urlReuploads + r.domainReuploads, r.domainsReceived, r.orders.received === 0 ? orders : el('span', {}, orders, ' ', enforcementFileLink(r.partyKey, r.name))];
}

function renderReport(region: HTMLElement, rep: HosterReport): void {
  if (rep.rowCount === 0) return void region.replaceChildren(el('p', { class: 'hint', id: 'hosters-empty' }, 'No data yet for this period: import the hotline\'s takedown notices first (hostchain import notices).'));
  const t = rep.totals;
  region.replaceChildren(...present(
    el('p', {}, `${t.urls} URLs reported (${t.notices} notices, ${t.domains} domains). The top ${rep.topN} carry ${rep.topUrls} URLs (${pct(rep.topShare)}). Removed within 24 h: ${pct(t.speed.removedWithin24hShare)}; online after 48 h: ${pct(t.speed.onlineAfter48hShare)}.`),
    t.unattributedUrls > 0 ? el('p', { class: 'hint' }, `${t.unattributedUrls} URLs had no known party at the time of their notice.`) : null,
    el('div', { class: 'charts' },
      barChart('Reported URLs per month', rep.months.map((m) => ({ label: m.month, value: m.urls })), 'URLs'),
      barChart('Time to removal (hours after the notice)', t.speed.distribution.map((b) => ({ label: b.toHours === null ? `>${b.fromHours}` : `≤${b.toHours}`, value: b.urls })), 'URLs')),
    table('Ranking', ['#', 'Party', 'Country', 'URLs', 'Share', 'Median removal', 'Removed ≤ 24 h', 'Online ≥ 48 h', 'Re-uploads', 'Domains moved in', 'Orders'], rep.rows.map(rowCells)),
  ));
}

export async function renderHosters(): Promise<void> {
  const s = state();
  const period = { ...defaultPeriod(), ...(s.from !== null ? { from: s.from } : {}), ...(s.to !== null ? { to: s.to } : {}) };
  const region = byId('hosters');
  const from = el('input', { type: 'date', value: period.from, id: 'hosters-from' });
  const to = el('input', { type: 'date', value: period.to, id: 'hosters-to' });
  const role = el('select', { id: 'hosters-role' }, ...(['HOSTER', 'RESELLER', 'LESSOR', 'UPSTREAM', 'ORIGIN'] as HosterRole[]).map((r) => el('option', { value: r }, r.toLowerCase())));
  const order = el('select', { id: 'hosters-order' }, ...([['URLS', 'volume'], ['ONLINE_AFTER_48H', 'slowest removal'], ['REUPLOADS', 're-uploads'], ['DOMAINS_RECEIVED', 'domains moved in']] as [HosterOrder, string][]).map(([v, t]) => el('option', { value: v }, t)));
  if (s.hosterRole !== null && [...role.options].some((o) => o.value === s.hosterRole)) role.value = s.hosterRole;
  if (s.hosterOrder !== null && [...order.options].some((o) => o.value === s.hosterOrder)) order.value = s.hosterOrder;
  const out = el('div', { 'aria-live': 'polite' });
  const form = el('form', { class: 'toolbar', 'aria-label': 'Period' }, el('label', {}, 'From ', from), el('label', {}, 'To ', to), el('label', {}, 'Role ', role), el('label', {}, 'Order by ', order), el('button', { type: 'submit' }, 'Show'));
  const load = async () => {
    say(out, 'Counting…');
    try {
      renderReport(out, await fetchHosterReport({ from: `${from.value}T00:00:00Z`, to: dayAfter(to.value), role: role.value as HosterRole, orderBy: order.value as HosterOrder }));
    } catch (err) {
      say(out, `No data yet: ${errorText(err)}`, true);
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    update({ from: from.value, to: to.value, hosterRole: role.value, hosterOrder: order.value }, { replace: true });
    void load();
  });
  region.replaceChildren(form, out);
  await load();
}
