// `graphStats` and `loadDemoCase`: an empty graph offers the demo, which resolves a reseller chain
// replayed through loopback servers (no internet needed).
import { DEMO_CASE, DEMO_URLS, loadDemoCase } from '../../demo/demo-case.ts';
import { countGraph } from '../../queries/graph-stats.ts';
import { caseIdOf } from '../../queries/cases.ts';
import { addCaseMember, claimCase } from '../../queries/case-members.ts';
import { builder } from '../builder.ts';
import { actingUser } from '../context.ts';

const GraphStats = builder.objectRef<{ urls: number; cases: number }>('GraphStats').implement({
  fields: (t) => ({ urls: t.exposeInt('urls'), cases: t.exposeInt('cases') }),
});

const DemoResult = builder.objectRef<{ caseName: string; urls: string[]; resolved: number; failed: number }>('DemoResult').implement({
  fields: (t) => ({ caseName: t.exposeString('caseName'), urls: t.exposeStringList('urls'), resolved: t.exposeInt('resolved'), failed: t.exposeInt('failed') }),
});

builder.queryField('graphStats', (t) => t.field({ type: GraphStats, resolve: (_r, _a, ctx) => countGraph(ctx.db) }));

builder.mutationField('loadDemoCase', (t) =>
  t.field({
    type: DemoResult,
    description: 'Resolves the demo case (documentation addresses, example.* names) through loopback replay servers.',
    resolve: async (_r, _a, ctx) => {
      // Demo data (example.* names, documentation addresses): whoever loads it is on the case.
      await claimCase(ctx.db, { id: caseIdOf(DEMO_CASE), name: DEMO_CASE }, { user: actingUser(ctx), at: ctx.now() });
      await addCaseMember(ctx.db, caseIdOf(DEMO_CASE), { username: actingUser(ctx), by: actingUser(ctx), at: ctx.now() });
      const s = await loadDemoCase(ctx.db, ctx.config);
      return { caseName: DEMO_CASE, urls: DEMO_URLS, resolved: s.done, failed: s.failed };
    },
  }),
);
