// Orders and demands over GraphQL: draft one from a suggestion group (or against it, with the
// reason recorded), move it through its statuses, record removals per URL, read a party's record.
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { changeOrderStatus, draftOrder, getOrder, partyRecord, recordFeedback, recordRemoval, recordSending, type OrderView, type PartyRecord } from '../../orders/orders.ts';
import { ChannelEnum, ContentFormEnum, OutcomeEnum, TargetEnum, TcoGroundEnum } from './order-terms.ts';
import { nextStatuses, ORDER_STATUSES, type OrderStatus } from '../../orders/order-status.ts';
import { INSTRUMENTS, type Instrument } from '../../rules/rule-table.ts';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { listOrderIds } from '../../queries/order-list.ts';
import { loadersOf } from '../loaders.ts';
import { builder } from '../builder.ts';
import { ORDER_REFUSALS } from './refusals.ts';
import { AuthError } from '../../auth/auth-error.ts';
import { OrderError } from '../../orders/order-status.ts';
import { MaterialEnum } from './addressees.ts';
import { actingUser, type GraphContext } from '../context.ts';
import { requireRole } from '../../auth/permissions.ts';

const Instr = builder.enumType('Instrument', { values: Object.fromEntries(INSTRUMENTS.map((i) => [i.toUpperCase().replaceAll('-', '_'), { value: i }])) as Record<string, { value: Instrument }> });
const Status = builder.enumType('OrderStatus', { values: Object.fromEntries(ORDER_STATUSES.map((s) => [s.toUpperCase().replaceAll('-', '_'), { value: s }])) as Record<string, { value: OrderStatus }> });

const actor = (ctx: GraphContext) => ({ by: actingUser(ctx), at: ctx.now() });

const OrderUrl = builder.objectRef<OrderView['urls'][number]>('OrderUrl').implement({
  fields: (t) => ({ url: t.exposeString('url'), removedAt: t.exposeString('removedAt', { nullable: true }) }),
});

const OrderEvent = builder.objectRef<OrderView['events'][number]>('OrderEvent').implement({
  description: 'One status change: when, who, and a note.',
  fields: (t) => ({ status: t.exposeString('status'), at: t.exposeString('at'), by: t.exposeString('by'), note: t.exposeString('note', { nullable: true }) }),
});

export const Order = builder.objectRef<OrderView>('Order').implement({
  description: 'A removal order, information demand or registrar request.',
  fields: (t) => ({
    id: t.exposeID('id'),
    instrument: t.exposeString('instrument'),
    status: t.exposeString('status', { description: ORDER_STATUSES.join(', ') }),
    nextStatuses: t.field({ type: [Status], description: 'the statuses this order may move to now (server/orders/order-status.ts); empty when final', resolve: (o) => [...nextStatuses(o.status)] }),
    caseName: t.string({ nullable: true, description: 'the case it was drafted for', resolve: (o) => (o.caseId?.startsWith('case:') ? o.caseId.slice(5) : o.caseId) }),
    material: t.exposeString('material', { nullable: true }),
    legalBasis: t.exposeString('legalBasis', { nullable: true }),
    deadlineHours: t.exposeFloat('deadlineHours', { nullable: true }),
    deadline: t.exposeString('deadline', { nullable: true, description: 'set when the order is sent' }),
    sentAt: t.exposeString('sentAt', { nullable: true }),
    createdAt: t.exposeString('createdAt'),
    createdBy: t.exposeString('createdBy'),
    suggestedRuleId: t.exposeString('suggestedRuleId', { nullable: true }),
    overrideReason: t.exposeString('overrideReason', { nullable: true }),
    authorityCountry: t.exposeString('authorityCountry', { nullable: true, description: "the authority's member state when drafted; the reasons are read against it" }),
    tcoGrounds: t.field({ type: [TcoGroundEnum], description: "a TCO removal order's reasons: the kinds of terrorist content (Article 2(7))", resolve: (o) => o.tcoGrounds }),
    contentDescription: t.exposeString('contentDescription', { nullable: true, description: 'what identifies the content beyond its URLs' }),
    confidential: t.exposeBoolean('confidential', { description: 'Article 11(3): the provider must not tell the content provider' }),
    channel: t.field({ type: ChannelEnum, nullable: true, description: 'how it was sent; null until sent', resolve: (o) => o.channel }),
    sentMessageEvidenceId: t.exposeString('sentMessageEvidenceId', { nullable: true, description: 'the sent e-mail, kept as evidence' }),
    outcome: t.field({ type: OutcomeEnum, nullable: true, description: "the provider's answer; null until recorded", resolve: (o) => o.outcome }),
    outcomeAt: t.exposeString('outcomeAt', { nullable: true, description: 'when the provider acted or answered' }),
    outcomeReason: t.exposeString('outcomeReason', { nullable: true, description: 'why it could not be executed, or a note' }),
    contentForm: t.field({ type: ContentFormEnum, nullable: true, resolve: (o) => o.contentForm }),
    target: t.field({ type: TargetEnum, nullable: true, resolve: (o) => o.target }),
    addresseeKey: t.exposeString('addresseeKey'),
    addresseeName: t.exposeString('addresseeName'),
    addresseeCountry: t.exposeString('addresseeCountry', { nullable: true }),
    urls: t.field({ type: [OrderUrl], resolve: (o) => o.urls }),
    events: t.field({ type: [OrderEvent], resolve: (o) => o.events }),
  }),
});

