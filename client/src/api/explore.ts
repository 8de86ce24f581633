// A node's neighbourhood for Explore (issue 5's neighbourhood query), turned into canvas parts.
import { emptyParts, type GraphParts } from '../graph/chain-elements.ts';
import { euState, kindOf, nodeId } from '../graph/node-data.ts';
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

type Neighbourhood = Pick<S.Neighbourhood, 'truncated'> & {
  nodes: Pick<S.GraphNode, 'id' | 'label' | 'key' | 'name' | 'country'>[];
  edges: Pick<S.GraphEdge, 'id' | 'type' | 'sourceId' | 'targetId' | 'firstSeen' | 'lastSeen' | 'endedAt' | 'evidenceId'>[];
};

export async function fetchNeighbourhood(label: string, key: string, limit = 200): Promise<{ parts: GraphParts; truncated: boolean; found: boolean }> {
  const q = `query($l: String!, $k: String!, $n: Int) { neighbourhood(label: $l, key: $k, depth: 1, limit: $n) {
    nodes { id label key name country } edges { id type sourceId targetId firstSeen lastSeen endedAt evidenceId } truncated } }`;
  const answer = (await requestGraphQL<{ neighbourhood: Neighbourhood | null }>(q, { l: label, k: key, n: limit })).neighbourhood;
  const n = answer ?? { nodes: [], edges: [], truncated: false };
  // The canvas names nodes label:key, so chain and neighbourhood answers land on the same node.
  const ids = new Map(n.nodes.map((x) => [x.id, nodeId(x.label, x.key)]));
  const parts = emptyParts();
  for (const x of n.nodes) {
    const id = ids.get(x.id)!;
    const name = x.name ?? x.key;
    const country = x.country ?? undefined;
    parts.nodes.set(id, { id, kind: kindOf(x.label), label: x.label, key: x.key, name, caption: country === undefined ? name : `${name}\n${country}`, country, eu: country === undefined ? undefined : euState(country) });
  }
  for (const e of n.edges) {
    const source = ids.get(e.sourceId);
    const target = ids.get(e.targetId);
    if (source === undefined || target === undefined) continue;
    parts.edges.set(e.id, { id: `${e.type}:${source}->${target}`, source, target, type: e.type, evidenceId: e.evidenceId ?? undefined, firstSeen: e.firstSeen ?? undefined, lastSeen: e.lastSeen ?? undefined, endedAt: e.endedAt ?? undefined });
  }
  return { parts, truncated: n.truncated, found: answer !== null };
}
