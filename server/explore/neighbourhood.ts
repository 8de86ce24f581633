// A node's neighbourhood for the explore view: breadth-first from one node, `depth` steps out,
// at most `limit` nodes, with the edges among what was reached. Node ids are "<label>:<key>", so
// a client can merge what several expansions return into one drawing and keep its place.
import type { GraphDb } from '../db/driver.ts';
import { findNode, neighbours, withheldNeighbours, type GraphEdgeRow, type GraphNodeRow } from '../queries/graph-nodes.ts';

export interface GraphNode extends Omit<GraphNodeRow, 'eid'> {
  id: string;
}

export interface GraphEdge extends Omit<GraphEdgeRow, 'from' | 'to'> {
  sourceId: string;
  targetId: string;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the limit cut the neighbourhood short: the client offers to expand further. */
  truncated: boolean;
  /** Neighbours left out because they belong to cases the reader is not a member of (need-to-know). */
  withheld: Withheld;
}

/** Case-bound nodes next to what was drawn that the reader may not see, by kind: counted, never named. */
export interface Withheld {
  urls: number;
  cases: number;
  orders: number;
  notices: number;
}

const KIND: Record<string, keyof Withheld> = { Url: 'urls', Case: 'cases', Order: 'orders', Notice: 'notices' };

/** Counts the withheld neighbours of these nodes, each once. */
export async function countWithheld(db: GraphDb, eids: readonly string[], opts: { ended: boolean; user: string }, seen = new Set<string>()): Promise<Withheld> {
  const out: Withheld = { urls: 0, cases: 0, orders: 0, notices: 0 };
  for (const row of await withheldNeighbours(db, eids, { ...opts, limit: 100_000 })) {
    const kind = KIND[row.label];
    if (kind === undefined || seen.has(row.eid)) continue;
    seen.add(row.eid);
    out[kind]++;
  }
  return out;
}

export const nodeId = (n: { label: string; key: string }) => `${n.label}:${n.key}`;

/** The drawn node of a node row. */
export const graphNodeOf = (n: GraphNodeRow): GraphNode => ({ id: nodeId(n), label: n.label, key: n.key, name: n.name, country: n.country, countryFrom: n.countryFrom });

/** The drawn edge of an edge row, its ends named by node id. */
export function edgeOf(r: GraphEdgeRow, sourceId: string, targetId: string): GraphEdge {
  return { id: r.id, type: r.type, source: r.source, firstSeen: r.firstSeen, lastSeen: r.lastSeen, endedAt: r.endedAt, evidenceId: r.evidenceId, sourceId, targetId };
}

export async function findNeighbourhood(db: GraphDb, start: { label: string; key: string }, opts: { depth: number; limit: number; ended: boolean; user: string }): Promise<Neighbourhood | undefined> {
  const root = await findNode(db, start.label, start.key);
  if (root === undefined) return undefined;
  const byEid = new Map<string, GraphNodeRow>([[root.eid, root]]);
  const edges = new Map<string, GraphEdgeRow>();
  let frontier = [root.eid];
  let truncated = false;
  const withheldSeen = new Set<string>();
  const withheld: Withheld = { urls: 0, cases: 0, orders: 0, notices: 0 };
  // Edges per step: room for several edges per node (a block has holder, parent, contacts, …);
  // a step that fills it, or a node refused for the node limit, marks the answer truncated.
  const edgeCap = opts.limit * 4;
  for (let step = 0; step < opts.depth && frontier.length > 0; step++) {
    const rows = await neighbours(db, frontier, { limit: edgeCap, ended: opts.ended, user: opts.user });
    const hidden = await countWithheld(db, frontier, opts, withheldSeen);
    for (const k of Object.keys(withheld) as (keyof Withheld)[]) withheld[k] += hidden[k];
    if (rows.length >= edgeCap) truncated = true;
    const next: string[] = [];
    for (const row of rows) {
      if (!byEid.has(row.eid)) {
        if (byEid.size >= opts.limit) {
          truncated = true;
          continue;
        }
        byEid.set(row.eid, row);
        next.push(row.eid);
      }
      edges.set(row.id, row);
    }
    frontier = next;
  }
  const idOf = (eid: string) => {
    const n = byEid.get(eid);
    return n === undefined ? undefined : nodeId(n);
  };
  const nodes = [...byEid.values()].map(graphNodeOf);
  const drawn = [...edges.values()].flatMap((e) => {
    const sourceId = idOf(e.from);
    const targetId = idOf(e.to);
    return sourceId === undefined || targetId === undefined ? [] : [edgeOf(e, sourceId, targetId)];
  });
  return { nodes, edges: drawn, truncated, withheld };
}
