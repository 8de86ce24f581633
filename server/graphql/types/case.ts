// Cases over GraphQL: `cases` (newest first) and `case(name)`, each with its URLs (a connection in
// input order), its figures and its orders. Figures and orders come through the request's loaders
// (loaders.ts), so a page of cases costs one statement for the page, one for all figures and one
// for all orders, however many cases the page holds. Need-to-know: a reader sees only the cases
// they are a member of; an administrator sees every case's name, maker and members, but its
// URLs, figures and orders only as a member (else null, and the refusal is audited).
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { audit } from '../../auth/audit.ts';
import type { OrderView } from '../../orders/orders.ts';
import { caseUrls, findCase, listCases, type CaseRow, type CaseUrlRow } from '../../queries/cases.ts';
import { builder } from '../builder.ts';
import { actingUser, type GraphContext } from '../context.ts';
import { loadersOf } from '../loaders.ts';
import { CaseMemberRef } from './case-member.ts';
import { Order } from './orders.ts';

const figure = async (c: CaseRow, ctx: GraphContext) => await loadersOf(ctx).caseFigures.load(c.id);

const auditedClosed = new WeakMap<GraphContext, Set<string>>();

/** True when the reader may read the case's content; the first refusal per case and request is audited. */
async function mayRead(c: CaseRow, ctx: GraphContext): Promise<boolean> {
  if (c.isMember) return true;
  const seen = auditedClosed.get(ctx) ?? new Set<string>();
  auditedClosed.set(ctx, seen);
  if (!seen.has(c.id)) {
    seen.add(c.id);
    await audit(ctx.db, { user: ctx.auth.user, action: 'Case.content', target: c.id, ip: ctx.ip, at: ctx.now(), detail: { outcome: 'refused: NOT_A_MEMBER', via: ctx.auth.via } });
  }
  return false;
}

const CLOSED = 'null when you are not a member of the case (see isMember)';

const CaseUrl = builder.objectRef<CaseUrlRow>('CaseUrl').implement({
  description: 'A URL of the case, with whether its chain is resolved.',
  fields: (t) => ({
    url: t.exposeString('url'),
    line: t.exposeInt('line', { nullable: true, description: 'line of the input list it came from' }),
    resolvedAt: t.exposeString('resolvedAt', { nullable: true, description: 'when all its lookups were stored; null while not (yet) resolved' }),
    failedLookups: t.exposeInt('resolveFailures', { nullable: true, description: 'lookups that failed in that run (kept as failed evidence)' }),
    failureReasons: t.stringList({ description: 'why they failed ("<source> <query>: <reason>"), the first ten', resolve: (u) => u.resolveFailureReasons ?? [] }),
  }),
});

export const Case = builder.objectRef<CaseRow>('Case').implement({
  description: 'A set of reported URLs worked on together.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    createdAt: t.exposeString('createdAt', { nullable: true, description: 'when its first URL was added' }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'who made it over the API; null for a case made from the command line or before cases had members' }),
    isMember: t.exposeBoolean('isMember', { description: 'you are a member: you may read its URLs, figures and orders (need-to-know)' }),
    members: t.field({
      type: [CaseMemberRef],
      description: 'who may read it; an empty list means nobody may until an administrator adds members',
      resolve: async (c, _a, ctx) => await loadersOf(ctx).caseMembers.load(c.id),
    }),
    urlCount: t.int({ nullable: true, description: CLOSED, resolve: async (c, _a, ctx) => ((await mayRead(c, ctx)) ? ((await figure(c, ctx))?.urlCount ?? 0) : null) }),
    resolvedCount: t.int({ nullable: true, description: `URLs whose lookups are all stored; ${CLOSED}`, resolve: async (c, _a, ctx) => ((await mayRead(c, ctx)) ? ((await figure(c, ctx))?.resolvedCount ?? 0) : null) }),
    orders: t.field({
      type: [Order],
      nullable: true,
      description: `orders and demands drafted for the case, oldest first; ${CLOSED}`,
      resolve: async (c, _a, ctx) => {
        if (!(await mayRead(c, ctx))) return null;
        const ids = (await figure(c, ctx))?.orderIds ?? [];
        return (await loadersOf(ctx).orders.loadMany(ids)).filter((o): o is OrderView => o !== undefined && !(o instanceof Error));
      },
    }),
    urls: t.connection({
      type: CaseUrl,
      nullable: true,
      description: `in input order; ${CLOSED}`,
      resolve: async (c, args, ctx) => ((await mayRead(c, ctx)) ? resolveOffsetConnection({ args, defaultSize: 100, maxSize: 1000 }, (page) => caseUrls(ctx.db, c.id, page)) : null),
    }, { name: 'CaseUrlConnection' }, { name: 'CaseUrlEdge' }),
  }),
});

builder.queryField('cases', (t) =>
  t.connection({
    type: Case,
    description: 'The cases you are a member of, newest first; for an administrator every case (the content of those they are not a member of stays closed).',
    resolve: (_r, args, ctx) => resolveOffsetConnection({ args, defaultSize: 50, maxSize: 200 }, (page) => listCases(ctx.db, { user: actingUser(ctx), all: ctx.auth.user?.role === 'admin' }, page)),
  }, { name: 'CaseConnection' }, { name: 'CaseEdge' }),
);

builder.queryField('case', (t) =>
  t.field({
    type: Case,
    nullable: true,
    description: 'A case you are a member of (an administrator: any case, its content closed unless a member); others are refused with NOT_A_MEMBER.',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_r, a, ctx) => (await findCase(ctx.db, actingUser(ctx), a.name)) ?? null,
  }),
);
