// Bulk registry import against its limits, measured in one run on a generated file in the real
// RIPE split-file format: a plain line-by-line read of the same file (the I/O limit), parsing
// alone, the whole import into Neo4j (objects, hierarchy, abuse links), and Neo4j's own LOAD CSV
// of the same block rows (the database's bulk path). Then most-specific-block lookups per second
// from the in-process range index and from Cypher alone.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { readLines } from '../importers/bulk/read-lines.ts';
import { readRpslRecords } from '../importers/bulk/rpsl-records.ts';
import { runAutoCommit } from '../importers/core/auto-commit.ts';
import { ipToKey, keyToIp, rangeOf } from '../importers/core/ip-key.ts';
import { importRpslDump } from '../importers/ripe-db/rpsl-dump-import.ts';
import { MOST_SPECIFIC_BLOCK } from '../importers/resolve/bulk-lookup-cypher.ts';
import type { GraphDb } from '../server/db/driver.ts';
import { generateInetnumFile } from './generate-ripe-inetnum.ts';
import { RangeIndex } from '../importers/core/range-index.ts';

export interface BulkFigures {
  objects: number;
  fileMiB: number;
  readS: number;
  parseS: number;
  importS: number;
  loadCsvS: number | undefined;
  peakParseRssMiB: number;
  peakImportRssMiB: number;
  indexBuildS: number;
  indexLookupsPerS: number;
  cypherLookupsPerS: number;
}

async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - t0) / 1000, peakMiB: peak / 1048576 };
  } finally {
    clearInterval(timer);
  }
}

const CLEAR = `MATCH (n) WHERE n:Netblock OR n:Organization OR n:Role OR n:Contact OR (n:Evidence AND n.source = 'ripe-db') CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

// The database's own bulk path for the same rows: LOAD CSV with MERGE on the constrained key.
const LOAD_CSV = `
LOAD CSV WITH HEADERS FROM 'file:///bench-inetnum.csv' AS row
CALL (row) {
  MERGE (n:Netblock {key: row.key})
  SET n.name = row.name, n.status = row.status, n.country = row.country, n.rangeStart = row.rangeStart, n.rangeEnd = row.rangeEnd
} IN TRANSACTIONS OF 10000 ROWS`;

export async function measureBulkImport(db: GraphDb, opts: { objects: number; importDir?: string | undefined }): Promise<BulkFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-bench-bulk-'));
  try {
    const file = path.join(dir, 'ripe.db.inetnum');
    const gen = await generateInetnumFile({ path: file, count: opts.objects, gzip: false, seed: 7 });
    // 1. the I/O limit: every line read, nothing else.
    const read = await peakRss(async () => {
      let n = 0;
      for await (const _ of readLines(file)) n += 1;
      return n;
    });
    // 2. parsing alone: objects to typed records.
    const parse = await peakRss(async () => {
      let n = 0;
      for await (const r of readRpslRecords(file)) if (r.kind !== 'problem') n += 1;
      return n;
    });
    // 3. LOAD CSV of the same block rows (only with the bench's own local Neo4j, whose import folder is known).
    let loadCsvS: number | undefined;
    if (opts.importDir !== undefined) {
      mkdirSync(opts.importDir, { recursive: true });
      const csv = createWriteStream(path.join(opts.importDir, 'bench-inetnum.csv'));
      csv.write('key,name,status,country,rangeStart,rangeEnd\n');
      for await (const r of readRpslRecords(file)) {
        if (r.kind !== 'netblock') continue;
        const range = rangeOf(r.start, r.end);
        if (!csv.write(`"RIPE ${range.start}-${range.end}",${r.netname ?? ''},${r.status ?? ''},${r.country ?? ''},${range.rangeStart},${range.rangeEnd}\n`)) await once(csv, 'drain');
      }
      csv.end();
      await once(csv, 'finish');
      await runAutoCommit(db, CLEAR, {});
      const t0 = performance.now();
      await runAutoCommit(db, LOAD_CSV, {});
      loadCsvS = (performance.now() - t0) / 1000;
    }
    // 4. the whole import into Neo4j (objects, holders, hierarchy, abuse links), on a cleared graph.
    await runAutoCommit(db, CLEAR, {});
    const imp = await peakRss(() => importRpslDump({ db, file }));
    // 5. lookups: random addresses inside the generated space.
    const blocks: ReturnType<typeof rangeOf>[] = [];
    for await (const r of readRpslRecords(file)) if (r.kind === 'netblock') blocks.push(rangeOf(r.start, r.end));
    const tb = performance.now();
    const index = new RangeIndex<number>();
    blocks.forEach((b, i) => index.add(b.rangeStart, b.rangeEnd, i));
    index.build();
    const indexBuildS = (performance.now() - tb) / 1000;
    const probes = Array.from({ length: 20_000 }, (_, i) => {
      const b = blocks[(i * 7919) % blocks.length]!;
      return ipToKey(b.start);
    });
    let t0 = performance.now();
    let found = 0;
    for (const k of probes) if (index.mostSpecific(k) !== undefined) found += 1;
    const indexLookupsPerS = probes.length / ((performance.now() - t0) / 1000);
    if (found !== probes.length) throw new Error(`in-process index missed ${probes.length - found} of ${probes.length} addresses`);
    // Cypher: 8 lookups in flight, as a resolve job asks them.
    const cypherProbes = probes.slice(0, 4000);
    t0 = performance.now();
    for (let i = 0; i < cypherProbes.length; i += 8) {
      await Promise.all(cypherProbes.slice(i, i + 8).map(async (k) => {
        const [hit] = await db.read(MOST_SPECIFIC_BLOCK, { key: k });
        if (hit === undefined) throw new Error(`Cypher lookup missed ${keyToIp(k)}`);
      }));
    }
    const cypherLookupsPerS = cypherProbes.length / ((performance.now() - t0) / 1000);
    return {
      objects: gen.objects, fileMiB: gen.bytes / 1048576, readS: read.seconds, parseS: parse.seconds, importS: imp.seconds, loadCsvS,
      peakParseRssMiB: parse.peakMiB, peakImportRssMiB: imp.peakMiB, indexBuildS, indexLookupsPerS, cypherLookupsPerS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
