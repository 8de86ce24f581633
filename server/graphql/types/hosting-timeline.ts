// `hostingTimeline(url)`: the hosting history of a URL's host (or of a bare domain or address):
// who hosted it from when to when, and when it did not resolve. Moves between hosters show as
// consecutive periods with their dates.
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import type { ReportParty } from '../../reports/chain-at.ts';
import { findHostingTimeline, type HostingPeriod } from '../../reports/hosting-timeline.ts';
import { builder } from '../builder.ts';

const PeriodHoster = builder.objectRef<ReportParty>('HostingPeriodHoster').implement({
  fields: (t) => ({ key: t.exposeString('key'), name: t.exposeString('name'), country: t.exposeString('country', { nullable: true }) }),
});

const Period = builder.objectRef<HostingPeriod>('HostingPeriod').implement({
  description: 'A stretch of time in which the same addresses and hoster(s) were in force.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', resolve: (p) => p.from }),
    to: t.field({ type: 'DateTime', nullable: true, description: 'null: still in force', resolve: (p) => p.to }),
    resolved: t.exposeBoolean('resolved', { description: 'false: the name gave no address in this period' }),
    addresses: t.exposeStringList('addresses'),
    hosters: t.field({ type: [PeriodHoster], description: 'empty when the hoster is unknown (or nothing resolved)', resolve: (p) => p.hosters }),
  }),
});

builder.queryField('hostingTimeline', (t) =>
  t.field({
    type: [Period],
    description: "The hosting history of a URL's host name (a bare domain or address works too), oldest first, from the dated facts.",
    args: { url: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => {
      const n = normalizeUrl(args.url);
      return findHostingTimeline(ctx.db, { host: n.hostname, isIp: n.ipVersion !== undefined });
    },
  }),
);
