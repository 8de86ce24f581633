// Cases over GraphQL: `cases` (newest first) and `case(name)`, each with its URLs (a connection in
// input order), its figures and its orders. Figures and orders come through the request's loaders
// (loaders.ts), so a page of cases costs one statement for the page, one for all figures and one
// for all orders, however many cases the page holds.
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { OrderView } from '../../orders/orders.ts';
import { caseUrls, findCase, listCases, type CaseRow, type CaseUrlRow } from '../../queries/cases.ts';
import { builder } from '../builder.ts';
import type { GraphContext } from '../context.ts';
import { loadersOf } from '../loaders.ts';
import { Order } from './orders.ts';

const figure = async (c: CaseRow, ctx: GraphContext) => await loadersOf(ctx).caseFigures.load(c.id);

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
    urlCount: t.int({ resolve: async (c, _a, ctx) => (await figure(c, ctx))?.urlCount ?? 0 }),
    resolvedCount: t.int({ description: 'URLs whose lookups are all stored', resolve: async (c, _a, ctx) => (await figure(c, ctx))?.resolvedCount ?? 0 }),
    orders: t.field({
      type: [Order],
      description: 'orders and demands drafted for the case, oldest first',
      resolve: async (c, _a, ctx) => {
        const ids = (await figure(c, ctx))?.orderIds ?? [];
        return (await loadersOf(ctx).orders.loadMany(ids)).filter((o): o is OrderView => o !== undefined && !(o instanceof Error));
      },
    }),
    urls: t.connection({
      type: CaseUrl,
      description: 'in input order',
      resolve: (c, args, ctx) => resolveOffsetConnection({ args, defaultSize: 100, maxSize: 1000 }, (page) => caseUrls(ctx.db, c.id, page)),
    }, { name: 'CaseUrlConnection' }, { name: 'CaseUrlEdge' }),
  }),
});

builder.queryField('cases', (t) =>
  t.connection({
    type: Case,
    description: 'Cases, newest first.',
    resolve: (_r, args, ctx) => resolveOffsetConnection({ args, defaultSize: 50, maxSize: 200 }, (page) => listCases(ctx.db, page)),
  }, { name: 'CaseConnection' }, { name: 'CaseEdge' }),
);

builder.queryField('case', (t) =>
  t.field({ type: Case, nullable: true, args: { name: t.arg.string({ required: true }) }, resolve: async (_r, a, ctx) => (await findCase(ctx.db, a.name)) ?? null }),
);
