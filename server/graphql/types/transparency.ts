// The yearly transparency figures over GraphQL (`transparencyReport(year)`), and the proceedings
// they count that legal staff record on an order: complaint procedures (Article 10), review
// proceedings and specific measures (Article 5).
import { decideProceeding, proceedingsOf, recordProceeding, type ProceedingView } from '../../orders/proceedings/proceedings.ts';
import { PROCEEDING_KINDS, type ProceedingKind } from '../../orders/proceedings/proceeding-terms.ts';
import { transparencyCsv, transparencyJson } from '../../reports/transparency/transparency-output.ts';
import { transparencyReport, type TransparencyReport, type TransparencySection } from '../../reports/transparency/transparency-report.ts';
import { sectionLines, sectionSentences, type FigureLine } from '../../reports/transparency/transparency-words.ts';
import { builder } from '../builder.ts';
import { actingUser } from '../context.ts';
import { Order } from './orders.ts';
import { ORDER_REFUSALS } from './refusals.ts';

const KindEnum = builder.enumType('ProceedingKind', {
  description: 'What the transparency report counts beside the orders (TCO Regulation Article 21(1)(b), (d), (e)).',
  values: Object.fromEntries(PROCEEDING_KINDS.map((k) => [k.value.toUpperCase().replaceAll('-', '_'), { value: k.value, description: k.en }])) as Record<string, { value: ProceedingKind; description: string }>,
});

const Proceeding = builder.objectRef<ProceedingView>('Proceeding').implement({
  description: 'A complaint procedure, review proceeding or specific measure on an order, and its decision.',
  fields: (t) => ({
    id: t.exposeID('id'),
    orderId: t.exposeString('orderId'),
    kind: t.field({ type: KindEnum, resolve: (p) => p.kind }),
    startedAt: t.exposeString('startedAt'),
    by: t.exposeString('by', { description: 'who recorded it' }),
    decision: t.exposeString('decision', { nullable: true, description: 'null while pending' }),
    decidedAt: t.exposeString('decidedAt', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    partyKey: t.exposeString('partyKey', { nullable: true, description: 'the provider a specific measure concerns' }),
  }),
});

builder.objectField(Order, 'proceedings', (t) => t.field({ type: [Proceeding], description: 'complaints, review proceedings and specific measures on this order, oldest first', resolve: (o, _a, ctx) => proceedingsOf(ctx.db, o.id) }));

const Figure = builder.objectRef<FigureLine>('TransparencyFigure').implement({
  description: 'One figure of the report: its key (as in the CSV), what it counts in words, and the count.',
  fields: (t) => ({ figure: t.exposeString('figure'), words: t.exposeString('words'), count: t.exposeInt('count', { nullable: true }) }),
});

const Section = builder.objectRef<TransparencySection>('TransparencySection').implement({
  description: 'The figures of one instrument in the year: TCO removal orders, CSAM orders or information demands.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'tco, csam or demands' }),
    title: t.exposeString('title'),
    issued: t.exposeInt('issued', { description: 'sent in the year' }),
    urlsInOrders: t.exposeInt('urlsInOrders'),
    deadlineHours: t.exposeFloat('deadlineHours', { nullable: true }),
    withinDeadline: t.exposeInt('withinDeadline'),
    afterDeadline: t.exposeInt('afterDeadline'),
    notGone: t.exposeInt('notGone'),
    outsidePerci: t.exposeInt('outsidePerci'),
    crossBorderCopies: t.exposeInt('crossBorderCopies'),
    lateOrderNotifications: t.exposeInt('lateOrderNotifications'),
    sentences: t.stringList({ description: 'the figures in sentences, as the page shows them first', resolve: (s) => sectionSentences(s) }),
    figures: t.field({ type: [Figure], description: 'every figure of the section, as the CSV lists them', resolve: (s) => sectionLines(s) }),
  }),
});

const Report = builder.objectRef<TransparencyReport>('TransparencyReport').implement({
  description: 'The yearly transparency figures counted from the orders sent in the calendar year (UTC).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    asOf: t.exposeString('asOf'),
    urlsAssessed: t.exposeInt('urlsAssessed', { description: 'distinct URLs added to a case in the year, whatever their material' }),
    sections: t.field({ type: [Section], resolve: (r) => r.sections }),
    csv: t.string({ description: 'the report as CSV: year, section, figure, words, count', resolve: (r) => transparencyCsv(r) }),
    json: t.string({ description: 'the report as one JSON document', resolve: (r) => transparencyJson(r) }),
  }),
});

builder.queryField('transparencyReport', (t) =>
  t.field({ type: Report, args: { year: t.arg.int({ required: true }) }, description: 'The transparency figures of a calendar year.', resolve: (_r, a, ctx) => transparencyReport(ctx.db, { year: a.year, asOf: ctx.now() }) }),
);

builder.mutationField('recordProceeding', (t) =>
  t.field({
    type: Proceeding,
    description: 'Records a complaint procedure, review proceeding or specific measure on an order (with its decision, when taken).',
    args: {
      orderId: t.arg.id({ required: true }),
      kind: t.arg({ type: KindEnum, required: true }),
      startedAt: t.arg({ type: 'DateTime', required: true }),
      decision: t.arg.string({ description: 'the decision in words; with decidedAt' }),
      decidedAt: t.arg({ type: 'DateTime' }),
      note: t.arg.string(),
      partyKey: t.arg.string({ description: 'the provider a specific measure concerns (organisation or block key)' }),
    },
    errors: { types: ORDER_REFUSALS, union: { name: 'RecordProceedingResult' } },
    resolve: (_r, a, ctx) => recordProceeding(ctx.db, {
      orderId: String(a.orderId), kind: a.kind, startedAt: a.startedAt, decision: a.decision ?? undefined, decidedAt: a.decidedAt ?? undefined, note: a.note ?? undefined, partyKey: a.partyKey ?? undefined,
    }, actingUser(ctx)),
  }),
);

builder.mutationField('decideProceeding', (t) =>
  t.field({
    type: Proceeding,
    description: 'Records the decision of a proceeding on an order.',
    args: { orderId: t.arg.id({ required: true }), id: t.arg.id({ required: true }), decision: t.arg.string({ required: true }), decidedAt: t.arg({ type: 'DateTime', required: true }) },
    errors: { types: ORDER_REFUSALS, union: { name: 'DecideProceedingResult' } },
    resolve: (_r, a, ctx) => decideProceeding(ctx.db, { orderId: String(a.orderId), id: String(a.id) }, { decision: a.decision, decidedAt: a.decidedAt }),
  }),
);
