// One order: what it says, its history, a status change, and its evidence pack.
import { changeOrderStatus, evidencePackHref, fetchOpenOrders, fetchOrder, ORDER_STATUSES, type Order } from '../api/addressees.ts';
import { update } from '../state/url-state.ts';
import { button, byId, el, errorText, say, table } from '../dom.ts';

function packLinks(o: Order): HTMLElement {
  const link = (format: 'json' | 'html' | 'pdf', text: string, download: boolean) => {
    const a = el('a', { download: download ? `evidence-pack-${o.id}.${format}` : false, target: download ? false : '_blank', rel: 'noopener' }, text);
    a.href = evidencePackHref(o.id, format);
    return a;
  };
  return el('p', { class: 'pack-links' }, 'Evidence pack: ', link('html', 'open (printable page)', false), ' · ', link('pdf', 'download PDF', true), ' · ', link('json', 'download JSON', true));
}

function renderOrder(region: HTMLElement, o: Order): void {
  const select = el('select', { 'aria-label': 'New status', id: 'order-status-select' }, ...ORDER_STATUSES.map((s) => el('option', { value: s, selected: s === o.status.toUpperCase().replace(/-/g, '_') }, s.toLowerCase().replace(/_/g, ' '))));
  const note = el('input', { 'aria-label': 'Note', placeholder: 'note (optional)' });
  const status = el('p', { 'aria-live': 'polite' });
  const change = button('Change status', () => {
    changeOrderStatus(o.id, select.value, note.value.trim() === '' ? null : note.value.trim())
      .then((next) => renderOrder(region, next))
      .catch((err: unknown) => say(status, `Not changed: ${errorText(err)}`, true));
  });
  const rows: [string, string | null][] = [
    ['Order', o.id], ['Instrument', o.instrument], ['Addressee', `${o.addresseeName}${o.addresseeCountry ? ` (${o.addresseeCountry})` : ''}`], ['Status', o.status],
    ['Legal basis', o.legalBasis], ['Deadline', o.deadline ?? (o.deadlineHours === null ? null : `${o.deadlineHours} h once sent`)], ['Drafted', `${o.createdAt} by ${o.createdBy}`],
    ['Suggested rule', o.suggestedRuleId], ['Override reason', o.overrideReason],
  ];
  region.replaceChildren(
    button('← All open orders', () => update({ order: null }), { class: 'secondary' }),
    el('dl', { class: 'kv', id: 'order-summary' }, ...rows.filter(([, v]) => v !== null).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v!)])),
    packLinks(o),
    table('URLs', ['URL', 'Removed'], o.urls.map((u) => [u.url, u.removedAt ?? '–'])),
    table('History', ['Status', 'When', 'Who', 'Note'], o.events.map((e) => [e.status, e.at, e.by, e.note ?? ''])),
    el('div', { class: 'toolbar' }, select, note, change), status,
  );
}

/** Without a chosen order: the orders still waiting on their addressee, across cases, to follow up. */
async function showOpenOrders(region: HTMLElement): Promise<void> {
  const hint = el('p', { class: 'hint' }, 'Accept a suggestion or override it to draft an order.');
  try {
    const orders = await fetchOpenOrders();
    region.replaceChildren(hint, orders.length === 0 ? el('p', {}, 'No open orders.') : table('Open orders', ['Order', 'Addressee', 'Status', 'Deadline'], orders.map((o) => [
      button(`${o.instrument} of ${o.createdAt.slice(0, 10)}`, () => update({ order: o.id }), { class: 'secondary', 'aria-label': `Open order ${o.id}` }), o.addresseeName, o.status, o.deadline ?? '–',
    ])));
  } catch (err) {
    region.replaceChildren(hint, el('p', { class: 'bad' }, `Orders could not be read: ${errorText(err)}`));
  }
}

export async function showOrder(id: string | null): Promise<void> {
  const region = byId('order');
  if (id === null) return showOpenOrders(region);
  try {
    const o = await fetchOrder(id);
    if (o === null) return void say(region, `Order ${id} not found.`, true);
    renderOrder(region, o);
  } catch (err) {
    say(region, `Order could not be read: ${errorText(err)}`, true);
  }
}
