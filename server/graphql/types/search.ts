// `search(text)`: an IP, CIDR, AS number, e-mail address, or a name / handle.
import { search, type SearchHit } from '../../queries/search.ts';
import { builder } from '../builder.ts';
import { nodeId } from '../../explore/neighbourhood.ts';

const Hit = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A node found by search: its label and key, a display name and a detail (status, kind, role).',
  fields: (t) => ({
    id: t.id({ description: 'the GraphNode id, for neighbourhood and entity', resolve: (h) => nodeId(h) }),
    label: t.exposeString('label'),
    key: t.exposeString('key'),
    name: t.exposeString('name', { nullable: true }),
    detail: t.exposeString('detail', { nullable: true }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [Hit],
    description: 'An IP address (the blocks holding it, most specific first), a CIDR, an AS number, an e-mail address, or words of a name or handle.',
    args: { text: t.arg.string({ required: true }), limit: t.arg.int({ defaultValue: 25 }) },
    resolve: (_r, a, ctx) => search(ctx.db, a.text, Math.min(a.limit ?? 25, 200)),
  }),
);
