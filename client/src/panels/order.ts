// One order: what it says, its history, a status change (only the ones its status allows), a
// removal recorded per URL, and its evidence pack; without one, the open orders to follow up.
import { changeOrderStatus, evidencePackHref, fetchOpenOrders, fetchOrder, recordRemoval, type Order, type OrderSummary } from '../api/addressees.ts';
import { may, notForYou } from '../state/may.ts';
import { orderDocuments } from './order-documents.ts';
import { orderSendSection } from './order-send.ts';
import { update } from '../state/url-state.ts';
import { button, byId, cut, el, errorText, say, table } from '../dom.ts';
import { relativeText, timeEl } from '../time-text.ts';
import { orderFollowUp } from './order-follow-up.ts';

const SHORT: Record<string, string> = { 'removal-order': 'Removal order', 'information-demand': 'Demand', 'registrar-request': 'Registrar request' };
const words = (status: string) => status.toLowerCase().replace(/[_-]/g, ' ');

function packLinks(o: Order): HTMLElement {
  const link = (format: 'json' | 'html' | 'pdf', text: string, download: boolean) => {
    const a = el('a', { download: download ? `evidence-pack-${o.id}.${format}` : false, target: download ? false : '_blank', rel: 'noopener' }, text);
    a.href = evidencePackHref(o.id, format);
    return a;
  };
  return el('p', { class: 'pack-links' }, 'Evidence pack: ', link('html', 'open (printable page)', false), ' · ', link('pdf', 'download PDF', true), ' · ', link('json', 'download JSON', true));
}

function statusControl(region: HTMLElement, o: Order, status: HTMLElement): HTMLElement {
  if (o.nextStatuses.length === 0) return el('p', { class: 'hint', id: 'order-final' }, `This order is ${words(o.status)}: that is final, its status does not change any more.`);
  if (!may('change-order')) return el('p', { class: 'hint', id: 'order-status-not-for-you' }, `This order is ${words(o.status)}. ${notForYou('Changing its status', 'change-order')}`);
  const select = el('select', { 'aria-label': 'New status', id: 'order-status-select' }, ...o.nextStatuses.map((s) => el('option', { value: s }, words(s))));
  const note = el('input', { 'aria-label': 'Note', placeholder: 'note (optional)' });
  const change = button('Change status', () => {
    changeOrderStatus(o.id, select.value, note.value.trim() === '' ? null : note.value.trim())
      .then((next) => renderOrder(region, next))
      .catch((err: unknown) => say(status, `Not changed: ${errorText(err)}`, true));
  });
  return el('div', { class: 'toolbar' }, el('span', {}, `From ${words(o.status)} to `), select, note, change);
}

function urlRows(region: HTMLElement, o: Order, status: HTMLElement): (Node | string)[][] {
  const open = !['withdrawn', 'complied'].includes(o.status);
  return o.urls.map((u) => [
    cut(u.url),
    u.removedAt !== null ? timeEl(u.removedAt) : !open || !may('write-case') ? '–' : button('Record removal', () => {
      recordRemoval(o.id, u.url)
        .then((next) => renderOrder(region, next))
        .catch((err: unknown) => say(status, `Not recorded: ${errorText(err)}`, true));
    }, { class: 'secondary', 'aria-label': `Record removal of ${u.url}` }),
  ]);
}

function renderOrder(region: HTMLElement, o: Order): void {
  const status = el('p', { 'aria-live': 'polite' });
  const deadline = o.deadline !== null ? el('span', {}, timeEl(o.deadline, { relative: false }), ` (${relativeText(o.deadline)})`) : o.deadlineHours === null ? null : `${o.deadlineHours} h once sent`;
  const rows: [string, Node | string | null][] = [
    ['Order', o.id], ['Case', o.caseName], ['Instrument', o.instrument], ['Addressee', `${o.addresseeName}${o.addresseeCountry ? ` (${o.addresseeCountry})` : ''}`], ['Status', o.status],
    ['Legal basis', o.legalBasis], ['Deadline', deadline], ['Drafted', el('span', {}, timeEl(o.createdAt), ` by ${o.createdBy}`)],
    ['Suggested rule', o.suggestedRuleId], ['Override reason', o.overrideReason],
  ];
  region.replaceChildren(
    button('← All open orders', () => update({ order: null }), { class: 'secondary' }),
    el('dl', { class: 'kv', id: 'order-summary' }, ...rows.filter(([, v]) => v !== null).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v!)])),
    packLinks(o),
    orderDocuments(o.id),
    orderFollowUp(o),
    table('URLs', ['URL', 'Removed'], urlRows(region, o, status)),
    table('History', ['Status', 'When', 'Who', 'Note'], o.events.map((e) => [e.status, timeEl(e.at), e.by, e.note ?? ''])),
    orderSendSection(o.id, () => void showOrder(o.id)),
    statusControl(region, o, status), status,
  );
}

/** "38 minutes left", "overdue by 2 hours", or how long the deadline will be once sent. */
function timeLeft(o: OrderSummary): HTMLElement | string {
  if (o.deadline === null) return o.deadlineHours === null ? 'no deadline' : `${o.deadlineHours} h once sent`;
  const left = new Date(o.deadline).getTime() - Date.now();
  const text = left >= 0 ? `${relativeText(o.deadline).replace(/^in /, '')} left` : `overdue by ${relativeText(o.deadline).replace(/ ago$/, '')}`;
  return el('span', { class: left >= 0 ? '' : 'bad', title: o.deadline }, text);
}

/** Without a chosen order: the orders still waiting on their addressee, across cases, to follow up. */
async function showOpenOrders(region: HTMLElement): Promise<void> {
  const hint = el('p', { class: 'hint' }, 'Accept a suggestion or override it to draft an order.');
  try {
    const orders = await fetchOpenOrders();
    region.replaceChildren(hint, orders.length === 0 ? el('p', {}, 'No open orders.') : table('Open orders', ['Order', 'Case', 'Addressee', 'Status', 'Time left'], orders.map((o) => [
      button(SHORT[o.instrument] ?? o.instrument, () => update({ order: o.id }), { class: 'secondary', 'aria-label': `Open order ${o.id}`, title: `${o.instrument} drafted ${o.createdAt}` }),
      o.caseName ?? '–', o.addresseeName, words(o.status), timeLeft(o),
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
