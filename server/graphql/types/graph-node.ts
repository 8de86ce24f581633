// The graph for drawing: `neighbourhood(label, key)` (nodes and edges around a node, ids that
// merge across calls) and `entity(label, key)` (one node, its stored properties and every fact
// edge touching it, each with its evidence: what the evidence panel lists).
import { countWithheld, edgeOf, findNeighbourhood, graphNodeOf, nodeId, type GraphEdge as Edge, type GraphNode as Node, type Neighbourhood as Hood, type Withheld } from '../../explore/neighbourhood.ts';
import { audit } from '../../auth/audit.ts';
import { actingUser, type GraphContext } from '../context.ts';
import { findNode, neighbours, type GraphNodeDetail } from '../../queries/graph-nodes.ts';
import { relDef } from '../../../schema/model.ts';
import { builder } from '../builder.ts';
import { loadersOf } from '../loaders.ts';
import { Evidence } from './evidence.ts';

const GraphNode = builder.objectRef<Node>('GraphNode').implement({
  description: 'A node of the investigation graph as the client draws it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: '"<label>:<key>": the same node has the same id in every answer' }),
    label: t.exposeString('label', { description: 'Url, Hostname, Domain, IpAddress, Netblock, Organization, AutonomousSystem, …' }),
    key: t.exposeString('key'),
    name: t.exposeString('name', { nullable: true, description: 'what to show: netname or organisation name, host name, address, …' }),
    country: t.exposeString('country', { nullable: true, description: "a block's holder organisation's registered country, else the node's own (the chain's party country)" }),
    countryFrom: t.exposeString('countryFrom', { nullable: true, description: 'where country comes from: organisation (the registered holder), block (the block itself) or as (the AS registration)' }),
  }),
});

const GraphEdge = builder.objectRef<Edge>('GraphEdge').implement({
  description: 'A fact (or a case/order link) between two nodes, with its interval and evidence.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type', { description: 'RESOLVES_TO, IN_NETBLOCK, WITHIN, HELD_BY, …' }),
    displayName: t.string({ resolve: (e) => relDef(e.type)?.displayName ?? e.type }),
    sourceId: t.exposeID('sourceId', { description: 'GraphNode id of the start' }),
    targetId: t.exposeID('targetId', { description: 'GraphNode id of the end' }),
    source: t.exposeString('source', { nullable: true, description: 'which source stated it: dns, rdap, whois, ripe-db, caida, …' }),
    firstSeen: t.exposeString('firstSeen', { nullable: true }),
    lastSeen: t.exposeString('lastSeen', { nullable: true }),
    endedAt: t.exposeString('endedAt', { nullable: true, description: 'when a later answer no longer stated it; null while it holds' }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
    evidence: t.field({ type: Evidence, nullable: true, resolve: async (e, _a, ctx) => (e.evidenceId === null ? null : ((await loadersOf(ctx).evidence.load(e.evidenceId)) ?? null)) }),
  }),
});

const WithheldRef = builder.objectRef<Withheld>('Withheld').implement({
  description: 'Nodes next to what was drawn that belong to cases you are not a member of (need-to-know): counted, never named. "3 URLs in cases you are not a member of".',
  fields: (t) => ({ urls: t.exposeInt('urls'), cases: t.exposeInt('cases'), orders: t.exposeInt('orders'), notices: t.exposeInt('notices') }),
});

/** A walk that left something out is a refusal, and every refusal is in the audit log. */
async function auditWithheld(ctx: GraphContext, target: string, w: Withheld): Promise<void> {
  if (w.urls + w.cases + w.orders + w.notices === 0) return;
  await audit(ctx.db, { user: ctx.auth.user, action: 'withheld', target, ip: ctx.ip, at: ctx.now(), detail: { outcome: 'refused: NOT_A_MEMBER', ...w, via: ctx.auth.via } });
}

const Neighbourhood = builder.objectRef<Hood>('Neighbourhood').implement({
  fields: (t) => ({
    withheld: t.field({ type: WithheldRef, description: 'left out: in cases you are not a member of', resolve: (h) => h.withheld }),
    nodes: t.field({ type: [GraphNode], resolve: (h) => h.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (h) => h.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'the limit cut it short: there is more to expand' }),
  }),
});

const Property = builder.objectRef<GraphNodeDetail['properties'][number]>('NodeProperty').implement({
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeString('value') }),
});

const Entity = builder.objectRef<GraphNodeDetail>('Entity').implement({
  description: 'One node with everything the graph states about it.',
  fields: (t) => ({
    node: t.field({ type: GraphNode, resolve: graphNodeOf }),
    properties: t.field({ type: [Property], resolve: (e) => e.properties }),
    withheld: t.field({
      type: WithheldRef,
      description: 'neighbours left out of facts: in cases you are not a member of',
      resolve: async (e, _a, ctx) => {
        const w = await countWithheld(ctx.db, [e.eid], { ended: true, user: actingUser(ctx) });
        await auditWithheld(ctx, `node:${nodeId(e)}`, w);
        return w;
      },
    }),
    facts: t.field({
      type: [GraphEdge],
      description: 'every edge touching the node, ended ones included, open first',
      args: { limit: t.arg.int({ defaultValue: 200 }) },
      resolve: async (e, a, ctx) =>
        (await neighbours(ctx.db, [e.eid], { limit: Math.min(a.limit ?? 200, 1000), ended: true, user: actingUser(ctx) })).map((r) => {
          const [self, far] = [nodeId(e), nodeId(r)];
          return edgeOf(r, r.from === e.eid ? self : far, r.to === e.eid ? self : far);
        }),
    }),
  }),
});

builder.queryField('neighbourhood', (t) =>
  t.field({
    type: Neighbourhood,
    nullable: true,
    description: 'The nodes and edges around a node (null when it does not exist): depth 1 to 3, at most limit nodes (up to 2,000).',
    args: {
      label: t.arg.string({ required: true }),
      key: t.arg.string({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 200 }),
      includeEnded: t.arg.boolean({ defaultValue: false, description: 'also facts that a later answer no longer stated' }),
    },
    resolve: async (_r, a, ctx) => {
      const hood = await findNeighbourhood(ctx.db, { label: a.label, key: a.key }, { depth: Math.min(Math.max(a.depth ?? 1, 1), 3), limit: Math.min(Math.max(a.limit ?? 200, 1), 2000), ended: a.includeEnded ?? false, user: actingUser(ctx) });
      if (hood !== undefined) await auditWithheld(ctx, `node:${a.label}:${a.key}`, hood.withheld);
      return hood ?? null;
    },
  }),
);

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description: 'One node by label and key (as search and neighbourhood give them), or null.',
    args: { label: t.arg.string({ required: true }), key: t.arg.string({ required: true }) },
    resolve: async (_r, a, ctx) => (await findNode(ctx.db, a.label, a.key)) ?? null,
  }),
);
