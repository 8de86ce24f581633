import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../server/config.ts';
import { createWhoisIo } from '../../../../importers/whois/whois-io.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../../replay/whois-server.ts';

let whois: FixtureWhoisServers;
beforeAll(async () => {
  whois = await startWhoisServers({ 'whois.ripe.net': { answers: {}, notFound: { text: 'nothing\n' } }, 'whois.arin.net': { answers: {}, notFound: { text: 'nothing\n' } } });
});
afterAll(() => whois.close());

describe('per-server WHOIS rate limits', () => {
  it('spread the queries to one server over time and leave other servers unaffected', async () => {
    const cfg = loadConfig({ HOSTCHAIN_WHOIS_SERVERS: whois.envValue(), HOSTCHAIN_CONFIG: '/nonexistent.json' });
    cfg.whois = { ...cfg.whois, perSecond: 4, concurrency: 1 };
    const io = createWhoisIo(cfg);
    const done: string[] = [];
    const t0 = Date.now();
    const ripe = Promise.all(Array.from({ length: 9 }, (_, i) => io.query('whois.ripe.net', `q${i}`).then(() => done.push(`ripe ${i}`))));
    const arin = io.query('whois.arin.net', 'x').then(() => done.push('arin'));
    await Promise.all([ripe, arin]);
    // 9 queries at 4 per second: the third window cannot open before 2 s.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1900);
    // ARIN has its own queue: it is not stuck behind RIPE's backlog.
    expect(done.indexOf('arin')).toBeLessThan(done.indexOf('ripe 8'));
    expect(whois.queries.filter((q) => q.server === 'whois.ripe.net')).toHaveLength(9);
  });
});
