// The states of a chain in words, for its card: the moment it is read at, what the DNS answered
// when the name gave no address, the domain's registry states (and the last registrar), the last
// known chain when the name stopped resolving, and the hosting history of the name with its moves.
// "No answer" is never shown as "nothing there": a failed lookup says so and that facts are kept.
import { fetchHostingTimeline, type HostingPeriod, type UrlChain } from '../api/chain.ts';
import { el, errorText } from '../dom.ts';
import { dateText, timeEl } from '../time-text.ts';

/** Lines about the name and the domain, empty when there is nothing to say. */
export function stateLines(chain: UrlChain): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (chain.at !== null) out.push(el('p', { class: 'note' }, 'As it was on ', timeEl(chain.at, { relative: false }), ' (the facts in force then).'));
  for (const s of chain.dnsStates) out.push(el('p', { class: 'state', 'data-state': s.state }, `${s.name} (${s.recordType ?? 'any'}): ${s.words}, since `, timeEl(s.since, { relative: false })));
  const d = chain.domain;
  for (const s of d?.states ?? []) {
    if (s.state === 'registered') continue;
    const until = d?.stateUntil && s.state !== 'registered' ? ` until ${d.stateUntil}` : '';
    out.push(el('p', { class: 'state', 'data-state': s.state }, `${d?.domain}: ${s.words}${until}; stated `, timeEl(s.since, { relative: false })));
  }
  if (d?.registrarIsLast && d.registrar !== null) out.push(el('p', { class: 'state' }, `The registry names ${d.registrar} as the last registrar of ${d.domain}.`));
  if (d?.registrar === null && d.lastRegistrar !== null) out.push(el('p', { class: 'state' }, `No registration in force; the last registrar was ${d.lastRegistrar.name}, until `, timeEl(d.lastRegistrar.endedAt, { relative: false }), '.'));
  if (chain.lastKnown !== null) {
    const addresses = chain.lastKnown.chain.addresses.map((a) => a.address).join(', ');
    out.push(el('p', { class: 'state last-known' }, 'The name no longer resolves. Shown is the last known chain (', addresses, '), in force until ', timeEl(chain.lastKnown.endedAt, { relative: false }), ': its hoster is the hoster of record.'));
  }
  return out;
}

function periodItem(p: HostingPeriod): HTMLElement {
  const who = !p.resolved ? 'no address: the name did not resolve' : p.hosters.length === 0 ? `hoster unknown (${p.addresses.join(', ')})` : `${p.hosters.map((h) => `${h.name}${h.country ? ` [${h.country}]` : ''}`).join(', ')} (${p.addresses.join(', ')})`;
  return el('li', { class: p.resolved ? 'period' : 'period gap' }, timeEl(p.from, { relative: false }), ' – ', p.to === null ? 'now' : timeEl(p.to, { relative: false }), `: ${who}`);
}

/** The hosting history of the card's URL, read when the reader opens it. */
export function hostingHistory(url: string): HTMLElement {
  const list = el('ol', { class: 'plain timeline', 'aria-label': 'Hosting history' }, el('li', { class: 'hint' }, 'Reading the hosting history…'));
  const box = el('details', { class: 'history' }, el('summary', {}, 'Hosting history: who hosted it when'), list);
  let asked = false;
  box.addEventListener('toggle', () => {
    if (!box.open || asked) return;
    asked = true;
    fetchHostingTimeline(url)
      .then((periods) => {
        const moves = periods.filter((p) => p.resolved).length - 1;
        const summary = el('li', { class: 'hint' }, periods.length === 0 ? 'No dated facts yet.' : `${periods.length} period(s) since ${dateText(periods[0]!.from)}${moves > 0 ? `; ${moves} change(s) of hoster or address` : ''}.`);
        list.replaceChildren(summary, ...periods.map(periodItem));
      })
      .catch((err: unknown) => list.replaceChildren(el('li', { class: 'bad' }, `The hosting history could not be read: ${errorText(err)}`)));
  });
  return box;
}
