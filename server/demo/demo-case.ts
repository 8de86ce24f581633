// The demo case: a newcomer without internet sees a whole chain at once. Its DNS and RDAP answers
// are the project's reseller-chain scenario (documentation ranges, example.* names), replayed
// through the loopback fixture servers, so the demo runs the real importers on real protocols.
// Beside the reseller chain it holds a CDN-fronted site: the CDN's published range list is
// imported first, as a user would import Cloudflare's.
import { createSourceIo } from '../../importers/core/source-io.ts';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import type { Config } from '../config.ts';
import type { GraphDb } from '../db/driver.ts';
import { runResolveJob, type ResolveJobSummary } from '../jobs/resolve-job.ts';
import { importCdnRanges } from '../../importers/cloud-ranges/cdn-range-import.ts';
import { CDN_PROVIDER, CDN_RANGES_FILE, startResellerChain } from './reseller-chain/scenario.ts';

export const DEMO_CASE = 'Demo: reseller chain';
export const DEMO_URLS = ['http://www.shop.example/gallery/1.jpg', 'http://www.shop.example/gallery/2.jpg', 'https://shop.example/upload/a.mp4', 'shop.example/forum?thread=9', 'https://www.clips.example/v/123'];

export async function loadDemoCase(db: GraphDb, config: Config): Promise<ResolveJobSummary> {
  const scenario = await startResellerChain();
  try {
    await importCdnRanges({ db, file: CDN_RANGES_FILE, provider: CDN_PROVIDER });
    // The user's limits and servers stay as they are; only the transports point at the replay.
    const io = createSourceIo({ ...config, dns: scenario.config.dns, rdap: scenario.config.rdap, whois: scenario.config.whois });
    const inputs = DEMO_URLS.map((u, i) => ({ url: normalizeUrl(u), list: 'demo', line: i + 1, input: u, caseId: `case:${DEMO_CASE}`, caseName: DEMO_CASE }));
    return await runResolveJob({ db, io, inputs, concurrency: 4 });
  } finally {
    await scenario.close();
  }
}
