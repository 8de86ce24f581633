// `hosterReport(from, to, role)`: the bad-hoster view. Rows for the ranking table (each with the
// party's Organization key, to open its graph), months for the volume-over-time chart, buckets
// for the time-to-removal distribution, and the moves after takedowns.
import { z } from 'zod';
import { PARTY_ROLES, REPORT_ROLES, type ReportRole } from '../../chain/party-roles.ts';
import { hosterReport, type HosterReport } from '../../reports/hoster-report.ts';
import type { MonthRow } from '../../reports/monthly.ts';
import type { Move } from '../../reports/movement.ts';
import type { OrderCounts, PartyRow } from '../../reports/party-rows.ts';
import type { RemovalStats } from '../../reports/removal-stats.ts';
import { builder } from '../builder.ts';

const DAY = 86_400_000;

export const HosterRoleEnum = builder.enumType('HosterRole', {
  description: 'The role a party had on the chain when the notice was sent.',
  values: Object.fromEntries(REPORT_ROLES.map((r) => [r.toUpperCase(), { value: r, description: PARTY_ROLES[r] }])) as { [K in ReportRole as Uppercase<K>]: { value: K; description: string } },
});

const OrderEnum = builder.enumType('HosterRowOrder', {
  values: { URLS: { value: 'urls' }, ONLINE_AFTER_48H: { value: 'slow', description: 'largest share still online after 48 hours first' }, REUPLOADS: { value: 'reuploads' }, DOMAINS_RECEIVED: { value: 'received' } } as const,
});

const Bucket = builder.objectRef<RemovalStats['buckets'][number]>('RemovalBucket').implement({
  description: 'Confirmed removals whose time from notice was above fromHours and up to toHours (the first bucket includes 0).',
  fields: (t) => ({ fromHours: t.exposeFloat('fromHours'), toHours: t.exposeFloat('toHours', { nullable: true }), urls: t.exposeInt('urls') }),
});

const Speed = builder.objectRef<RemovalStats>('RemovalSpeed').implement({
  description: 'How fast reported URLs came down, the TU Delft monitor\'s way: the clock starts when the notice is sent; each URL counted once, by its first notice.',
  fields: (t) => ({
    urls: t.exposeInt('urls'),
    removed: t.exposeInt('removed', { description: 'with a confirmed removal' }),
    removedWithin24h: t.exposeInt('removedWithin24h'),
    removedWithin24hShare: t.exposeFloat('removedWithin24hShare', { nullable: true, description: 'of urls, 0–1' }),
    onlineAfter48h: t.exposeInt('onlineAfter48h', { description: 'removed 48 h or more after the notice, or never removed and seen online 48 h or more after it' }),
    onlineAfter48hShare: t.exposeFloat('onlineAfter48hShare', { nullable: true }),
    unknownOutcome: t.exposeInt('unknownOutcome', { description: 'neither removed nor seen online 48 h after the notice' }),
    medianRemovalHours: t.exposeFloat('medianRemovalHours', { nullable: true, description: 'nearest rank, over confirmed removals' }),
    p90RemovalHours: t.exposeFloat('p90RemovalHours', { nullable: true }),
    notRemoved: t.exposeInt('notRemoved'),
    distribution: t.field({ type: [Bucket], description: 'the time-to-removal histogram', resolve: (s) => s.buckets }),
  }),
});

const Orders = builder.objectRef<OrderCounts>('HosterOrders').implement({
  description: 'Orders and demands addressed to the party in the period, and how they ended.',
  fields: (t) => ({ received: t.exposeInt('received'), removalOrders: t.exposeInt('removalOrders'), informationDemands: t.exposeInt('informationDemands'), compliedInTime: t.exposeInt('compliedInTime'), late: t.exposeInt('late'), notComplied: t.exposeInt('notComplied') }),
});

const Row = builder.objectRef<PartyRow>('HosterRow').implement({
  description: 'One party in one role over the period: a row of the ranking table.',
  fields: (t) => ({
    urls: t.exposeInt('urls', { description: 'URLs reported at the party (each once)' }),
    speed: t.field({ type: Speed, resolve: (r) => r }),
    rank: t.exposeInt('rank', { description: 'by URLs' }),
    partyKey: t.string({ description: 'Organization key (the block key when no holder is known, AS<n> for an AS without one): opens the party in the graph', resolve: (r) => r.party.key }),
    name: t.string({ resolve: (r) => r.party.name }),
    country: t.string({ nullable: true, resolve: (r) => r.party.country }),
    role: t.field({ type: HosterRoleEnum, resolve: (r) => r.role }),
    domains: t.exposeInt('domains'),
    cases: t.exposeInt('cases'),
    notices: t.exposeInt('notices'),
    shareOfUrls: t.exposeFloat('shareOfUrls', { description: 'of all URLs reported in the period, 0–1' }),
    orders: t.field({ type: Orders, resolve: (r) => r.orders }),
    urlReuploads: t.exposeInt('urlReuploads', { description: 'notices of URLs reported again after a confirmed removal' }),
    domainReuploads: t.exposeInt('domainReuploads', { description: 'domains back after all their reported URLs were removed' }),
    domainsMovedAway: t.exposeInt('domainsMovedAway'),
    domainsReceived: t.exposeInt('domainsReceived', { description: 'domains that came to this party after a takedown elsewhere' }),
  }),
});

