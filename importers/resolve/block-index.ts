// The imported registry blocks as an in-process index, loaded from the graph once per resolve job:
// a job of thousands of URLs then finds each address's most specific block in memory (about a
// microsecond) instead of one Cypher seek per address. Blocks are streamed out of Neo4j and kept
// as typed-array ranges plus two small codes each (registry, import run), never as strings.
import type { GraphDb } from '../../server/db/driver.ts';
import { keyToIp } from '../core/ip-key.ts';
import { RangeIndex } from '../core/range-index.ts';

// Blocks whose latest statement is a bulk run, with that run's source and time.
const BULK_BLOCKS = `
MATCH (e:Evidence) WHERE e.source IN $sources AND e.status = 'ok'
MATCH (n:Netblock {lastEvidenceId: e.id})
RETURN n.registry AS registry, n.rangeStart AS rangeStart, n.rangeEnd AS rangeEnd, e.id AS evidenceId, e.source AS source, toString(e.observedAt) AS observedAt`;

export interface IndexedBlock {
  key: string;
  evidenceId: string;
  source: string;
  observedAt: string;
}

export interface BlockIndex {
  readonly size: number;
  mostSpecific(ipKey: string): IndexedBlock | undefined;
}

export async function loadBlockIndex(db: GraphDb, sources = ['ripe-db']): Promise<BlockIndex> {
  const registries: string[] = [];
  const runs: { evidenceId: string; source: string; observedAt: string }[] = [];
  const runIds = new Map<string, number>();
  // value = run * 64 + registry: two codes in one small integer per block.
  const index = new RangeIndex<number>();
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const result = session.run(BULK_BLOCKS, { sources });
    for await (const rec of result) {
      const registry = String(rec.get('registry'));
      let r = registries.indexOf(registry);
      if (r === -1) r = registries.push(registry) - 1;
      const evidenceId = String(rec.get('evidenceId'));
      let run = runIds.get(evidenceId);
      if (run === undefined) {
        run = runs.push({ evidenceId, source: String(rec.get('source')), observedAt: String(rec.get('observedAt')) }) - 1;
        runIds.set(evidenceId, run);
      }
      index.add(String(rec.get('rangeStart')), String(rec.get('rangeEnd')), run * 64 + r);
    }
  } finally {
    await session.close();
  }
  if (registries.length > 64) throw new Error(`block index: ${registries.length} registries, at most 64 fit its codes`);
  index.build();
  return {
    size: index.size,
    mostSpecific(ipKey) {
      const found = index.mostSpecificAt(ipKey);
      if (found === undefined) return undefined;
      const { value, rangeStart, rangeEnd } = found;
      const run = runs[Math.floor(value / 64)]!;
      return { key: `${registries[value % 64]!} ${keyToIp(rangeStart)}-${keyToIp(rangeEnd)}`, ...run };
    },
  };
}
