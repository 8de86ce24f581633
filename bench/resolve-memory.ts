// Peak memory of `hostchain resolve` against the length of the list (issue 15, defect 8: a
// 100,000-line list peaked at 1.9 GB). The CLI runs in a child process, as a user runs it, on
// generated lists of 10,000 and 100,000 lines (5% bad lines) against the loopback replay world of
// the resolve bench (200 domains, 600 host names): the names repeat across different paths, so
// after the first lookups the answers come from the job's memo and the run measures the list
// handling, the line evidence and the per-URL writes, not the fixtures' delay.
// HOSTCHAIN_BENCH_BASELINE=<checkout> runs that checkout's CLI on the same lists beside this one.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWorld } from './resolve-fixture-world.ts';

export interface MemoryRun {
  checkout: string;
  lines: number;
  peakRssMiB: number;
  seconds: number;
  summary: string;
}

const HOSTS = ['', 'www.', 'cdn.'];
const DOMAINS = 200;

/** Line i: a URL on one of the 600 names, or (every 20th) an ftp URL, a bad line. */
export function memoryBenchList(lines: number): string {
  const out: string[] = ['# generated for the memory bench'];
  for (let i = 0; i < lines; i += 1) out.push(i % 20 === 19 ? `ftp://d${i % DOMAINS}.example/file/${i}` : `http://${HOSTS[i % 3]}d${(i * 7) % DOMAINS}.example/item/${i}?page=${i % 13}`);
  return `${out.join('\n')}\n`;
}

export async function measureResolveMemory(opts: { neo4jUri: string; user: string; password: string; lengths: number[]; checkouts: string[] }): Promise<MemoryRun[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-bench-memory-'));
  const world = await startWorld({ dnsMs: 0, rdapMs: 0 });
  const env = {
    ...process.env, NEO4J_URI: opts.neo4jUri, NEO4J_USER: opts.user, NEO4J_PASSWORD: opts.password,
    HOSTCHAIN_DNS_SERVERS: world.dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: world.bootstrapDir, HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9',
    HOSTCHAIN_CONFIG: path.join(dir, 'hostchain.config.json'),
  };
  // As the resolve bench: the fixtures answer at once, so the sources' politeness limits would only measure waiting.
  writeFileSync(env.HOSTCHAIN_CONFIG, JSON.stringify({ dns: { perSecond: 10_000, concurrency: 64, timeoutMs: 2000 }, rdap: { perSecond: 10_000, concurrency: 64 } }));
  const runs: MemoryRun[] = [];
  try {
    for (const lines of opts.lengths) {
      const file = path.join(dir, `list-${lines}.txt`);
      writeFileSync(file, memoryBenchList(lines));
      for (const checkout of opts.checkouts) runs.push(await runCli({ checkout, file, lines, env }));
      // The fixture servers log every question; the log is the bench process's, not the child's.
      world.dns.queries.length = 0;
      world.rdap.requests.length = 0;
    }
    return runs;
  } finally {
    await world.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runCli(o: { checkout: string; file: string; lines: number; env: NodeJS.ProcessEnv }): Promise<MemoryRun> {
  const preload = path.join(import.meta.dirname, 'max-rss-preload.cjs');
  const t0 = performance.now();
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
    execFile('node', ['-r', preload, 'bin/hostchain.mjs', 'resolve', o.file, '--concurrency', '16', '--fresh-hours', '0'], { cwd: o.checkout, env: o.env, maxBuffer: 1 << 30 }, (_err, out, err) => resolve({ stdout: out, stderr: err }));
  });
  const seconds = (performance.now() - t0) / 1000;
  const rss = [...stderr.matchAll(/hostchain-bench maxRSS (\d+)/g)].map((m) => Number(m[1]));
  if (rss.length === 0) throw new Error(`the CLI in ${o.checkout} printed no peak memory: ${stderr.slice(-2000)}`);
  const looked = /URLs looked up\s+(\d+)/.exec(stdout)?.[1] ?? '?';
  const failed = /not finished \(errors\)\s+(\d+)/.exec(stdout)?.[1] ?? '?';
  const bad = /bad input lines\s+(\d+)/.exec(stdout)?.[1] ?? '?';
  return { checkout: o.checkout, lines: o.lines, peakRssMiB: Math.max(...rss) / 1024, seconds, summary: `${looked} looked up, ${failed} not finished, ${bad} bad lines` };
}
