// A node's neighbourhood for Explore (issue 5's neighbourhood query), turned into canvas parts.
import { emptyParts, shortenMiddle, type GraphParts } from '../graph/chain-elements.ts';
import { countryWithSource, euState, kindOf, nodeId } from '../graph/node-data.ts';
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

type Neighbourhood = Pick<S.Neighbourhood, 'truncated'> & {
  withheld: Pick<S.Withheld, 'urls' | 'cases' | 'orders' | 'notices'>;
  nodes: Pick<S.GraphNode, 'id' | 'label' | 'key' | 'name' | 'country' | 'countryFrom'>[];
  edges: Pick<S.GraphEdge, 'id' | 'type' | 'sourceId' | 'targetId' | 'firstSeen' | 'lastSeen' | 'endedAt' | 'evidenceId'>[];
};

/** What the canvas shows: an AS by number and name ("AS64500 · Example Upstream"), long names cut, the country with its source. */
function captionOf(x: Pick<S.GraphNode, 'label' | 'key' | 'country' | 'countryFrom'>, name: string): string {
  const head = x.label === 'AutonomousSystem' ? `AS${x.key}${name !== x.key ? `\n${shortenMiddle(name)}` : ''}` : shortenMiddle(name);
  return x.country === null ? head : `${head}\n${countryWithSource(x.country, x.countryFrom)}`;
}

/** What need-to-know left out of a walk, in words ("2 URLs in cases you are not a member of"); null when nothing. */
export function withheldText(w: Neighbourhood['withheld']): string | null {
  const parts = [[w.urls, 'URL'], [w.orders, 'order'], [w.notices, 'notice'], [w.cases, 'case']].filter(([n]) => (n as number) > 0).map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`);
  return parts.length === 0 ? null : `not drawn: ${parts.join(', ')} in cases you are not a member of`;
}

export async function fetchNeighbourhood(label: string, key: string, limit = 200): Promise<{ parts: GraphParts; truncated: boolean; found: boolean; withheld: string | null }> {
  const q = `query($l: String!, $k: String!, $n: Int) { neighbourhood(label: $l, key: $k, depth: 1, limit: $n) {
    nodes { id label key name country countryFrom } edges { id type sourceId targetId firstSeen lastSeen endedAt evidenceId } truncated withheld { urls cases orders notices } } }`;
  const answer = (await requestGraphQL<{ neighbourhood: Neighbourhood | null }>(q, { l: label, k: key, n: limit })).neighbourhood;
  const n = answer ?? { nodes: [], edges: [], truncated: false, withheld: { urls: 0, cases: 0, orders: 0, notices: 0 } };
  // The canvas names nodes label:key, so chain and neighbourhood answers land on the same node.
  const ids = new Map(n.nodes.map((x) => [x.id, nodeId(x.label, x.key)]));
  const parts = emptyParts();
  for (const x of n.nodes) {
    const id = ids.get(x.id)!;
    const name = x.name ?? x.key;
    const country = x.country ?? undefined;
    const countryFrom = x.countryFrom ?? undefined;
    parts.nodes.set(id, { id, kind: kindOf(x.label), label: x.label, key: x.key, name, caption: captionOf(x, name), country, countryFrom, eu: country === undefined ? undefined : euState(country) });
  }
  for (const e of n.edges) {
    const source = ids.get(e.sourceId);
    const target = ids.get(e.targetId);
    if (source === undefined || target === undefined) continue;
    parts.edges.set(e.id, { id: `${e.type}:${source}->${target}`, source, target, type: e.type, evidenceId: e.evidenceId ?? undefined, firstSeen: e.firstSeen ?? undefined, lastSeen: e.lastSeen ?? undefined, endedAt: e.endedAt ?? undefined });
  }
  return { parts, truncated: n.truncated, found: answer !== null, withheld: withheldText(n.withheld) };
}
