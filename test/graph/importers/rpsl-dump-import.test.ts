import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { loadBlockIndex } from '../../../importers/resolve/block-index.ts';
import { ipToKey } from '../../../importers/core/ip-key.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { withRoles } from '../../../server/chain/chain-report.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { findChainForUrl } from '../../../server/queries/chain.ts';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { describeRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { duplicateOpenFacts, nodesOf, relPropsOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const DUMP = path.join(import.meta.dirname, '../../fixtures/bulk/ripe-reseller-chain.db');
const IMPORTED_AT = new Date('2026-11-20T06:00:00Z');
const block = (range: string) => `RIPE ${range}`;
const UPSTREAM = block('192.0.2.0-192.0.2.255');
const RESELLER = block('192.0.2.0-192.0.2.127');
const HOSTER = block('192.0.2.64-192.0.2.79');
const ODD = block('192.0.2.80-192.0.2.90');

const db = openTestGraph();
let dns: FixtureDnsServer;
let rdap: FixtureRdapServer;
let config: Config;

beforeAll(async () => {
  await resetGraph(db);
  dns = await startDnsServer({ zones: [] });
  rdap = await startRdapServer({});
  config = loadConfig({ HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({ ipv4: { ripe: ['192.0.2.0/24'] } }), HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 300, retries: 0 };
});
afterAll(async () => {
  await Promise.all([dns.close(), rdap.close()]);
  await db.close();
});

describe('a registry dump in RPSL', () => {
  let first: Awaited<ReturnType<typeof importRpslDump>>;
  beforeAll(async () => {
    first = await importRpslDump({ db, file: DUMP, now: () => IMPORTED_AT });
  });

  it('imports every object and reports the broken one by line, the rest still in', () => {
    expect(first).toMatchObject({ records: 11, problemCount: 1, blocks: 4, withinEdges: 3 });
    expect(first.problems).toEqual([{ position: 'line 52', reason: 'inetnum: range 192.0.2.200 - 192.0.2.100 ends before it starts' }]);
  });

  it('computes the hierarchy: the assignment under the sub-allocation under the allocation', async () => {
    expect(await relsOf(db, { from: ['Netblock', 'key'], type: 'WITHIN', to: ['Netblock', 'key'] })).toEqual(new Set([`${RESELLER}|${UPSTREAM}`, `${HOSTER}|${RESELLER}`, `${ODD}|${RESELLER}`]));
  });

  it('names each holder and links abuse-c references to the role mailboxes, whatever their order in the file', async () => {
    expect(await relsOf(db, { from: ['Netblock', 'key'], type: 'HELD_BY', to: ['Organization', 'name'] })).toEqual(
      new Set([`${UPSTREAM}|Example Upstream B.V.`, `${RESELLER}|Example Reseller Ltd`, `${HOSTER}|Shady Example Hosting`]),
    );
    expect(await relsOf(db, { from: ['Organization', 'name'], type: 'ABUSE_CONTACT', to: ['Contact', 'email'] })).toEqual(
      new Set(['Example Upstream B.V.|abuse@upstream.example', 'Example Reseller Ltd|abuse@reseller.example']),
    );
    expect(await relsOf(db, { from: ['Route', 'key'], type: 'ORIGINATED_BY', to: ['AutonomousSystem', 'number'] })).toEqual(new Set(['192.0.2.0/24 AS64500|64500']));
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'HELD_BY', to: ['Organization', 'name'] })).toEqual(new Set(['64500|Example Upstream B.V.']));
  });

  it('gives the chain of an address in the sub-allocation from the dump alone: no RDAP, WHOIS or origin query', async () => {
    const io = createSourceIo(config, () => new Date('2026-11-22T09:00:00Z'));
    const r = await resolveUrl({ url: normalizeUrl('http://192.0.2.70/x'), list: 'l', line: 1, input: 'http://192.0.2.70/x' }, { db, io });
    expect(r.bulk['192.0.2.70']).toEqual({ block: HOSTER, routes: ['192.0.2.0/24 AS64500'], notes: [], lookup: 'cypher' });
    expect(rdap.requests).toEqual([]);
    expect(dns.queries.map((q) => q.name)).toEqual(['70.2.0.192.in-addr.arpa']);
    const chain = withRoles((await findChainForUrl(db, 'http://192.0.2.70/x'))!);
    const [a] = chain.addresses;
    expect(a!.blocks.map((b) => [b.role, b.holder, b.abuse, b.source])).toEqual([
      ['hoster', 'Shady Example Hosting', [], 'ripe-db'],
      ['reseller', 'Example Reseller Ltd', ['abuse@reseller.example'], 'ripe-db'],
      ['upstream', 'Example Upstream B.V.', ['abuse@upstream.example'], 'ripe-db'],
    ]);
    expect(a!.origins.map((o) => [o.asn, o.name, o.prefix, o.source, o.evidenceId])).toEqual([[64500, 'Example Upstream B.V.', '192.0.2.0/24', 'ripe-db', first.evidenceId]]);
  });

  it('finds the same blocks through the in-process index a big job loads from the graph', async () => {
    const index = await loadBlockIndex(db);
    expect(index.size).toBe(4);
    expect(index.mostSpecific(ipToKey('192.0.2.85'))).toEqual({ key: ODD, evidenceId: first.evidenceId, source: 'ripe-db', observedAt: '2026-11-20T06:00:00Z' });
    expect(index.mostSpecific(ipToKey('192.0.2.100'))?.key).toBe(RESELLER);
    expect(index.mostSpecific(ipToKey('192.0.2.200'))?.key).toBe(UPSTREAM);
    expect(index.mostSpecific(ipToKey('198.51.100.1'))).toBeUndefined();
    const summary = await runResolveJob({
      db, io: createSourceIo(config, () => new Date('2026-11-22T09:30:00Z')), concurrency: 2, indexFromUrls: 1,
      inputs: ['http://192.0.2.66/a', 'http://192.0.2.85/b'].map((u, i) => ({ url: normalizeUrl(u), list: 'job', line: i + 1, input: u })),
    });
    expect(summary).toMatchObject({ done: 2, failed: 0 });
    expect(rdap.requests).toEqual([]);
    expect(await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_NETBLOCK', to: ['Netblock', 'key'] })).toEqual(new Set([`192.0.2.70|${HOSTER}`, `192.0.2.66|${HOSTER}`, `192.0.2.85|${ODD}`]));
  });

  it('asks live again when the dump is older than the freshness window', async () => {
    const io = createSourceIo(config, () => new Date('2027-01-30T09:00:00Z'));
    const r = await resolveUrl({ url: normalizeUrl('http://192.0.2.71/x'), list: 'l', line: 2, input: 'http://192.0.2.71/x' }, { db, io });
    expect(r.bulk['192.0.2.71']!.block).toBeUndefined();
    expect(r.bulk['192.0.2.71']!.notes).toEqual([`bulk block ${HOSTER} is older than the freshness window`]);
    expect(rdap.requests.map((q) => q.url)).toEqual(['/ripe/ip/192.0.2.71']);
  });

  it('ends what a newer dump no longer states, keeping its history', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-dump-'));
    const newer = path.join(dir, 'ripe.db');
    // The hoster's assignment was returned: the newer dump lacks it.
    writeFileSync(newer, readFileSync(DUMP, 'utf8').replace(/inetnum:\s+192\.0\.2\.64 - 192\.0\.2\.79[\s\S]*?\n\n/, ''));
    const r = await importRpslDump({ db, file: newer, now: () => new Date('2026-11-21T06:00:00Z') });
    expect(r).toMatchObject({ records: 10, withinEdges: 2, withinEnded: 1 });
    const within = await relPropsOf(db, { from: ['Netblock', 'key', HOSTER], type: 'WITHIN' });
    expect(within.map((w) => [w.open, String(w.endedAt).slice(0, 10)])).toEqual([[false, '2026-11-21']]);
    const held = await relPropsOf(db, { from: ['Netblock', 'key', HOSTER], type: 'HELD_BY' });
    expect(held.map((h) => h.open)).toEqual([false]);
    expect(await duplicateOpenFacts(db)).toBe(0);
  });

  it('resumes a killed import after its last committed batch, without duplicates', async () => {
    await resetGraph(db);
    const killed = importRpslDump({ db, file: DUMP, batchSize: 3, now: () => IMPORTED_AT, onProgress: (p) => {
      if (p.records >= 6) throw new Error('killed');
    } });
    await expect(killed).rejects.toThrow('killed');
    const again = await importRpslDump({ db, file: DUMP, batchSize: 3, now: () => IMPORTED_AT });
    expect(again).toMatchObject({ resumedFrom: 6, records: 5, withinEdges: 3 });
    expect(await nodesOf(db, 'Netblock', ['key'])).toEqual(new Set([UPSTREAM, RESELLER, HOSTER, ODD]));
    expect(await duplicateOpenFacts(db)).toBe(0);
  });
});

