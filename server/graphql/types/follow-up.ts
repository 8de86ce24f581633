// The follow-up of open orders over GraphQL: Order.followUp (findings in words with their
// evidence, URLs not answered, the new order a move suggests) and runFollowUp (one round now).
import { bulkMaxAgeMs } from '../../config.ts';
import { findingWords, followUpOf, suggestNewOrder, type CheckView, type FindingView, type FollowUpView, type SuggestedNewOrder } from '../../orders/follow-up/follow-up-view.ts';
import { runFollowUpRound, type FollowUpRound } from '../../orders/follow-up/follow-up-round.ts';
import { builder } from '../builder.ts';
import { Order } from './orders.ts';

const Finding = builder.objectRef<FindingView>('FollowUpFinding').implement({
  description: 'What a follow-up round found changed for one URL of the order (written only when something changed).',
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    kind: t.exposeString('kind', { description: 'moved, stopped-resolving or resolves-again' }),
    at: t.exposeString('at', { description: 'when the round that found it ran' }),
    fromParty: t.exposeString('fromParty', { nullable: true }),
    fromName: t.exposeString('fromName', { nullable: true }),
    toParty: t.exposeString('toParty', { nullable: true }),
    toName: t.exposeString('toName', { nullable: true }),
    state: t.exposeString('state', { nullable: true, description: 'NXDOMAIN or NODATA when it stopped resolving' }),
    evidenceIds: t.exposeStringList('evidenceIds', { description: 'the answers it rests on' }),
    words: t.string({ description: 'the finding in words: "example.org moved from A to B on …, evidence …"', resolve: (f) => findingWords(f) }),
  }),
});

const Check = builder.objectRef<CheckView>('FollowUpCheck').implement({
  description: "The last follow-up lookup of one URL: when, what was asked, and whether it was answered (a failed or throttled lookup concludes nothing).",
  fields: (t) => ({
    url: t.exposeString('url'),
    at: t.exposeString('at'),
    answered: t.exposeBoolean('answered'),
    asked: t.exposeString('asked', { nullable: true }),
    state: t.exposeString('state', { nullable: true, description: 'the last answered state: resolving, NXDOMAIN or NODATA' }),
  }),
});

const Suggested = builder.objectRef<SuggestedNewOrder>('SuggestedNewOrder').implement({
  description: 'After a move: the order the addressee suggestion proposes to the new hoster (draft it with draftOrder).',
  fields: (t) => ({
    instrument: t.exposeString('instrument'),
    addresseeKey: t.exposeString('addresseeKey'),
    addresseeName: t.exposeString('addresseeName'),
    urls: t.exposeStringList('urls'),
    ruleId: t.exposeString('ruleId', { nullable: true, description: 'the rule it follows; null: the rules propose nothing for the new hoster, so drafting needs a reason' }),
  }),
});

type FollowUpOfOrder = FollowUpView & { order: Parameters<typeof suggestNewOrder>[2] };

const FollowUp = builder.objectRef<FollowUpOfOrder>('OrderFollowUp').implement({
  description: "The follow-up of an open order: its URLs' chains re-resolved on a schedule (DNS, registry, routing; never the content).",
  fields: (t) => ({
    lastCheckedAt: t.exposeString('lastCheckedAt', { nullable: true }),
    findings: t.field({ type: [Finding], resolve: (f) => f.findings }),
    checks: t.field({ type: [Check], description: 'the last lookup of each URL', resolve: (f) => f.checks }),
    notAnswered: t.field({ type: [Check], description: 'URLs whose last lookup failed or was throttled: not answered, nothing concluded', resolve: (f) => f.checks.filter((c) => !c.answered) }),
    suggestedNewOrder: t.field({ type: Suggested, nullable: true, resolve: (f, _a, ctx) => suggestNewOrder(ctx.db, ctx.rules, f.order, f) }),
  }),
});

builder.objectField(Order, 'followUp', (t) =>
  t.field({
    type: FollowUp,
    description: 'What the follow-up of the order found since it was sent',
    resolve: async (o, _a, ctx) => {
      const f = (await followUpOf(ctx.db, [o.id])).get(o.id) ?? { orderId: o.id, lastCheckedAt: null, findings: [], checks: [] };
      return { ...f, order: o };
    },
  }),
);

const RoundFinding = builder.objectRef<FollowUpRound['findings'][number]>('FollowUpRoundFinding').implement({
  fields: (t) => ({ orderId: t.exposeString('orderId'), url: t.exposeString('url'), kind: t.exposeString('kind'), toParty: t.exposeString('toParty', { nullable: true }) }),
});

const Round = builder.objectRef<FollowUpRound>('FollowUpRound').implement({
  description: 'One follow-up round: orders and URLs asked, how many were answered, what was found.',
  fields: (t) => ({
    at: t.exposeString('at'),
    orders: t.exposeInt('orders'),
    urls: t.exposeInt('urls'),
    answered: t.exposeInt('answered'),
    notAnswered: t.int({ resolve: (r) => r.notAnswered.length }),
    findings: t.field({ type: [RoundFinding], resolve: (r) => r.findings }),
  }),
});

builder.mutationField('runFollowUp', (t) =>
  t.field({
    type: Round,
    description: 'Runs the follow-up of one open order now (the server runs it for every open order every followUp.intervalMinutes; the CLI: hostchain follow-up run).',
    args: { orderId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => runFollowUpRound({ db: ctx.db, io: ctx.io, bulkMaxAgeMs: bulkMaxAgeMs(ctx.config) }, { orderId: String(a.orderId) }),
  }),
);
