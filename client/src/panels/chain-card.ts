// The chain as text beside the canvas, one card per URL: URL → host → address → CDN → hoster →
// reseller(s) → upstream → origin AS → transit, then registrar; each party with its role, country
// (and the record the country came from, which is the one the EU rule used), abuse contacts, and
// the suggested addressee and instrument marked. Legal staff read who gets the order here
// without the canvas. Everything from WHOIS/RDAP goes in as text.
import { fetchAddressees, type AddresseeGroup, type Material } from '../api/addressees.ts';
import type { ChainParty, UrlChain } from '../api/chain.ts';
import { el, errorText } from '../dom.ts';
import { state } from '../state/url-state.ts';
import { hostingHistory, stateLines } from './chain-states.ts';

// The order a person reads a chain in: from the site outwards to the network that routes it.
const ROLE_ORDER = ['cdn', 'hoster', 'reseller', 'lessor', 'upstream', 'origin', 'transit', 'registry', 'registrar', 'domain_reseller'];

const ROLE_NAMES: Record<string, string> = {
  cdn: 'CDN in front', hoster: 'Hoster', reseller: 'Reseller', lessor: 'Lessor', upstream: 'Upstream', origin: 'Origin AS',
  transit: 'Transit', registry: 'Registry', registrar: 'Registrar', domain_reseller: 'Domain reseller',
};

const COUNTRY_FROM: Record<string, string> = { organisation: "the holder's registered address", block: 'the registry block', as: 'the AS registration' };

const INSTRUMENTS: Record<string, string> = { 'removal-order': 'Removal order', 'information-demand': 'Information demand', 'registrar-request': 'Request to the registrar' };

export const MATERIAL_NAMES: Record<Material, string> = { CSAM: 'child sexual abuse material', TERRORIST: 'terrorist content' };

function roleRank(role: string): number {
  const i = ROLE_ORDER.indexOf(role);
  return i < 0 ? ROLE_ORDER.length : i;
}

/** The country line: code, EU or not, and which record it was read from. */
export function countryText(p: Pick<ChainParty, 'country' | 'inEu' | 'countryFrom'>): string {
  if (p.country === null) return 'country unknown';
  const eu = p.inEu === null ? '' : p.inEu ? ' (EU)' : ' (outside the EU)';
  const from = p.countryFrom === null ? '' : `, from ${COUNTRY_FROM[p.countryFrom] ?? p.countryFrom}`;
  return `${p.country}${eu}${from}`;
}

export function instrumentText(g: Pick<AddresseeGroup, 'instrument' | 'deadlineHours' | 'legalBasis'>): string {
  const deadline = g.deadlineHours === null ? '' : ` within ${g.deadlineHours} h`;
  return `${INSTRUMENTS[g.instrument] ?? g.instrument}${deadline}${g.legalBasis === null ? '' : ` (${g.legalBasis})`}`;
}

function partyItem(p: ChainParty, addressee: AddresseeGroup | undefined | null): HTMLElement {
  // One organisation can stand in two roles (the upstream that also originates the route): only the role addressed is marked.
  const marked = addressee !== undefined && addressee !== null && addressee.addressee.key === p.key && addressee.addressee.role.replaceAll('-', '_') === p.role;
  const basis = p.basis === 'registered' ? null : el('span', { class: 'basis' }, ` (${p.basis})`);
  return el('li', { class: marked ? 'party addressee' : 'party', 'data-role': p.role },
    el('div', { class: 'party-head' }, el('span', { class: 'role' }, ROLE_NAMES[p.role] ?? p.role), basis, ' ', el('strong', {}, p.name)),
    el('div', {}, countryText(p)),
    p.why === '' ? null : el('div', { class: 'hint' }, p.why),
    el('div', { class: 'hint' }, p.abuseContacts.length === 0 ? 'no abuse contact on record' : `abuse: ${p.abuseContacts.join(', ')}`),
    marked ? el('div', { class: 'mark' }, `Suggested addressee: ${instrumentText(addressee)}`) : null,
  );
}

