// The "Documents" list on the order panel: the order's own document (and the Article 4 copy when
// the provider is in another member state) in Dutch and English, as text (opens in a new tab) or
// PDF (downloads). Each link makes the document anew on the server, which audits it.
import { fetchOrderDocuments, type DocumentLink } from '../api/order-documents.ts';
import { el, errorText } from '../dom.ts';

const KIND_TEXT: Record<string, string> = {
  TCO_REMOVAL_ORDER: 'Removal order (TCO Regulation, Annex I)',
  TCO_CROSS_BORDER_COPY: "Copy for the provider's member state (TCO Article 4)",
  CSAM_ORDER: 'Order under the Dutch CSAM act',
  INFORMATION_DEMAND: 'Information demand (Awb 5:16)',
};
const LANGUAGE_TEXT: Record<string, string> = { NL: 'Nederlands', EN: 'English' };

function link(d: DocumentLink): HTMLAnchorElement {
  const pdf = d.format === 'PDF';
  const a = el('a', { target: pdf ? false : '_blank', rel: 'noopener', download: pdf, 'aria-label': `${KIND_TEXT[d.kind] ?? d.kind}, ${LANGUAGE_TEXT[d.language] ?? d.language}, ${pdf ? 'PDF' : 'text'}` }, pdf ? 'PDF' : 'text');
  // Only our own document route: the address comes from the server, never from chain data.
  if (d.url.startsWith('/orders/')) a.href = d.url;
  return a;
}

function list(docs: DocumentLink[]): HTMLElement {
  const kinds = [...new Set(docs.map((d) => d.kind))];
  return el('ul', { class: 'document-links' }, ...kinds.map((kind) => el('li', {}, `${KIND_TEXT[kind] ?? kind}: `,
    ...['NL', 'EN'].flatMap((language, i) => {
      const mine = docs.filter((d) => d.kind === kind && d.language === language);
      return mine.length === 0 ? [] : [i > 0 ? ' · ' : '', `${LANGUAGE_TEXT[language]} `, ...mine.flatMap((d, j) => [j > 0 ? ' / ' : '', link(d)])];
    }))));
}

/** The section, filled once the list arrives. */
export function orderDocuments(orderId: string): HTMLElement {
  const section = el('section', { id: 'order-documents', 'aria-label': 'Documents' }, el('h3', {}, 'Documents'), el('p', { class: 'hint' }, 'Reading the documents…'));
  fetchOrderDocuments(orderId)
    .then((docs) => section.replaceChildren(section.firstChild!, docs.length === 0 ? el('p', {}, 'This order has no documents.') : list(docs)))
    .catch((err: unknown) => section.replaceChildren(section.firstChild!, el('p', { class: 'bad' }, `Documents could not be listed: ${errorText(err)}`)));
  return section;
}
