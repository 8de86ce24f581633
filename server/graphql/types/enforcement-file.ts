// A party's enforcement file over GraphQL: the figures, the text, the JSON and where to download
// the PDF (/enforcement-file.pdf?party=…). Every call is in the audit log (root-field-access.ts).
import { renderEnforcementDocument, type EnforcementDocument } from '../../orders/enforcement/enforcement-document.ts';
import { renderEnforcementText } from '../../orders/enforcement/enforcement-render.ts';
import type { EnforcementFile } from '../../orders/enforcement/enforcement-file.ts';
import { actingUser } from '../context.ts';
import { builder } from '../builder.ts';

const Summary = builder.objectRef<EnforcementFile['summary']>('EnforcementSummary').implement({
  fields: (t) => ({
    orders: t.exposeInt('orders'),
    removalOrders: t.exposeInt('removalOrders'),
    demands: t.exposeInt('demands'),
    compliedInTime: t.exposeInt('compliedInTime'),
    missedDeadlines: t.exposeInt('missedDeadlines'),
    notComplied: t.exposeInt('notComplied'),
    open: t.exposeInt('open'),
    reUploads: t.exposeInt('reUploads', { description: 'URLs that came back after removal' }),
    demandsAbove: t.exposeInt('demandsAbove', { description: 'information demands about the same URLs to parties above it' }),
    followUpFindings: t.exposeInt('followUpFindings'),
  }),
});

const path = (key: string, ext: string) => `/enforcement-file.${ext}?party=${encodeURIComponent(key)}`;

const File = builder.objectRef<EnforcementDocument>('EnforcementFile').implement({
  description: "A party's enforcement file: every order and demand it received, deadlines missed, re-uploads, demands to parties above it and follow-up findings, with their evidence; one document for a penalty decision.",
  fields: (t) => ({
    partyKey: t.string({ resolve: (d) => d.file.party.key }),
    partyName: t.string({ resolve: (d) => d.file.party.name }),
    partyCountry: t.string({ nullable: true, resolve: (d) => d.file.party.country }),
    asOf: t.string({ nullable: true, description: 'the newest moment the file records', resolve: (d) => d.file.asOf }),
    summary: t.field({ type: Summary, resolve: (d) => d.file.summary }),
    orderIds: t.stringList({ resolve: (d) => d.file.orders.map((o) => o.order.id) }),
    withheld: t.int({ description: 'orders to the party you may not read: not in the file', resolve: (d) => d.file.withheld }),
    sha256: t.string({ description: 'SHA-256 of the JSON form, stated in the text and the PDF', resolve: (d) => d.jsonSha256 }),
    json: t.string({ resolve: (d) => d.bytes.toString('utf8') }),
    text: t.string({ resolve: (d) => renderEnforcementText(d.file, d.jsonSha256) }),
    pdfPath: t.string({ description: 'where the PDF is downloaded (same sign-in)', resolve: (d) => path(d.file.party.key, 'pdf') }),
    textPath: t.string({ resolve: (d) => path(d.file.party.key, 'txt') }),
    jsonPath: t.string({ resolve: (d) => path(d.file.party.key, 'json') }),
  }),
});

builder.queryField('enforcementFile', (t) =>
  t.field({
    type: File,
    nullable: true,
    description: 'The enforcement file of a party (organisation or block key); null when no such party.',
    args: { partyKey: t.arg.string({ required: true }) },
    resolve: async (_r, a, ctx) => (await renderEnforcementDocument({ db: ctx.db, rules: ctx.rules }, { partyKey: a.partyKey, user: actingUser(ctx), now: ctx.now() }, 'json')) ?? null,
  }),
);
