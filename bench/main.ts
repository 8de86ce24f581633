// `npm run bench`: speed and memory figures, each beside its baseline measured in the same run.
// Uses NEO4J_URI when set, else starts a throw-away local Neo4j (and measures its start-up).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../server/config.ts';
import { openGraphDb, type GraphDb } from '../server/db/driver.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../server/db/local-neo4j.ts';
import { applyMigrations } from '../server/db/migrate.ts';
import { measureUpsert } from './fact-upsert.ts';
import { measureLifecycle, rssMiB } from './neo4j-lifecycle.ts';
import { measureResolve } from './resolve-urls.ts';
import { measureBulkImport } from './bulk-import.ts';
import { measureApiLatency } from './api-latency.ts';
import { formatClientRender, measureClientRender } from './client-render.ts';
import { measureHosterReport } from './hoster-report.ts';
import { measureResolveMemory } from './resolve-memory.ts';

const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d });

// HOSTCHAIN_BENCH_ONLY=hosters runs one section alone while iterating (the full bench includes a
// six-minute million-block import).
const ONLY = process.env.HOSTCHAIN_BENCH_ONLY;
const runs = (section: string) => ONLY === undefined || ONLY === section;

async function main(): Promise<void> {
  const cfg = loadConfig();
  console.log(`hostchain bench — ${new Date().toISOString()} — node ${process.version}${ONLY ? ` — only ${ONLY}` : ''}`);
  if (cfg.neo4j.uri === undefined && runs('lifecycle')) {
    const l = await measureLifecycle();
    console.log(`neo4j: cold start ${fmt(l.coldStartS)} s, warm start ${fmt(l.warmStartS)} s, resident memory idle ${fmt(l.rssIdleMiB, 0)} MiB`);
  }
  // The client section needs no database: HOSTCHAIN_BENCH_ONLY=client runs it without starting one.
  const onlyClient = process.env.HOSTCHAIN_BENCH_ONLY === 'client';
  if (process.env.HOSTCHAIN_BENCH_ONLY === undefined || onlyClient) for (const line of formatClientRender(await measureClientRender())) console.log(line);
  if (onlyClient) return;
  const stateDir = mkdtempSync(path.join(tmpdir(), 'hostchain-bench-'));
  const paths = { stateDir, jarsDir: path.join(cfg.home, 'lib') };
  const state = cfg.neo4j.uri === undefined ? await startLocalNeo4j({ ...paths, port: 17_600 + Math.floor(Math.random() * 1000), heap: '2g' }) : undefined;
  const db = openGraphDb({ uri: cfg.neo4j.uri ?? state!.uri, user: cfg.neo4j.user, password: cfg.neo4j.password });
  try {
    await applyMigrations(db);
    if (runs('core')) await measureCore(db, cfg, state === undefined ? undefined : path.join(stateDir, 'home', 'import'));
    // HOSTCHAIN_BENCH_ONLY=resolve: the resolve figures and the API on the resolved graph alone, without the million-block import.
    if (ONLY === 'resolve') await measureResolveAndApi(db, cfg);
    if (runs('memory')) await printResolveMemory(cfg, cfg.neo4j.uri ?? state!.uri);
    if (runs('hosters')) {
      // Last: its registry dump is a newer RIPE run and ends the holders the sections above imported.
      const h = await measureHosterReport(db, cfg);
      console.log(`hoster report: one year of takedown records, ${fmt(h.notices, 0)} notices on ${fmt(h.urls, 0)} URLs and ${fmt(h.domains, 0)} domains at 39 hosters (built in ${fmt(h.loadS)} s): p50 ${fmt(h.p50S, 2)} s, max ${fmt(h.maxS, 2)} s over ${h.runs} runs through GraphQL; ${h.removedWithin24hPct}% removed within 24 h, ${h.onlineAfter48hPct}% online after 48 h`);
    }
    if (state) console.log(`neo4j resident memory after the load: ${fmt(rssMiB(state.pid), 0)} MiB`);
  } finally {
    await db.close();
    if (state) await stopLocalNeo4j(paths);
    rmSync(stateDir, { recursive: true, force: true });
  }
}

// HOSTCHAIN_BENCH_MEMORY_LINES=10000,100000 (the default) sets the list lengths;
// HOSTCHAIN_BENCH_BASELINE=<another checkout> runs its CLI on the same lists first.
async function printResolveMemory(cfg: Config, neo4jUri: string): Promise<void> {
  const lengths = (process.env.HOSTCHAIN_BENCH_MEMORY_LINES ?? '10000,100000').split(',').map(Number);
  const here = path.resolve(import.meta.dirname, '..');
  const baseline = process.env.HOSTCHAIN_BENCH_BASELINE;
  const checkouts = baseline === undefined ? [here] : [path.resolve(baseline), here];
  const runs = await measureResolveMemory({ neo4jUri, user: cfg.neo4j.user, password: cfg.neo4j.password, lengths, checkouts });
  for (const r of runs) console.log(`resolve memory${r.checkout === here ? '' : ` (baseline ${r.checkout})`}: ${fmt(r.lines, 0)} lines, peak RSS of the CLI ${fmt(r.peakRssMiB, 0)} MiB, ${fmt(r.seconds)} s (${r.summary})`);
  for (const checkout of checkouts) {
    const mine = runs.filter((r) => r.checkout === checkout);
    const [small, big] = [mine[0]!, mine[mine.length - 1]!];
    if (small !== big) console.log(`resolve memory${checkout === here ? '' : ' (baseline)'}: peak at ${fmt(big.lines, 0)} lines = ${fmt(big.peakRssMiB / small.peakRssMiB, 2)}× the peak at ${fmt(small.lines, 0)} lines`);
  }
}

