// The local Neo4j's own costs: cold start (empty data folder), warm start, resident memory idle.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../server/config.ts';
import { findFreePort, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jPaths } from '../server/db/local-neo4j.ts';

export interface LifecycleFigures {
  coldStartS: number;
  warmStartS: number;
  rssIdleMiB: number;
}

export function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

export async function measureLifecycle(): Promise<LifecycleFigures> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'hostchain-bench-neo4j-'));
  const paths: LocalNeo4jPaths = { stateDir, jarsDir: path.join(defaultConfig().home, 'lib') };
  const port = await findFreePort();
  try {
    let t0 = performance.now();
    await startLocalNeo4j({ ...paths, port, heap: '2g' });
    const coldStartS = (performance.now() - t0) / 1000;
    await stopLocalNeo4j(paths);
    t0 = performance.now();
    const state = await startLocalNeo4j({ ...paths, port, heap: '2g' });
    const warmStartS = (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 3000));
    const rssIdleMiB = rssMiB(state.pid);
    await stopLocalNeo4j(paths);
    return { coldStartS, warmStartS, rssIdleMiB };
  } finally {
    await stopLocalNeo4j(paths);
    rmSync(stateDir, { recursive: true, force: true });
  }
}
