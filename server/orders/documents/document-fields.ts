// What a template may name: every field an order document can print, with what it holds. The
// template parser refuses any other name, and templates/README.md lists these for the editors
// (a unit test keeps the two the same).

export type FieldSpec = { kind: 'value' | 'flag'; about: string } | { kind: 'list'; about: string; item: FieldTable };
export type FieldTable = Readonly<Record<string, FieldSpec>>;

const value = (about: string): FieldSpec => ({ kind: 'value', about });
const flag = (about: string): FieldSpec => ({ kind: 'flag', about });
const list = (about: string, item: FieldTable): FieldSpec => ({ kind: 'list', about, item });

export const FIELDS: FieldTable = {
  'authority.name': value('the issuing authority (configuration authority.name)'),
  'authority.country': value("the authority's member state, as a code (NL)"),
  'authority.countryName': value("the authority's member state, in the document's language"),
  'authority.address': value("the authority's postal address"),
  'authority.email': value("the authority's e-mail address"),
  'authority.phone': value("the authority's telephone number"),
  'authority.website': value("the authority's website"),
  'authority.authentication': value('how the addressee checks that the document is the authority’s (Article 3(4)(a))'),
  'order.reference': value('the reference number: the order id'),
  'order.case': value('the case the order was drafted in'),
  'order.drafted': value('when the order was drafted (UTC)'),
  'order.draftedBy': value('who drafted it'),
  'order.issued': value('date and time of issuing: when it was sent (UTC), or that it is not yet sent'),
  'order.sent': flag('on once the order is sent'),
  'order.deadlineHours': value('the hours the addressee has (1 for TCO, at most 12 for CSAM)'),
  'order.deadline': value('the deadline (UTC) once sent; before that, that it runs from receipt'),
  'order.legalBasis': value('the legal basis recorded with the order'),
  'order.contentDescription': value('what identifies the content beyond its URLs; empty when none was given'),
  'order.csam': flag('on when the material is child sexual abuse material (the Dutch CSAM act), off for terrorist content'),
  'order.confidential': flag('on when the content provider is not to be told (TCO Article 11(3))'),
  'addressee.name': value('the addressee'),
  'addressee.key': value("the addressee's registry key (RIPE:ORG-…)"),
  'addressee.country': value("the addressee's country, as a code"),
  'addressee.countryName': value("the addressee's country, in the document's language"),
  'addressee.contact': value("the addressee's abuse / legal contact on the chain; empty when none is known"),
  crossBorder: flag("on when the addressee is in another EU member state than the authority's: a copy goes to that state's competent authority (TCO Article 4)"),
  grounds: list('the Article 2(7) grounds chosen for the order', { ground: value('one ground, in words') }),
  groundBoxes: list('all five Article 2(7) grounds, each ticked or not (Annex I section B)', { mark: value('[x] when chosen, [ ] when not'), ground: value('the ground, in words') }),
  urls: list('the URLs the order covers, with their hosting chains', {
    url: value('the exact URL'),
    addresses: value('the addresses the name resolved to (or its last known ones)'),
    chainNote: value('empty, or that the name no longer resolves and the chain is the last known one'),
    parties: list('the parties on the URL’s chain', {
      role: value('the role (hoster, reseller, upstream, …), in words'),
      name: value('the party'),
      country: value('its country code, or – when unknown'),
      detail: value('what puts it on the chain: the block it holds, the CDN range, the domain'),
    }),
  }),
  addresseeBlocks: list('the address blocks the addressee holds on the chains (what an information demand asks about)', {
    range: value('the block'),
    status: value('its registry status'),
    addresses: value('the reported addresses in it'),
  }),
  'pack.sha256': value("the SHA-256 of the evidence pack's JSON: what identifies the pack"),
  'pack.format': value('the pack format (hostchain-evidence-pack/1)'),
  'pack.file': value('the file name of the pack'),
  'pack.evidenceCount': value('how many recorded answers the pack cites'),
};

export type DocumentValue = string | boolean | DocumentValues[];
export type DocumentValues = Record<string, DocumentValue>;