describeRecorded('the RIRs’ real bulk files', () => {
  it('imports the AFRINIC, LACNIC, ARIN and RADB excerpts with their blocks, holders, statuses and origins', async () => {
    await resetGraph(db);
    const file = (f: string) => recordedPath('rpsl-bulk-dumps', f);
    const results = await Promise.all(['afrinic.db.excerpt.txt', 'lacnic.db.excerpt.txt', 'arin_db.excerpt.txt', 'radb.db.excerpt.txt'].map((f) => importRpslDump({ db, file: file(f) })));
    expect(results.map((r) => r.problemCount)).toEqual([0, 0, 0, 1]);
    const blocks = await nodesOf(db, 'Netblock', ['key', 'status']);
    expect(blocks).toContain('AFRINIC 196.204.208.1-196.204.208.255|ASSIGNED PA');
    expect(blocks).toContain('LACNIC 24.232.16.0-24.232.16.255|REALLOCATED');
    expect(blocks).toContain('ARIN 192.104.33.0-192.104.33.255|DIRECT ASSIGNMENT');
    expect(await relsOf(db, { from: ['Netblock', 'key'], type: 'HELD_BY', to: ['Organization', 'key'] })).toContain('ARIN 192.104.33.0-192.104.33.255|ARIN:THESPI');
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'HELD_BY', to: ['Organization', 'name'] })).toContain('278|FUNDAÇÃO DE AMPARO À PESQUISA DO ESTADO SÃO PAULO');
    expect(await relsOf(db, { from: ['Route', 'key'], type: 'ORIGINATED_BY', to: ['AutonomousSystem', 'number'] })).toContain('167.96.0.0/16 AS2900|2900');
  });
});
