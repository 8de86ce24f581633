import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveDomainRegistration } from '../../../importers/resolve/domain-registration.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../replay/whois-server.ts';
import { evidenceWhere, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// A registry WHOIS that rations queries the way SIDN does: a second query from the same client
// within a second gets "only 1 request per second allowed" instead of the record.
const answerFor = (domain: string) => readFileSync(path.join(import.meta.dirname, '../../scenarios/nl-domain/whois-example.nl.txt'), 'utf8').replace('example.nl', domain);
const SIDN_LIMIT = 'only 1 request per second allowed, try again later';
const DOMAINS = ['een.nl', 'twee.nl', 'drie.nl'];

const db = openTestGraph();
let whois: FixtureWhoisServers;
let rdap: FixtureRdapServer;
let config: Config;
let last = 0;

beforeAll(async () => {
  await resetGraph(db);
  whois = await startWhoisServers({
    'whois.domain-registry.nl': (query) => {
      const now = Date.now();
      const tooSoon = now - last < 950; // a little slack for connection set-up jitter
      last = now;
      return { text: tooSoon ? `${SIDN_LIMIT}\n` : answerFor(query) };
    },
  });
  rdap = await startRdapServer({});
  config = loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_WHOIS_SERVERS: `${whois.envValue()},*=127.0.0.1:9`, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({}), HOSTCHAIN_CONFIG: '/nonexistent.json' });
});
afterAll(async () => {
  await Promise.all([whois.close(), rdap.close()]);
  await db.close();
});

const run = (cfg: Config, now?: () => Date) => {
  const io = createSourceIo(cfg, now);
  return Promise.all(DOMAINS.map((d) => resolveDomainRegistration(d, { db, io })));
};
const queriesSoFar = () => whois.queries.length;

describe('WHOIS against a server that rations queries', () => {
  it('keeps to the configured rate per server, so a 1-per-second registry never refuses', async () => {
    const results = (await run({ ...config, whois: { ...config.whois, perSecond: 1, concurrency: 1, cacheFreshnessHours: 0 } })).flat();
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    const times = whois.queries.map((q) => q.at.getTime());
    for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(950);
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTERED_VIA', to: ['Organization', 'name'] })).toEqual(new Set(DOMAINS.map((d) => `${d}|Example Registrar B.V.`)));
  });

  it('records a refusal as failed evidence and ends nothing when the rate is set too high', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const before = queriesSoFar();
    const results = (await run({ ...config, whois: { ...config.whois, perSecond: 50, concurrency: 3, cacheFreshnessHours: 0 } })).flat();
    expect(queriesSoFar() - before).toBe(3);
    expect(results.filter((r) => r.status === 'failed').length).toBeGreaterThanOrEqual(1);
    const refused = (await evidenceWhere(db, '^(een|twee|drie)\\.nl$')).filter((e) => e.status === 'failed');
    expect(refused.map((e) => e.error)).toContain(`refused: ${SIDN_LIMIT}`);
    // The registrations found in the first run stay open: a refusal is not "no registrar".
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTERED_VIA', to: ['Organization', 'name'] })).toEqual(new Set(DOMAINS.map((d) => `${d}|Example Registrar B.V.`)));
  });
});

describe('the WHOIS answer cache', () => {
  it('answers a rerun inside the freshness window from the stored evidence, asking the server nothing', async () => {
    const before = queriesSoFar();
    const results = (await run({ ...config, whois: { ...config.whois, perSecond: 1, cacheFreshnessHours: 24 } })).flat();
    expect(queriesSoFar()).toBe(before);
    expect(results.every((r) => r.cached === true && r.status === 'ok')).toBe(true);
    expect(results.flatMap((r) => r.observations.flatMap((o) => o.facts)).some((f) => f.kind === 'rel' && f.type === 'REGISTERED_VIA')).toBe(true);
  });

  it('asks again once the stored answer is older than the window', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const before = queriesSoFar();
    const later = () => new Date(Date.now() + 25 * 3_600_000);
    const results = (await run({ ...config, whois: { ...config.whois, perSecond: 1, cacheFreshnessHours: 24 } }, later)).flat();
    expect(queriesSoFar() - before).toBe(3);
    expect(results.map((r) => [r.cached ?? false, r.status])).toEqual([[false, 'ok'], [false, 'ok'], [false, 'ok']]);
  });
});