function pathLine(chain: UrlChain): HTMLElement {
  const names = chain.aliases.length > 0 ? chain.aliases : [chain.host];
  const addresses = chain.addresses.map((a) => a.address);
  return el('dl', { class: 'kv' },
    el('dt', {}, 'URL'), el('dd', { class: 'full-text' }, chain.url),
    el('dt', {}, names.length > 1 ? 'Hosts' : 'Host'), el('dd', { class: 'full-text' }, names.join(' → ')),
    el('dt', {}, 'Address'), el('dd', {}, addresses.length > 0 ? addresses.join(', ') : chain.lastKnown !== null ? 'none now (see the last known chain below)' : chain.dnsStates.length > 0 ? 'none: the name gives no address' : 'none known'),
  );
}

/** The parts of a card that depend on the addressee suggestion: the parties (one marked) and the mark line. */
function addresseeParts(chain: UrlChain, group: AddresseeGroup | undefined | null): HTMLElement[] {
  const parties = [...(chain.parties ?? [])].sort((a, b) => roleRank(a.role) - roleRank(b.role));
  const listed = group === null || (group !== undefined && parties.some((p) => p.key === group.addressee.key));
  const list = el('ol', { class: 'plain parties', 'aria-label': 'Parties, from the site outwards' }, ...parties.map((p) => partyItem(p, group)));
  const mark = group === undefined ? el('p', { class: 'hint addressee-line' }, 'No addressee suggested for this URL.')
    : listed ? null : el('p', { class: 'mark addressee-line' }, `Suggested addressee: ${group.addressee.name}, ${instrumentText(group)}`);
  return mark === null ? [list] : [list, mark];
}

/** One URL's card; `group` is the addressee group the URL falls in (null: the suggestion is still being read). */
export function chainCard(chain: UrlChain, group: AddresseeGroup | undefined | null): HTMLElement {
  return el('article', { class: 'chain-card', 'aria-label': `Chain of ${chain.url}` },
    pathLine(chain),
    ...stateLines(chain),
    ...addresseeParts(chain, group),
    hostingHistory(chain.url),
  );
}

/** Marks the suggestion on a card already shown, in place: a hosting history the reader opened meanwhile stays open. */
function markAddressee(card: HTMLElement, chain: UrlChain, group: AddresseeGroup | undefined): void {
  const old = card.querySelectorAll(':scope > ol.parties, :scope > .addressee-line');
  const history = card.querySelector(':scope > details.history');
  for (const part of addresseeParts(chain, group)) card.insertBefore(part, history);
  old.forEach((o) => o.remove());
}

// A case of hundreds of URLs would bury the selected node under cards; the canvas and the
// Addressees screen hold the rest.
const MAX_CARDS = 20;

/** Draws the cards of `chains` into `region`, then marks each URL's addressee once the suggestion is read. */
export async function showChainCards(region: HTMLElement, chains: UrlChain[]): Promise<void> {
  const material = state().material;
  const shown = chains.slice(0, MAX_CARDS);
  const note = el('p', { class: 'hint', 'aria-live': 'polite' }, `Reading the suggested addressee for ${MATERIAL_NAMES[material]}…`);
  const more = chains.length > shown.length ? el('p', { class: 'hint' }, `${chains.length - shown.length} more URLs: open one in “Chain of a URL”, or see them all on the Addressees screen.`) : null;
  const cards = shown.map((c) => chainCard(c, null));
  region.replaceChildren(note, ...cards, ...(more === null ? [] : [more]));
  if (shown.length === 0) return void note.replaceChildren('No chain to show.');
  try {
    const { groups } = await fetchAddressees({ urls: shown.map((c) => c.url), material });
    const groupOf = (url: string) => groups.find((g) => g.urls.includes(url));
    note.textContent = `Suggested addressee for ${MATERIAL_NAMES[material]} (the material is chosen on the Addressees screen).`;
    shown.forEach((c, i) => markAddressee(cards[i]!, c, groupOf(c.url)));
  } catch (err) {
    note.textContent = `The addressee suggestion could not be read: ${errorText(err)}`;
    note.classList.add('bad');
  }
}