export const PartyRecordRef = builder.objectRef<PartyRecord>('PartyRecord').implement({
  description: "A party's record: orders received and how they ended.",
  fields: (t) => ({ received: t.exposeInt('received'), compliedInTime: t.exposeInt('compliedInTime'), late: t.exposeInt('late'), notComplied: t.exposeInt('notComplied'), reUploads: t.exposeInt('reUploads', { description: 'URLs removed under its orders that came back online: reported again by a later notice or covered by a later order' }) }),
});


builder.queryField('order', (t) => t.field({ type: Order, nullable: true, args: { id: t.arg.id({ required: true }) }, resolve: async (_r, a, ctx) => (await getOrder(ctx.db, String(a.id))) ?? null }));

builder.queryField('partyRecord', (t) =>
  t.field({ type: PartyRecordRef, description: 'Orders a party (organisation or block key) received and how they ended.', args: { key: t.arg.string({ required: true }) }, resolve: (_r, a, ctx) => partyRecord(ctx.db, a.key) }),
);

builder.mutationField('draftOrder', (t) =>
  t.field({
    type: Order,
    description: 'Drafts an order from a suggestion group (suggestedRuleId), or against the suggestion with overrideReason, which is recorded.',
    args: {
      instrument: t.arg({ type: Instr, required: true }),
      addresseeKey: t.arg.string({ required: true }),
      urls: t.arg.stringList({ required: true }),
      material: t.arg({ type: MaterialEnum, required: true }),
      caseName: t.arg.string(),
      suggestedRuleId: t.arg.string(),
      overrideReason: t.arg.string(),
      note: t.arg.string(),
      allowDuplicate: t.arg.boolean({ description: 'draft even when an open order to the same addressee with the same instrument covers one of the URLs (else refused with DUPLICATE)' }),
      tcoGrounds: t.arg({ type: [TcoGroundEnum], description: "a TCO removal order's reasons (Article 2(7))" }),
      contentDescription: t.arg.string({ description: 'what identifies the content beyond its URLs' }),
      confidential: t.arg.boolean({ description: 'Article 11(3): the provider must not tell the content provider' }),
    },
    errors: { types: ORDER_REFUSALS, union: { name: 'DraftOrderResult' } },
    resolve: (_r, a, ctx) => {
      // Choosing another addressee or instrument than the rules suggest is a legal decision.
      if (a.overrideReason) requireRole(ctx.auth.user, 'override-suggestion');
      return draftOrder(ctx.db, ctx.rules, {
        instrument: a.instrument, addresseeKey: a.addresseeKey, urls: a.urls.map((u) => normalizeUrl(u).url), material: a.material,
        caseId: a.caseName ? `case:${a.caseName}` : undefined, suggestedRuleId: a.suggestedRuleId ?? undefined, overrideReason: a.overrideReason ?? undefined, note: a.note ?? undefined,
        authorityCountry: ctx.config.authority.country, allowDuplicate: a.allowDuplicate ?? false,
        tcoGrounds: a.tcoGrounds ?? undefined, contentDescription: a.contentDescription ?? undefined, confidential: a.confidential ?? undefined,
      }, actor(ctx));
    },
  }),
);

