// Pick the addressee: the suggestion grouped by instrument and party with its reasons; accept a
// group as it is, or override it with any party on the chain or another instrument and a reason
// (recorded); the parties passed over, with why; domains marked as dedicated to the material.
import { draftOrder, fetchAddressees, instrumentOf, RefusedError, type AddresseeGroup, type Instrument, type Material, type Party, type Suggestion } from '../api/addressees.ts';
import { button, byId, cut, el, errorText, say } from '../dom.ts';
import { state, update } from '../state/url-state.ts';
import { showEvidence } from './evidence.ts';
import { may, notForYou } from '../state/may.ts';

const INSTRUMENT_NAMES: Record<string, string> = { 'removal-order': 'Removal order', 'information-demand': 'Information demand', 'registrar-request': 'Request to the registrar' };

/** Domains the person marked as dedicated to the material, per case (kept while the page is open). */
const dedicated = new Map<string, Set<string>>();
const dedicatedOf = (key: string) => dedicated.get(key) ?? dedicated.set(key, new Set()).get(key)!;

function partyText(p: Party): string {
  return `${p.name} (${p.role}, ${p.country ?? 'country unknown'}${p.inEu === false ? ', outside the EU' : ''})`;
}

type Reason = AddresseeGroup['reasons'][number];

/** The same sentence is said once, "for 12 URLs", with the evidence of all of them. */
function reasonItems(reasons: Reason[]): HTMLElement[] {
  const byText = new Map<string, Reason[]>();
  for (const r of reasons) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  return [...byText.entries()].map(([text, rs]) => {
    const evidence = el('div', {});
    const urls = [...new Set(rs.map((r) => r.url))];
    const ids = [...new Set(rs.flatMap((r) => r.evidenceIds))];
    return el('li', {},
      el('div', {}, urls.length > 1 ? `For ${urls.length} URLs: ${text}` : text),
      el('div', { class: 'hint' }, urls.length > 1 ? `rule ${rs[0]!.ruleId}` : `${rs[0]!.url} at ${rs[0]!.address} · rule ${rs[0]!.ruleId}`),
      ...ids.map((id) => button(`Evidence ${id.slice(0, 12)}`, () => void showEvidence(evidence, id), { class: 'secondary', 'aria-label': `Evidence ${id}` })),
      evidence,
    );
  });
}

interface Override { party: string; instrument: Instrument; reason: string }

async function draft(group: AddresseeGroup, material: Material, override: Override | null, status: HTMLElement, allowDuplicate = false): Promise<void> {
  say(status, 'Drafting…');
  try {
    const order = await draftOrder({
      addresseeKey: override?.party ?? group.addressee.key, instrument: override?.instrument ?? instrumentOf(group.instrument), material, urls: group.urls,
      caseName: state().caseName, suggestedRuleId: override === null ? group.reasons[0]?.ruleId ?? null : null, overrideReason: override?.reason ?? null, note: null, allowDuplicate,
    });
    say(status, `Drafted order ${order.id}.`);
    update({ order: order.id });
  } catch (err) {
    if (err instanceof RefusedError && err.code === 'DUPLICATE') {
      say(status, `Not drafted: ${err.message}`, true);
      status.append(' ', button('Draft a second order anyway', () => void draft(group, material, override, status, true), { class: 'secondary' }));
      return;
    }
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
    el('details', {}, el('summary', {}, `${group.urls.length} URL(s)`), el('ul', {}, ...group.urls.map((u) => el('li', {}, cut(u))))),
    el('details', { open: true }, el('summary', {}, 'Why'), el('ul', {}, ...reasonItems(group.reasons))),
    may('create-order')
      ? el('div', { class: 'toolbar' },
        button('Accept and draft', () => void draft(group, material, null, status), { class: 'accept' }),
        may('override-suggestion') ? button('Override…', () => (form.hidden = !form.hidden), { class: 'secondary' }) : null)
      : el('p', { class: 'hint' }, notForYou('Drafting an order', 'create-order')),
    form, status,
  );
}

function skippedSection(r: Suggestion): HTMLElement | null {
  if (r.skipped.length === 0) return null;
  return el('section', { class: 'skipped', 'aria-label': 'Parties not addressed' },
    el('h3', {}, 'Not addressed, and why'),
    el('ul', {}, ...r.skipped.map((s) => el('li', {}, el('strong', {}, s.party.name), ` (${s.party.role}): ${s.text}`, s.urls.length > 1 ? el('span', { class: 'hint' }, ` For ${s.urls.length} URLs.`) : ''))));
}

function dedicatedSection(r: Suggestion, key: string): HTMLElement | null {
  if (r.domains.length === 0) return null;
  const marked = dedicatedOf(key);
  return el('fieldset', { class: 'dedicated' },
    el('legend', {}, 'Domains dedicated to the material (their registrar is addressed too)'),
    ...r.domains.map((d) => {
      const box = el('input', { type: 'checkbox', checked: marked.has(d), 'aria-label': `${d} is dedicated to the material` });
      box.addEventListener('change', () => {
        if (box.checked) marked.add(d);
        else marked.delete(d);
        void renderAddressees();
      });
      return el('label', { class: 'check' }, box, ` ${d}`);
    }));
}

export async function renderAddressees(): Promise<void> {
  const s = state();
  const region = byId('addr-groups');
  const status = byId('addr-status');
  byId<HTMLInputElement>('addr-case').value = s.caseName ?? '';
  byId<HTMLSelectElement>('addr-material').value = s.material;
  if (s.caseName === null && s.urls.length === 0) return void region.replaceChildren(el('p', { class: 'hint' }, 'Name a case to see who should receive the order.'));
  const key = s.caseName ?? s.urls.join(' ');
  say(status, 'Reading the chains and the rules…');
  try {
    const r = await fetchAddressees({ caseName: s.caseName ?? undefined, urls: s.caseName === null ? s.urls : undefined, material: s.material, dedicatedDomains: [...dedicatedOf(key)] });
    say(status, `${r.groups.length} group(s).${r.unresolved.length > 0 ? ` Without a chain yet: ${r.unresolved.join(', ')}` : ''}`);
    const parties = [...new Map([...r.parties, ...r.groups.map((g) => g.addressee)].map((p) => [p.key, p])).values()];
    region.replaceChildren(...[dedicatedSection(r, key), ...r.groups.map((g, i) => groupCard(g, parties, s.material, i)), skippedSection(r)].filter((x): x is HTMLElement => x !== null));
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
