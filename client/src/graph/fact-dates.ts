// The chain answer draws facts without their dates; before a GraphML or CSV export, each drawn
// edge that has none takes first seen, last seen and ended from the graph's own facts
// (entity(label, key).facts of the edge's start node), so the file can be read as evidence.
import type { Core, EdgeSingular } from 'cytoscape';
import { fetchEntity, type Fact } from '../api/entity.ts';

// An export of a large case asks at most this many nodes, a few at a time.
const MAX_NODES = 400;
const AT_ONCE = 4;

function earliest(a: string | null | undefined, b: string | null): string | null {
  return a === undefined || a === null ? b : b === null || a <= b ? a : b;
}

function latest(a: string | null | undefined, b: string | null): string | null {
  return a === undefined || a === null ? b : b === null || a >= b ? a : b;
}

function apply(edges: EdgeSingular[], facts: Fact[]): void {
  for (const e of edges) {
    const same = facts.filter((f) => f.type === e.data('type') && f.sourceId === e.source().id() && f.targetId === e.target().id());
    if (same.length === 0) continue;
    let first: string | null = null;
    let last: string | null = null;
    for (const f of same) {
      first = earliest(first, f.firstSeen);
      last = latest(last, f.lastSeen);
    }
    // Ended only when every source's interval has ended (one open source keeps the fact standing).
    const ended = same.every((f) => f.endedAt !== null) ? same.map((f) => f.endedAt!).sort().at(-1) : undefined;
    e.data({ ...(first === null ? {} : { firstSeen: first }), ...(last === null ? {} : { lastSeen: last }), ...(ended === undefined ? {} : { endedAt: ended }) });
  }
}

/** Fills the dates of the edges that have none; answers how many start nodes could not be read. */
export async function fillFactDates(cy: Core): Promise<number> {
  const bySource = new Map<string, EdgeSingular[]>();
  for (const e of cy.edges()) if (e.data('firstSeen') === undefined) bySource.set(e.source().id(), [...(bySource.get(e.source().id()) ?? []), e]);
  const sources = [...bySource.keys()].slice(0, MAX_NODES);
  let failed = 0;
  for (let i = 0; i < sources.length; i += AT_ONCE) {
    await Promise.all(sources.slice(i, i + AT_ONCE).map(async (id) => {
      const n = cy.getElementById(id);
      try {
        const entity = await fetchEntity(String(n.data('label')), String(n.data('key')));
        apply(bySource.get(id)!, entity?.facts ?? []);
      } catch {
        failed++;
      }
    }));
  }
  return failed;
}