const Totals = builder.objectRef<HosterReport['totals']>('HosterTotals').implement({
  description: 'All URLs reported in the period, whatever party.',
  fields: (t) => ({
    urls: t.exposeInt('urls'),
    speed: t.field({ type: Speed, resolve: (r) => r }),
    notices: t.exposeInt('notices'),
    domains: t.exposeInt('domains'),
    cases: t.exposeInt('cases'),
    urlReuploads: t.exposeInt('urlReuploads'),
    domainReuploads: t.exposeInt('domainReuploads'),
    unattributedUrls: t.exposeInt('unattributedUrls', { description: 'URLs with no party in the role at the notice (no chain known)' }),
    approximateAttachments: t.exposeInt('approximateAttachments', { description: 'notices attached to the nearest observation because no chain fact was in force at the notice' }),
  }),
});

const Month = builder.objectRef<MonthRow>('HosterMonth').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM (UTC, by report time)' }),
    urls: t.exposeInt('urls'),
    notices: t.exposeInt('notices'),
    removedWithin24hShare: t.exposeFloat('removedWithin24hShare', { nullable: true }),
    onlineAfter48hShare: t.exposeFloat('onlineAfter48hShare', { nullable: true }),
    parties: t.field({ type: [builder.objectRef<MonthRow['parties'][number]>('HosterMonthParty').implement({ fields: (f) => ({ partyKey: f.exposeString('key'), urls: f.exposeInt('urls') }) })], description: 'URLs of each top party in the month', resolve: (m) => m.parties }),
  }),
});

const MoveRef = builder.objectRef<Move>('DomainMove').implement({
  description: 'A domain that left a party after a confirmed removal and appeared at another within the window.',
  fields: (t) => ({
    domain: t.exposeString('domain'),
    fromKey: t.string({ resolve: (m) => m.from.key }),
    fromName: t.string({ resolve: (m) => m.from.name }),
    toKey: t.string({ resolve: (m) => m.to.key }),
    toName: t.string({ resolve: (m) => m.to.name }),
    removedAt: t.field({ type: 'DateTime', resolve: (m) => new Date(m.removedAt) }),
    seenAt: t.field({ type: 'DateTime', description: 'when the chain first named the new party', resolve: (m) => new Date(m.seenAt) }),
  }),
});

const ORDERINGS: Record<string, (a: PartyRow, b: PartyRow) => number> = {
  urls: (a, b) => a.rank - b.rank,
  slow: (a, b) => (b.onlineAfter48hShare ?? -1) - (a.onlineAfter48hShare ?? -1) || a.rank - b.rank,
  reuploads: (a, b) => b.urlReuploads + b.domainReuploads - (a.urlReuploads + a.domainReuploads) || a.rank - b.rank,
  received: (a, b) => b.domainsReceived - a.domainsReceived || a.rank - b.rank,
};

const Report = builder.objectRef<HosterReport>('HosterReport').implement({
  fields: (t) => ({
    from: t.field({ type: 'DateTime', resolve: (r) => r.from }),
    to: t.field({ type: 'DateTime', resolve: (r) => r.to }),
    role: t.field({ type: HosterRoleEnum, resolve: (r) => r.role }),
    totals: t.field({ type: Totals, resolve: (r) => r.totals }),
    rowCount: t.int({ resolve: (r) => r.rows.length }),
    rows: t.field({
      type: [Row],
      args: { orderBy: t.arg({ type: OrderEnum, defaultValue: 'urls' }), offset: t.arg.int({ defaultValue: 0 }), limit: t.arg.int({ defaultValue: 100 }) },
      resolve: (r, a) => [...r.rows].sort(ORDERINGS[a.orderBy ?? 'urls']).slice(Math.max(0, a.offset ?? 0), Math.max(0, a.offset ?? 0) + Math.min(Math.max(0, a.limit ?? 100), 1000)),
    }),
    topN: t.int({ resolve: (r) => r.top.n }),
    topUrls: t.int({ description: 'URLs carried by the top N parties', resolve: (r) => r.top.urls }),
    topShare: t.float({ description: 'their share of all reported URLs, 0–1', resolve: (r) => r.top.share }),
    months: t.field({ type: [Month], resolve: (r) => r.months }),
    moves: t.field({ type: [MoveRef], resolve: (r) => r.moves }),
  }),
});

const argsSchema = z.object({
  from: z.date(),
  to: z.date(),
  top: z.number().int().min(1, 'at least 1 party').max(100, 'at most 100 parties'),
  moveWindowDays: z.number().int().min(1, 'at least 1 day').max(365, 'at most 365 days'),
}).refine((a) => a.from < a.to, { path: ['to'], message: 'the period must end after it starts' })
  .refine((a) => a.to.getTime() - a.from.getTime() <= 3 * 366 * DAY, { path: ['to'], message: 'a report covers at most three years: choose a later from or an earlier to' });

builder.queryField('hosterReport', (t) =>
  t.field({
    type: Report,
    description: 'Repeat bad hosters: per party in a role, the URLs reported in [from, to), removal speed, re-uploads, orders and moves after takedowns; notices attach to the chain as it was when each was sent.',
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true, description: 'exclusive' }),
      role: t.arg({ type: HosterRoleEnum, defaultValue: 'hoster' }),
      top: t.arg.int({ defaultValue: 5, description: 'how many parties count as the top (concentration, monthly series)' }),
      moveWindowDays: t.arg.int({ defaultValue: 30 }),
    },
    resolve: (_root, args, ctx) => {
      const a = argsSchema.parse({ from: args.from, to: args.to, top: args.top ?? 5, moveWindowDays: args.moveWindowDays ?? 30 });
      return hosterReport(ctx.db, { ...a, role: (args.role ?? 'hoster') as ReportRole });
    },
  }),
);