builder.mutationField('changeOrderStatus', (t) =>
  t.field({
    type: Order,
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: Status, required: true }), note: t.arg.string() },
    errors: { types: [OrderError, AuthError], union: { name: 'ChangeOrderStatusResult' } },
    resolve: (_r, a, ctx) => changeOrderStatus(ctx.db, String(a.id), a.status, { ...actor(ctx), note: a.note ?? undefined }),
  }),
);

builder.mutationField('recordRemoval', (t) =>
  t.field({
    type: Order,
    description: 'Records one URL of the order as removed; with all removed the order is complied, or late after its deadline.',
    args: { id: t.arg.id({ required: true }), url: t.arg.string({ required: true }) },
    errors: { types: ORDER_REFUSALS, union: { name: 'RecordRemovalResult' } },
    resolve: (_r, a, ctx) => recordRemoval(ctx.db, String(a.id), normalizeUrl(a.url).url, actor(ctx)),
  }),
);

builder.mutationField('recordOrderSent', (t) =>
  t.field({
    type: Order,
    description: 'Records that a drafted order was sent outside hostchain (PERCI, post, …) and when: its deadline runs from then. Sending by e-mail from hostchain records itself.',
    args: { id: t.arg.id({ required: true }), channel: t.arg({ type: ChannelEnum, required: true }), at: t.arg({ type: 'DateTime', description: 'when it was sent; now when not given' }), note: t.arg.string() },
    errors: { types: ORDER_REFUSALS, union: { name: 'RecordOrderSentResult' } },
    resolve: (_r, a, ctx) => recordSending(ctx.db, String(a.id), { channel: a.channel, note: a.note ?? undefined }, { by: actingUser(ctx), at: a.at ?? ctx.now() }),
  }),
);

builder.mutationField('recordProviderFeedback', (t) =>
  t.field({
    type: Order,
    description: "Records the provider's answer (Annex II/III): removed, access disabled, gone without knowing which, or could not be executed (with its reason); the content's form and target. Content gone completes the order, late when after its deadline.",
    args: {
      id: t.arg.id({ required: true }),
      outcome: t.arg({ type: OutcomeEnum, required: true }),
      at: t.arg({ type: 'DateTime', required: true, description: 'when the provider acted, or answered that it could not' }),
      contentForm: t.arg({ type: ContentFormEnum }),
      target: t.arg({ type: TargetEnum }),
      reason: t.arg.string({ description: 'required with NOT_EXECUTED: the reason the provider gave' }),
    },
    errors: { types: ORDER_REFUSALS, union: { name: 'RecordProviderFeedbackResult' } },
    resolve: (_r, a, ctx) =>
      recordFeedback(ctx.db, String(a.id), { outcome: a.outcome, at: a.at, contentForm: a.contentForm ?? undefined, target: a.target ?? undefined, reason: a.reason ?? undefined }, actor(ctx)),
  }),
);

builder.queryField('orders', (t) =>
  t.connection(
    {
      type: Order,
      description: 'Orders and demands of the cases you are a member of (and those drafted without a case for URLs you may read), newest first; only the given statuses, or one addressee’s, when asked.',
      args: { status: t.arg({ type: [Status] }), addresseeKey: t.arg.string() },
      resolve: (_r, a, ctx) =>
        resolveOffsetConnection({ args: a, defaultSize: 50, maxSize: 200 }, async (page) => {
          const ids = await listOrderIds(ctx.db, { statuses: a.status ?? null, addresseeKey: a.addresseeKey ?? null, user: actingUser(ctx) }, page);
          return (await loadersOf(ctx).orders.loadMany(ids)).filter((o): o is OrderView => o !== undefined && !(o instanceof Error));
        }),
    },
    { name: 'OrderConnection' },
    { name: 'OrderEdge' },
  ),
);