async function measureResolveAndApi(db: GraphDb, cfg: Config): Promise<void> {
  const r = await measureResolve(db);
  console.log(`resolve: ${r.urls} URLs on 200 domains in ${fmt(r.seconds)} s = ${fmt(r.urlsPerS)} URLs/s; limit set by fixture delay (DNS 20 ms, RDAP 50 ms) and concurrency 16 over ${r.dnsQueries} DNS + ${r.rdapQueries} RDAP questions: ${fmt(r.limitUrlsPerS)} URLs/s; run at ${fmt(r.shareOfLimit * 100, 0)}% of that limit; peak RSS of this process ${fmt(r.peakRssMiB, 0)} MiB`);
  const l = await measureApiLatency(db, cfg, r.resolvedUrls);
  console.log(`chain(url) on the resolved graph: p50 ${fmt(l.chainP50Ms)} ms, p95 ${fmt(l.chainP95Ms)} ms over ${l.chainSamples} URLs`);
  console.log(`addressees for ${fmt(l.addresseeUrls, 0)} URLs (${l.groups} groups): p50 ${fmt(l.addresseeP50Ms / 1000)} s, p95 ${fmt(l.addresseeP95Ms / 1000)} s over ${l.addresseeSamples} calls`);
}

async function measureCore(db: GraphDb, cfg: Config, importDir: string | undefined): Promise<void> {
  {
    const u = await measureUpsert(db);
    console.log(`fact upsert: ${fmt(u.upsertFactsPerS, 0)} facts/s (${u.facts} facts, MERGE + intervals + evidence links) vs baseline UNWIND CREATE ${fmt(u.baselineRowsPerS, 0)} rows/s: ${fmt(u.ratio * 100, 0)}% of the database's plain bulk path`);
    const r = await measureResolve(db);
    console.log(`resolve: ${r.urls} URLs on 200 domains in ${fmt(r.seconds)} s = ${fmt(r.urlsPerS)} URLs/s; limit set by fixture delay (DNS 20 ms, RDAP 50 ms) and concurrency 16 over ${r.dnsQueries} DNS + ${r.rdapQueries} RDAP questions: ${fmt(r.limitUrlsPerS)} URLs/s; run at ${fmt(r.shareOfLimit * 100, 0)}% of that limit; peak RSS of this process ${fmt(r.peakRssMiB, 0)} MiB`);
    // Bulk: a generated RIPE inetnum file (HOSTCHAIN_BENCH_INETNUMS objects, default one million).
    const objects = Number(process.env.HOSTCHAIN_BENCH_INETNUMS ?? 1_000_000);
    const b = await measureBulkImport(db, { objects, importDir });
    const perS = (s: number) => b.objects / s;
    console.log(`bulk file: ${fmt(b.objects, 0)} inetnum objects, ${fmt(b.fileMiB)} MiB; plain line read (I/O limit) ${fmt(b.readS)} s = ${fmt(perS(b.readS), 0)} objects/s`);
    console.log(`bulk parse: ${fmt(b.parseS)} s = ${fmt(perS(b.parseS), 0)} objects/s = ${fmt((b.readS / b.parseS) * 100, 0)}% of the I/O limit; peak RSS ${fmt(b.peakParseRssMiB, 0)} MiB`);
    const csv = b.loadCsvS === undefined ? 'LOAD CSV baseline skipped (NEO4J_URI set: import folder unknown)' : `Neo4j LOAD CSV of the same block rows ${fmt(b.loadCsvS)} s = ${fmt(perS(b.loadCsvS), 0)} rows/s, the import runs at ${fmt((b.loadCsvS / b.importS) * 100, 0)}% of it`;
    console.log(`bulk import into Neo4j (objects, holders, WITHIN hierarchy, abuse links): ${fmt(b.importS)} s = ${fmt(perS(b.importS), 0)} objects/s = ${fmt((b.readS / b.importS) * 100, 1)}% of the I/O limit; ${csv}; peak RSS ${fmt(b.peakImportRssMiB, 0)} MiB`);
    console.log(`projected for 5 million inetnum objects (the order of RIPE's split file): ${fmt((5_000_000 / perS(b.importS)) / 60, 0)} min`);
    console.log(`most-specific-block lookups: in-process index ${fmt(b.indexLookupsPerS, 0)}/s (built in ${fmt(b.indexBuildS)} s), Cypher alone ${fmt(b.cypherLookupsPerS, 0)}/s (8 in flight)`);
    // The API on a graph that holds the bulk import too: resolve the 3,000 URLs again (the bulk
    // step cleared the registry blocks), then time chain(url) and addressees.
    const again = await measureResolve(db);
    const l = await measureApiLatency(db, cfg, again.resolvedUrls);
    console.log(`chain(url) with ${fmt(b.objects, 0)} imported blocks in the graph: p50 ${fmt(l.chainP50Ms)} ms, p95 ${fmt(l.chainP95Ms)} ms over ${l.chainSamples} URLs`);
    console.log(`addressees for ${fmt(l.addresseeUrls, 0)} URLs (${l.groups} groups): p50 ${fmt(l.addresseeP50Ms / 1000)} s, p95 ${fmt(l.addresseeP95Ms / 1000)} s over ${l.addresseeSamples} calls`);
  }
}

await main();
