// Pick the addressee: the suggestion grouped by instrument and party with its reasons; accept a
// group as it is, or override it with another party or instrument and a reason (recorded).
import { draftOrder, fetchAddressees, instrumentOf, type AddresseeGroup, type Instrument, type Material, type Party } from '../api/addressees.ts';
import { button, byId, el, errorText, say } from '../dom.ts';
import { state, update } from '../state/url-state.ts';
import { showEvidence } from './evidence.ts';

const INSTRUMENT_NAMES: Record<string, string> = { 'removal-order': 'Removal order', 'information-demand': 'Information demand', 'registrar-request': 'Request to the registrar' };

function partyText(p: Party): string {
  return `${p.name} (${p.role}, ${p.country ?? 'country unknown'}${p.inEu === false ? ', outside the EU' : ''})`;
}

function reasonItem(r: AddresseeGroup['reasons'][number]): HTMLElement {
  const evidence = el('div', {});
  return el('li', {},
    el('div', {}, r.text),
    el('div', { class: 'hint' }, `${r.url} at ${r.address} · rule ${r.ruleId}`),
    ...r.evidenceIds.map((id) => button(`Evidence ${id.slice(0, 12)}`, () => void showEvidence(evidence, id), { class: 'secondary', 'aria-label': `Evidence ${id}` })),
    evidence,
  );
}

async function draft(group: AddresseeGroup, material: Material, override: { party: string; instrument: Instrument; reason: string } | null, status: HTMLElement): Promise<void> {
  say(status, 'Drafting…');
  try {
    const order = await draftOrder({
      addresseeKey: override?.party ?? group.addressee.key, instrument: override?.instrument ?? instrumentOf(group.instrument), material, urls: group.urls,
      caseName: state().caseName, suggestedRuleId: override === null ? group.reasons[0]?.ruleId ?? null : null, overrideReason: override?.reason ?? null, note: null,
    });
    say(status, `Drafted order ${order.id}.`);
    update({ order: order.id });
  } catch (err) {
    say(status, `Not drafted: ${errorText(err)}`, true);
  }
}

function overrideForm(group: AddresseeGroup, parties: Party[], material: Material, status: HTMLElement): HTMLElement {
  const party = el('select', { 'aria-label': 'Addressee instead' }, ...parties.map((p) => el('option', { value: p.key, selected: p.key === group.addressee.key }, partyText(p))));
  const instrument = el('select', { 'aria-label': 'Instrument instead' }, ...Object.entries(INSTRUMENT_NAMES).map(([k, v]) => el('option', { value: instrumentOf(k), selected: k === group.instrument }, v)));
  const reason = el('textarea', { rows: '2', required: true, 'aria-label': 'Reason for the override' });
  const form = el('form', { class: 'override', 'aria-label': 'Override the suggestion' },
    el('label', {}, 'Addressee ', party), el('label', {}, 'Instrument ', instrument), el('label', {}, 'Reason (kept with the order) ', reason),
    el('button', { type: 'submit' }, 'Draft with override'));
  form.hidden = true;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (reason.value.trim() === '') return say(status, 'An override needs a reason.', true);
    void draft(group, material, { party: party.value, instrument: instrument.value as Instrument, reason: reason.value.trim() }, status);
  });
  return form;
}

function groupCard(group: AddresseeGroup, parties: Party[], material: Material, index: number): HTMLElement {
  const status = el('p', { 'aria-live': 'polite' });
  const form = overrideForm(group, parties, material, status);
  const title = `${INSTRUMENT_NAMES[group.instrument] ?? group.instrument} to ${group.addressee.name}`;
  return el('article', { class: 'group', 'aria-label': title, 'data-group': String(index) },
    el('h3', {}, title),
    el('p', {}, partyText(group.addressee), group.deadlineHours === null ? '' : ` · deadline ${group.deadlineHours} h`, group.legalBasis === null ? '' : ` · ${group.legalBasis}`),
    el('p', {}, ...group.flags.map((f) => el('span', { class: 'flag' }, f.text))),
    el('p', {}, 'Abuse contacts: ', group.addressee.abuseContacts.join(', ') || 'none known'),
    el('details', {}, el('summary', {}, `${group.urls.length} URL(s)`), el('ul', {}, ...group.urls.map((u) => el('li', {}, u)))),
    el('details', { open: true }, el('summary', {}, 'Why'), el('ul', {}, ...group.reasons.map(reasonItem))),
    el('div', { class: 'toolbar' },
      button('Accept and draft', () => void draft(group, material, null, status), { class: 'accept' }),
      button('Override…', () => (form.hidden = !form.hidden), { class: 'secondary' })),
    form, status,
  );
}

export async function renderAddressees(): Promise<void> {
  const s = state();
  const region = byId('addr-groups');
  const status = byId('addr-status');
  byId<HTMLInputElement>('addr-case').value = s.caseName ?? '';
  byId<HTMLSelectElement>('addr-material').value = s.material;
  if (s.caseName === null && s.urls.length === 0) return void region.replaceChildren(el('p', { class: 'hint' }, 'Name a case to see who should receive the order.'));
  say(status, 'Reading the chains and the rules…');
  try {
    const r = await fetchAddressees({ caseName: s.caseName ?? undefined, urls: s.caseName === null ? s.urls : undefined, material: s.material });
    const parties = [...new Map(r.groups.flatMap((g) => [g.addressee, ...g.flags.map((f) => f.party)]).map((p) => [p.key, p])).values()];
    say(status, `${r.groups.length} group(s).${r.unresolved.length > 0 ? ` Without a chain yet: ${r.unresolved.join(', ')}` : ''}`);
    region.replaceChildren(...r.groups.map((g, i) => groupCard(g, parties, s.material, i)));
  } catch (err) {
    say(status, `No suggestion: ${errorText(err)}`, true);
  }
}

export function wireAddresseeForm(): void {
  byId<HTMLFormElement>('addr-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const caseName = byId<HTMLInputElement>('addr-case').value.trim();
    update({ caseName: caseName === '' ? null : caseName, material: byId<HTMLSelectElement>('addr-material').value as Material, order: null });
  });
}
