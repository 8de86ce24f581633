// Resolve throughput against the limit the fixtures set: every distinct question waits the
// fixture's delay, and the job asks `concurrency` at a time, so no resolver could beat
// (distinct DNS questions × DNS delay + distinct RDAP questions × RDAP delay) / concurrency.
import path from 'node:path';
import { createSourceIo } from '../importers/core/source-io.ts';
import { normalizeUrl } from '../importers/url-list/normalize-url.ts';
import { loadConfig } from '../server/config.ts';
import type { GraphDb } from '../server/db/driver.ts';
import { runResolveJob } from '../server/jobs/resolve-job.ts';
import { startWorld } from './resolve-fixture-world.ts';

export interface ResolveFigures {
  urls: number;
  seconds: number;
  urlsPerS: number;
  limitUrlsPerS: number;
  shareOfLimit: number;
  dnsQueries: number;
  rdapQueries: number;
  peakRssMiB: number;
  /** The normalised URLs resolved (for the API latency bench). */
  resolvedUrls: string[];
}

export async function measureResolve(db: GraphDb, opts = { concurrency: 16, dnsMs: 20, rdapMs: 50 }): Promise<ResolveFigures> {
  const world = await startWorld({ dnsMs: opts.dnsMs, rdapMs: opts.rdapMs });
  try {
    const config = loadConfig({ HOSTCHAIN_DNS_SERVERS: world.dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: world.bootstrapDir, HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: path.join(import.meta.dirname, 'none.json') });
    config.dns = { ...config.dns, perSecond: 10_000, concurrency: 64, timeoutMs: 2000 };
    config.rdap = { ...config.rdap, perSecond: 10_000, concurrency: 64 };
    const inputs = world.urls.map((u, i) => ({ url: normalizeUrl(u), list: 'bench', line: i + 1, input: u }));
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const t0 = performance.now();
    const s = await runResolveJob({ db, io: createSourceIo(config), inputs, concurrency: opts.concurrency });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const dnsQueries = world.dns.queries.length;
    const rdapQueries = world.rdap.requests.length;
    const limitS = (dnsQueries * opts.dnsMs + rdapQueries * opts.rdapMs) / 1000 / opts.concurrency;
    if (s.failed > 0) throw new Error(`${s.failed} URLs failed: ${s.failures[0]?.reason}`);
    return { resolvedUrls: inputs.map((i) => i.url.url), urls: s.done, seconds, urlsPerS: s.done / seconds, limitUrlsPerS: s.done / limitS, shareOfLimit: limitS / seconds, dnsQueries, rdapQueries, peakRssMiB: peak / 1048576 };
  } finally {
    await world.close();
  }
}
