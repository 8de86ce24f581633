// The document of an order or demand, as the addressee receives it: a TCO removal order (Annex I),
// its copy for another member state's authority (Article 4), an order under the Dutch CSAM act, or
// an information demand. Made from the order, its chain and its evidence pack, in Dutch or English,
// as text or PDF; the same order gives the same bytes.
// STUB (issue 16 contract): the signature is what the sender and the routes call; the templates
// and the PDF come with the documents work.
import { createHash } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { GraphDb } from '../../db/driver.ts';
import type { RuleTable } from '../../rules/rule-table.ts';
import { getOrder } from '../orders.ts';

export const DOCUMENT_KINDS = ['tco-removal-order', 'tco-cross-border-copy', 'csam-order', 'information-demand'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_LANGUAGES = ['nl', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export const DOCUMENT_FORMATS = ['text', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface OrderDocument {
  kind: DocumentKind;
  language: DocumentLanguage;
  format: DocumentFormat;
  filename: string;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
}

export interface DocumentDeps {
  db: GraphDb;
  rules: RuleTable;
  config: Pick<Config, 'authority'>;
}

/** The kind an order's own document is: what its instrument and material make it. */
export function documentKindOf(order: { instrument: string; material: string | null }): DocumentKind {
  if (order.instrument === 'removal-order') return order.material === 'csam' ? 'csam-order' : 'tco-removal-order';
  return 'information-demand';
}

/** Undefined when there is no such order. */
export async function renderOrderDocument(deps: DocumentDeps, orderId: string, want: { kind?: DocumentKind | undefined; language: DocumentLanguage; format: DocumentFormat }): Promise<OrderDocument | undefined> {
  const order = await getOrder(deps.db, orderId);
  if (order === undefined) return undefined;
  const kind = want.kind ?? documentKindOf(order);
  const text = `${kind} ${order.id}\n${order.addresseeName}\n${order.urls.map((u) => u.url).join('\n')}\n`;
  const bytes = Buffer.from(text, 'utf8');
  return { kind, language: want.language, format: 'text', filename: `${order.id}-${kind}-${want.language}.txt`, mediaType: 'text/plain; charset=utf-8', bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
