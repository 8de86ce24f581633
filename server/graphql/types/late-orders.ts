// Late orders over GraphQL: which member state's authority must be told of each, whether it was,
// and recordAuthorityNotified to record that it was (legal staff; audited).
import { lateOrders, recordAuthorityNotified, type AuthorityNoticeView, type LateOrder } from '../../orders/late/late-orders.ts';
import { actingUser } from '../context.ts';
import { builder } from '../builder.ts';
import { ORDER_REFUSALS } from './refusals.ts';

export const AuthorityNotice = builder.objectRef<AuthorityNoticeView>('AuthorityNotice').implement({
  description: "That another member state's competent authority was told about an order.",
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'late-order' }),
    country: t.exposeString('country'),
    at: t.exposeString('at'),
    by: t.exposeString('by'),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const Late = builder.objectRef<LateOrder>('LateOrder').implement({
  description: 'An order not acted on within its deadline (late, complied after it, or still open past it).',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.exposeString('status'),
    instrument: t.exposeString('instrument'),
    deadline: t.exposeString('deadline', { nullable: true }),
    sentAt: t.exposeString('sentAt', { nullable: true }),
    addresseeKey: t.exposeString('addresseeKey'),
    addresseeName: t.exposeString('addresseeName'),
    addresseeCountry: t.exposeString('addresseeCountry', { nullable: true }),
    countryToTell: t.exposeString('countryToTell', { nullable: true, description: "the member state whose authority must be told (the provider's establishment, when another EU member state); null: none" }),
    why: t.exposeString('why', { description: 'why that member state, or why none, in words' }),
    told: t.exposeBoolean('told', { description: 'a notice to countryToTell is recorded' }),
    notices: t.field({ type: [AuthorityNotice], resolve: (o) => o.notices }),
  }),
});

builder.queryField('lateOrders', (t) =>
  t.field({
    type: [Late],
    description: 'Orders past their deadline that you may read, newest deadline first, each with the member state to tell and whether it was told.',
    resolve: (_r, _a, ctx) => lateOrders(ctx.db, actingUser(ctx), ctx.now()),
  }),
);

builder.mutationField('recordAuthorityNotified', (t) =>
  t.field({
    type: AuthorityNotice,
    description: "Records that a member state's competent authority was told about a late order (when, and how in the note).",
    args: {
      orderId: t.arg.id({ required: true }),
      country: t.arg.string({ required: true, description: 'the member state told (ISO 3166-1 alpha-2)' }),
      at: t.arg({ type: 'DateTime', description: 'when it was told; now when not given' }),
      note: t.arg.string(),
    },
    errors: { types: ORDER_REFUSALS, union: { name: 'RecordAuthorityNotifiedResult' } },
    resolve: (_r, a, ctx) => recordAuthorityNotified(ctx.db, { orderId: String(a.orderId), country: a.country, at: a.at ?? ctx.now(), note: a.note ?? undefined }, actingUser(ctx)),
  }),
);
