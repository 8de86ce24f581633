import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { runResolveJob, type ResolveJobSummary } from '../../../server/jobs/resolve-job.ts';
import { evidenceWhere, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';

const db = openTestGraph();
let scenario: RunningScenario;
let summary: ResolveJobSummary;

beforeAll(async () => {
  await resetGraph(db);
  scenario = await startResellerChain();
  // The resolver never answers for one name, and the RDAP server sends a body cut in half.
  scenario.dns.setMisbehaviour([{ mode: 'drop', name: 'www.shop.example' }]);
  scenario.rdap.setMisbehaviour({ mode: 'malformed', path: '/registry/' });
  const inputs = ['www.shop.example/a', 'shop.example/b'].map((u, i) => ({ url: normalizeUrl(u), list: 'hostile', line: i + 1, input: u }));
  summary = await runResolveJob({ db, io: createSourceIo(scenario.config), inputs, concurrency: 2 });
});
afterAll(async () => {
  await scenario.close();
  await db.close();
});

describe('hostile or broken servers', () => {
  it('are recorded as failed observations while the job goes on', async () => {
    expect(summary).toMatchObject({ total: 2, done: 2, failed: 0 });
    expect(summary.lookupFailures).toBeGreaterThan(0);
    const timeouts = await evidenceWhere(db, 'www\\.shop\\.example\\. IN A+');
    expect(timeouts.map((e) => e.status)).toEqual(['failed', 'failed']);
    expect(timeouts[0]!.error).toMatch(/DNS_TIMEOUT/);
  });

  it('keep an unreadable answer as failed evidence with the reason', async () => {
    const cut = await evidenceWhere(db, '.*/registry/domain/shop\\.example');
    // Both URLs are on shop.example: one job asks the registration once.
    expect(cut).toHaveLength(1);
    for (const e of cut) {
      expect(e).toMatchObject({ source: 'rdap', status: 'failed', error: expect.stringMatching(/^unreadable answer: /) });
      expect(e.byteLength).toBeGreaterThan(0);
    }
  });

  it('keep the other URL\'s chain', async () => {
    expect(await relsOf(db, { from: ['Hostname', 'name'], type: 'RESOLVES_TO', to: ['IpAddress', 'address'] })).toEqual(new Set(['shop.example|198.51.100.7']));
    expect(await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_NETBLOCK', to: ['Netblock', 'status'] })).toEqual(new Set(['198.51.100.7|ASSIGNED PA']));
  });
});
