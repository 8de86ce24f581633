// `npm run bench`: speed and memory figures, each beside its baseline measured in the same run.
// Uses NEO4J_URI when set, else starts a throw-away local Neo4j (and measures its start-up).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { openGraphDb } from '../server/db/driver.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../server/db/local-neo4j.ts';
import { applyMigrations } from '../server/db/migrate.ts';
import { measureUpsert } from './fact-upsert.ts';
import { measureLifecycle, rssMiB } from './neo4j-lifecycle.ts';
import { measureResolve } from './resolve-urls.ts';

const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d });

async function main(): Promise<void> {
  const cfg = loadConfig();
  console.log(`hostchain bench — ${new Date().toISOString()} — node ${process.version}`);
  if (cfg.neo4j.uri === undefined) {
    const l = await measureLifecycle();
    console.log(`neo4j: cold start ${fmt(l.coldStartS)} s, warm start ${fmt(l.warmStartS)} s, resident memory idle ${fmt(l.rssIdleMiB, 0)} MiB`);
  }
  const stateDir = mkdtempSync(path.join(tmpdir(), 'hostchain-bench-'));
  const paths = { stateDir, jarsDir: path.join(cfg.home, 'lib') };
  const state = cfg.neo4j.uri === undefined ? await startLocalNeo4j({ ...paths, port: 17_600 + Math.floor(Math.random() * 1000), heap: '2g' }) : undefined;
  const db = openGraphDb({ uri: cfg.neo4j.uri ?? state!.uri, user: cfg.neo4j.user, password: cfg.neo4j.password });
  try {
    await applyMigrations(db);
    const u = await measureUpsert(db);
    console.log(`fact upsert: ${fmt(u.upsertFactsPerS, 0)} facts/s (${u.facts} facts, MERGE + intervals + evidence links) vs baseline UNWIND CREATE ${fmt(u.baselineRowsPerS, 0)} rows/s: ${fmt(u.ratio * 100, 0)}% of the database's plain bulk path`);
    const r = await measureResolve(db);
    console.log(`resolve: ${r.urls} URLs on 200 domains in ${fmt(r.seconds)} s = ${fmt(r.urlsPerS)} URLs/s; limit set by fixture delay (DNS 20 ms, RDAP 50 ms) and concurrency 16 over ${r.dnsQueries} DNS + ${r.rdapQueries} RDAP questions: ${fmt(r.limitUrlsPerS)} URLs/s; run at ${fmt(r.shareOfLimit * 100, 0)}% of that limit; peak RSS of this process ${fmt(r.peakRssMiB, 0)} MiB`);
    if (state) console.log(`neo4j resident memory after the load: ${fmt(rssMiB(state.pid), 0)} MiB`);
  } finally {
    await db.close();
    if (state) await stopLocalNeo4j(paths);
    rmSync(stateDir, { recursive: true, force: true });
  }
}

await main();
