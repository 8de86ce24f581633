// Fact upsert throughput against its baseline in the same run: the database's plain bulk path
// (one UNWIND … CREATE of the same rows, no MERGE, no intervals, no evidence links).
import { randomUUID } from 'node:crypto';
import { saveEvidence, upsertObservation } from '../importers/core/upsert.ts';
import type { Fact } from '../importers/core/importer.ts';
import type { GraphDb } from '../server/db/driver.ts';

export interface UpsertFigures {
  facts: number;
  upsertFactsPerS: number;
  baselineRowsPerS: number;
  ratio: number;
}

// Baseline: the same host→IP rows written the cheapest way the database offers.
const BASELINE = `UNWIND $rows AS row CREATE (:BenchHost {name: row.h})-[:BENCH_TO]->(:BenchIp {address: row.ip})`;
const CLEANUP = `MATCH (n) WHERE n:BenchHost OR n:BenchIp CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export async function measureUpsert(db: GraphDb, hosts = 5000, batch = 500): Promise<UpsertFigures> {
  const run = randomUUID().slice(0, 8);
  const rows = Array.from({ length: hosts }, (_, i) => ({ h: `h${i}.${run}.bench.example`, ip: `198.51.${(i >> 8) & 255}.${i & 255}` }));
  let t0 = performance.now();
  for (let i = 0; i < rows.length; i += batch) await db.write(BASELINE, { rows: rows.slice(i, i + batch) });
  const baselineS = (performance.now() - t0) / 1000;
  const session = db.driver.session({ database: db.database });
  await session.run(CLEANUP).finally(() => session.close());
  const evidenceId = await saveEvidence(db, { source: 'dns', server: 'bench', serverAddress: '127.0.0.1:0', query: `bench ${run}`, observedAt: new Date(), body: Buffer.from(run), status: 'ok' });
  t0 = performance.now();
  for (let i = 0; i < rows.length; i += batch) {
    const facts: Fact[] = rows.slice(i, i + batch).flatMap((r): Fact[] => [
      { kind: 'node', label: 'Hostname', key: { name: r.h } },
      { kind: 'node', label: 'IpAddress', key: { address: r.ip }, props: { family: 4 } },
      { kind: 'rel', type: 'RESOLVES_TO', from: { label: 'Hostname', key: { name: r.h } }, to: { label: 'IpAddress', key: { address: r.ip } }, key: { recordType: 'A' } },
    ]);
    await upsertObservation(db, { facts, scope: [] }, { evidenceId, source: 'dns', observedAt: new Date() });
  }
  const upsertS = (performance.now() - t0) / 1000;
  return { facts: hosts * 3, upsertFactsPerS: (hosts * 3) / upsertS, baselineRowsPerS: (hosts * 3) / baselineS, ratio: baselineS / upsertS };
}
