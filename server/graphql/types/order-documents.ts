// An order's documents over GraphQL: `Order.documents` lists what the order has (its own
// document and, for a TCO order to a provider in another member state, the Article 4 copy) in
// each language and format, with the address to download it from; `orderDocument` makes the
// text of one (audited in root-field-access.ts, like every download from the route).
import { GraphQLError } from 'graphql';
import { orderDocumentPath } from '../../http/order-document-route.ts';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DocumentError, documentKindsFor, renderOrderDocument, type DocumentFormat, type DocumentKind, type DocumentLanguage } from '../../orders/documents/order-document.ts';
import { TemplateError } from '../../orders/documents/template-parse.ts';
import { builder } from '../builder.ts';
import { Order } from './orders.ts';

const upper = (v: string) => v.toUpperCase().replaceAll('-', '_');
const enumOf = <V extends string>(name: string, description: string, values: readonly V[]) =>
  builder.enumType(name, { description, values: Object.fromEntries(values.map((v) => [upper(v), { value: v }])) as Record<string, { value: V }> });

const KindEnum = enumOf('OrderDocumentKind', 'tco-removal-order (Annex I), tco-cross-border-copy (Article 4), csam-order (Dutch CSAM act), information-demand (Awb 5:16)', DOCUMENT_KINDS);
const LanguageEnum = enumOf('DocumentLanguage', 'nl or en', DOCUMENT_LANGUAGES);
const FormatEnum = enumOf('DocumentFormat', 'text (UTF-8) or pdf', DOCUMENT_FORMATS);

interface DocumentLink {
  kind: DocumentKind;
  language: DocumentLanguage;
  format: DocumentFormat;
  url: string;
}

const OrderDocumentLink = builder.objectRef<DocumentLink>('OrderDocumentLink').implement({
  description: "One of an order's documents in one language and format, and where to download it (each download is made anew and audited).",
  fields: (t) => ({
    kind: t.field({ type: KindEnum, resolve: (d) => d.kind }),
    language: t.field({ type: LanguageEnum, resolve: (d) => d.language }),
    format: t.field({ type: FormatEnum, resolve: (d) => d.format }),
    url: t.exposeString('url', { description: 'path on this server: GET it with the session cookie or a token' }),
  }),
});

builder.objectField(Order, 'documents', (t) =>
  t.field({
    type: [OrderDocumentLink],
    description: "The order's documents: its own, and the Article 4 copy when the provider is in another EU member state; Dutch and English, text and PDF.",
    resolve: (o) => documentKindsFor(o).flatMap((kind) => DOCUMENT_LANGUAGES.flatMap((language) => DOCUMENT_FORMATS.map((format) => ({ kind, language, format, url: orderDocumentPath(o.id, kind, language, format) })))),
  }),
);

interface DocumentText {
  kind: DocumentKind;
  language: DocumentLanguage;
  filename: string;
  text: string;
  sha256: string;
}

const OrderDocumentText = builder.objectRef<DocumentText>('OrderDocumentText').implement({
  description: 'The text of an order document: the same order gives the same text (and SHA-256).',
  fields: (t) => ({
    kind: t.field({ type: KindEnum, resolve: (d) => d.kind }),
    language: t.field({ type: LanguageEnum, resolve: (d) => d.language }),
    filename: t.exposeString('filename'),
    text: t.exposeString('text'),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the UTF-8 text' }),
  }),
});

builder.queryField('orderDocument', (t) =>
  t.field({
    type: OrderDocumentText,
    nullable: true,
    description: "An order's document as text; null when there is no such order. kind defaults to the order's own document.",
    args: { orderId: t.arg.id({ required: true }), kind: t.arg({ type: KindEnum, required: false }), language: t.arg({ type: LanguageEnum, required: true }) },
    resolve: async (_r, a, ctx) => {
      try {
        const doc = await renderOrderDocument({ db: ctx.db, rules: ctx.rules, config: ctx.config }, String(a.orderId), { kind: a.kind ?? undefined, language: a.language, format: 'text' });
        return doc === undefined ? null : { kind: doc.kind, language: doc.language, filename: doc.filename, text: doc.bytes.toString('utf8'), sha256: doc.sha256 };
      } catch (err) {
        if (err instanceof DocumentError || err instanceof TemplateError) throw new GraphQLError(err.message, { extensions: { code: err.code } });
        throw err;
      }
    },
  }),
);
