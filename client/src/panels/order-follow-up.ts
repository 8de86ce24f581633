// The follow-up of one order, on the order panel: when its URLs were last re-resolved, what was
// found in words ("shop.example moved from A to B on …, evidence …"), the URLs whose last lookup
// was not answered (which concludes nothing), a "Draft a new order to <hoster>" button after a
// move, and the addressee's enforcement file.
import { draftOrder, type Instrument, type Material } from '../api/addressees.ts';
import { enforcementFileHref, fetchFollowUp, runFollowUp, type OrderFollowUp } from '../api/follow-up.ts';
import { may } from '../state/may.ts';
import { update } from '../state/url-state.ts';
import { button, el, errorText, say } from '../dom.ts';
import { timeEl } from '../time-text.ts';

const OPEN = ['sent', 'acknowledged', 'late', 'not-complied'];
const enumOf = <T extends string>(v: string) => v.toUpperCase().replaceAll('-', '_') as T;

/** Links to the addressee's enforcement file (PDF to attach to a penalty decision, and text). */
export function enforcementLinks(partyKey: string, partyName: string): HTMLElement {
  const link = (format: 'pdf' | 'txt', text: string) => {
    const a = el('a', { download: format === 'pdf' ? 'enforcement-file.pdf' : false, target: format === 'txt' ? '_blank' : false, rel: 'noopener', 'aria-label': `${text} of ${partyName}` }, text);
    a.href = enforcementFileHref(partyKey, format);
    return a;
  };
  return el('p', { class: 'enforcement-links' }, `Enforcement file of ${partyName}: `, link('pdf', 'download PDF'), ' · ', link('txt', 'open as text'));
}

function newOrderButton(orderId: string, f: OrderFollowUp, status: HTMLElement): HTMLElement | null {
  const s = f.followUp.suggestedNewOrder;
  if (s === null || !may('create-order') || (s.ruleId === null && !may('override-suggestion'))) return null;
  return button(`Draft a new order to ${s.addresseeName}`, () => {
    const why = `the material moved to ${s.addresseeName} (follow-up of order ${orderId})`;
    draftOrder({
      addresseeKey: s.addresseeKey, instrument: enumOf<Instrument>(s.instrument), material: enumOf<Material>(f.material ?? 'terrorist'), urls: s.urls, caseName: f.caseName,
      suggestedRuleId: s.ruleId, overrideReason: s.ruleId === null ? why : null, note: why,
    })
      .then((o) => update({ order: o.id }))
      .catch((err: unknown) => say(status, `Not drafted: ${errorText(err)}`, true));
  }, { id: 'follow-up-new-order' });
}

function render(section: HTMLElement, o: { id: string; status: string }, f: OrderFollowUp): void {
  const status = el('p', { 'aria-live': 'polite' });
  const fu = f.followUp;
  const checked = fu.lastCheckedAt === null ? el('p', { class: 'hint' }, OPEN.includes(o.status) ? 'Not followed up yet: its URLs are resolved again on a schedule while it is open.' : 'Followed up only while it is open (sent until complied).') : el('p', {}, 'Last checked ', timeEl(fu.lastCheckedAt), '.');
  const findings = fu.findings.length === 0 ? (fu.lastCheckedAt === null ? null : el('p', {}, 'Nothing changed since it was sent.')) : el('ul', { id: 'follow-up-findings' }, ...fu.findings.map((x) => el('li', { class: x.kind }, x.words)));
  const silent = fu.notAnswered.length === 0 ? null : el('ul', { class: 'hint' }, ...fu.notAnswered.map((c) => el('li', {}, `${c.url}: not answered at ${c.at} (${c.asked ?? 'lookup failed'}); nothing is concluded from it.`)));
  const now = OPEN.includes(o.status) && may('write-case') ? button('Check now', () => {
    say(status, 'Resolving its URLs again (DNS, registry and routing only)…');
    runFollowUp(o.id).then(() => showFollowUp(section, o)).catch((err: unknown) => say(status, `Not checked: ${errorText(err)}`, true));
  }, { class: 'secondary' }) : null;
  section.replaceChildren(el('h3', {}, 'Follow-up'), checked, findings ?? '', silent ?? '', el('div', { class: 'toolbar' }, newOrderButton(o.id, f, status) ?? '', now ?? ''), status);
}

async function showFollowUp(section: HTMLElement, o: { id: string; status: string }): Promise<void> {
  try {
    const f = await fetchFollowUp(o.id);
    if (f !== null) render(section, o, f);
  } catch (err) {
    section.replaceChildren(el('h3', {}, 'Follow-up'), el('p', { class: 'bad' }, `The follow-up could not be read: ${errorText(err)}`));
  }
}

/** The follow-up section of an order panel; it fills itself. */
export function orderFollowUp(o: { id: string; status: string; addresseeKey: string; addresseeName: string }): HTMLElement {
  const section = el('section', { id: 'order-follow-up', 'aria-label': 'Follow-up' });
  const wrap = el('div', {}, section, enforcementLinks(o.addresseeKey, o.addresseeName));
  void showFollowUp(section, o);
  return wrap;
}
