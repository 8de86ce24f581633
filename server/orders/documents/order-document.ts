// The document of an order or demand, as the addressee receives it: a TCO removal order (Annex I),
// its copy for another member state's authority (Article 4), an order under the Dutch CSAM act, or
// an information demand. Made from the order, its chain and its evidence pack, in Dutch or English,
// as text or PDF, from the templates legal staff edit (templates/README.md); the same order gives
// the same bytes (the PDF is stamped with the order's own time, never the time it was made).
import { createHash } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { GraphDb } from '../../db/driver.ts';
import { buildEvidencePack, packBytes, packSha256 } from '../../packs/evidence-pack.ts';
import { renderPackPdf } from '../../packs/pack-pdf.ts';
import type { RuleTable } from '../../rules/rule-table.ts';
import { needsCrossBorderCopy, type CrossBorderFacts } from './cross-border.ts';
import { documentValues } from './document-values.ts';
import { loadTemplate, templatesDir } from './template-files.ts';
import { renderHtml, renderText } from './template-render.ts';

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
  /** The templates folder; default HOSTCHAIN_DOCUMENT_TEMPLATES, else templates/ beside this file. */
  templatesDir?: string | undefined;
}

export class DocumentError extends Error {
  constructor(
    readonly code: 'NOT_APPLICABLE',
    message: string,
  ) {
    super(message);
  }
}

/** The kind an order's own document is: what its instrument and material make it. */
export function documentKindOf(order: { instrument: string; material: string | null }): DocumentKind {
  if (order.instrument === 'removal-order') return order.material === 'csam' ? 'csam-order' : 'tco-removal-order';
  return 'information-demand';
}

/** The documents an order has: its own, and the Article 4 copy when the provider is in another member state. */
export function documentKindsFor(order: CrossBorderFacts): DocumentKind[] {
  return [documentKindOf(order), ...(needsCrossBorderCopy(order) ? (['tco-cross-border-copy'] as const) : [])];
}

export const FILE_EXTENSIONS: Record<DocumentFormat, 'txt' | 'pdf'> = { text: 'txt', pdf: 'pdf' };
const MEDIA_TYPES: Record<DocumentFormat, string> = { text: 'text/plain; charset=utf-8', pdf: 'application/pdf' };

/** Undefined when there is no such order; DocumentError when the order has no document of that kind. */
export async function renderOrderDocument(deps: DocumentDeps, orderId: string, want: { kind?: DocumentKind | undefined; language: DocumentLanguage; format: DocumentFormat }): Promise<OrderDocument | undefined> {
  const pack = await buildEvidencePack(deps.db, deps.rules, orderId);
  if (pack === undefined) return undefined;
  const order = pack.order;
  const kind = want.kind ?? documentKindOf(order);
  if (!documentKindsFor(order).includes(kind)) {
    throw new DocumentError('NOT_APPLICABLE', `order ${order.id} (${order.instrument}, ${order.material ?? 'no material'}, addressee in ${order.addresseeCountry ?? 'an unknown country'}) has no ${kind} document; its documents: ${documentKindsFor(order).join(', ')}`);
  }
  // The template is read now, so an edit counts from the next document on.
  const { nodes } = loadTemplate(templatesDir(deps.templatesDir), kind, want.language);
  const values = documentValues({ pack, packSha256: packSha256(packBytes(pack)), authority: deps.config.authority, language: want.language });
  const bytes = want.format === 'text'
    ? Buffer.from(renderText(nodes, values), 'utf8')
    : await renderPackPdf(renderHtml(nodes, values, want.language), order.sentAt ?? order.createdAt);
  return {
    kind, language: want.language, format: want.format, filename: `${order.id}-${kind}.${want.language}.${FILE_EXTENSIONS[want.format]}`, mediaType: MEDIA_TYPES[want.format],
    bytes, sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
