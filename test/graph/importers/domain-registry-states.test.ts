// Domain registry states from WHOIS, in four observations of the same names: a record (t1), a
// throttle text of another registry than SIDN (t2, must end nothing), redemption and hold (t3),
// free (t4); and a .nl name that goes into quarantine with its last registrar. The TLD "example"
// has no seeded server: its WHOIS server comes from IANA's referral, asked once per job.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveDomainRegistration } from '../../../importers/resolve/domain-registration.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../replay/whois-server.ts';
import { evidenceWhere, nodesOf, relPropsOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const dir = path.join(import.meta.dirname, '../../scenarios/registry-states');
const read = (f: string) => readFileSync(f, 'utf8');
const NL_RECORD = read(path.join(import.meta.dirname, '../../scenarios/nl-domain/whois-example.nl.txt')).replace('example.nl', 'gone.nl');
// Public Interest Registry's rate-limit answer: another registry's words than SIDN's.
const PIR_THROTTLE = 'WHOIS LIMIT EXCEEDED - SEE WWW.PIR.ORG/WHOIS FOR DETAILS\r\n';
const FREE = 'The queried object does not exist: DOMAIN NOT FOUND\r\n>>> Last update of WHOIS database: 2026-12-04T00:00:00Z <<<\r\n';

const db = openTestGraph();
const answers: Record<string, string> = {};
let whois: FixtureWhoisServers;
let rdap: FixtureRdapServer;
let config: Config;

type Snapshot = { registrar: Set<string>; ns: Set<string>; reseller: Set<string>; states: Set<string> };
const snapshots: Record<string, Snapshot> = {};
const results: Record<string, string[]> = {};

async function observe(step: string, at: string, domains: string[]): Promise<void> {
  const io = createSourceIo(config, () => new Date(at));
  const rs = (await Promise.all(domains.map((d) => resolveDomainRegistration(d, { db, io })))).flat();
  results[step] = rs.map((r) => `${r.raw.server} ${r.raw.query} ${r.status}`);
  snapshots[step] = {
    registrar: await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTERED_VIA', to: ['Organization', 'name'], open: true }),
    ns: await relsOf(db, { from: ['Domain', 'name'], type: 'DELEGATED_TO', to: ['Hostname', 'name'], open: true }),
    reseller: await relsOf(db, { from: ['Domain', 'name'], type: 'RESOLD_BY', to: ['Organization', 'name'], open: true }),
    states: await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTRY_STATE', to: ['RegistryState', 'state'], open: true }),
  };
}

beforeAll(async () => {
  await resetGraph(db);
  whois = await startWhoisServers({
    'whois.iana.org': { answers: { example: { file: path.join(dir, 'iana-example.txt') } } },
    'whois.nic.example': (q) => ({ text: answers[q] ?? FREE }),
    'whois.domain-registry.nl': (q) => ({ text: answers[q] ?? `${q} is free\n` }),
    'whois.centralnic.com': { answers: { 'x.uk.com': { text: 'Domain Name: X.UK.COM\r\nSponsoring Registrar Organization: Example Registrar Ltd\r\nName Server: NS1.HOSTING.EXAMPLE\r\n' } } },
    'whois.denic.de': (q) => ({ text: q === '-T dn,ace shop.de' ? 'Domain: shop.de\nNserver: ns1.hosting.example\nStatus: connect\nChanged: 2026-01-01T00:00:00+01:00\n' : 'Status: free\n' }),
  });
  rdap = await startRdapServer({});
  config = loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_WHOIS_SERVERS: `${whois.envValue()},*=127.0.0.1:9`, HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrap({}), HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.whois = { ...config.whois, cacheFreshnessHours: 0, perSecond: 1000 };

  Object.assign(answers, { 'shop.example': read(path.join(dir, 'whois-shop.example.txt')), 'gone.nl': NL_RECORD });
  await observe('t1', '2026-12-01T10:00:00Z', ['shop.example', 'other.example', 'gone.nl', 'shop.de', 'x.uk.com']);
  Object.assign(answers, { 'shop.example': PIR_THROTTLE, 'gone.nl': read(path.join(dir, 'whois-gone.nl-quarantine.txt')) });
  await observe('t2', '2026-12-02T10:00:00Z', ['shop.example', 'gone.nl']);
  answers['shop.example'] = read(path.join(dir, 'whois-shop.example-redemption.txt'));
  await observe('t3', '2026-12-03T10:00:00Z', ['shop.example']);
  delete answers['shop.example'];
  await observe('t4', '2026-12-04T10:00:00Z', ['shop.example']);
});
afterAll(async () => {
  await Promise.all([whois.close(), rdap.close()]);
  await db.close();
});

describe('domain WHOIS for a TLD that only IANA names', () => {
  it("asks IANA once for the TLD, then the server it names, with each registry's query line", () => {
    expect(results.t1).toEqual([
      'whois.iana.org example ok', 'whois.nic.example shop.example ok', 'whois.nic.example other.example ok',
      'whois.domain-registry.nl gone.nl ok', 'whois.denic.de -T dn,ace shop.de ok', 'whois.centralnic.com x.uk.com ok',
    ]);
  });

  it('asks a name under a private suffix (x.uk.com) of the sub-registry that runs the suffix', () => {
    expect(snapshots.t1!.registrar).toContain('x.uk.com|Example Registrar Ltd');
  });

  it('reads a CentralNic-style record: the Sponsoring Registrar Organization and the name servers', () => {
    expect(snapshots.t1!.registrar).toContain('shop.example|Example Registrar Ltd');
    expect([...snapshots.t1!.ns].filter((t) => t.startsWith('shop.example|'))).toEqual(['shop.example|ns1.hosting.example', 'shop.example|ns2.hosting.example']);
  });

  it('records a free name as the state free, not as an empty registration', () => {
    expect([...snapshots.t1!.states].filter((t) => t.startsWith('other.example|'))).toEqual(['other.example|free']);
  });
});

describe('a throttle answer of another registry after a real record (t1 → t2)', () => {
  it('ends nothing: registrar, name servers and states stay open', () => {
    const only = (s: Set<string>) => [...s].filter((t) => t.startsWith('shop.example|')).sort();
    for (const k of ['registrar', 'ns', 'states'] as const) expect(only(snapshots.t2![k]), k).toEqual(only(snapshots.t1![k]));
    expect(only(snapshots.t2!.registrar)).toEqual(['shop.example|Example Registrar Ltd']);
  });

  it('is kept as failed evidence that quotes the server', async () => {
    expect(results.t2).toContain('whois.nic.example shop.example failed');
    const failed = (await evidenceWhere(db, '^shop\\.example$')).filter((e) => e.status === 'failed');
    expect(failed.map((e) => e.error)).toEqual(['refused: WHOIS LIMIT EXCEEDED - SEE WWW.PIR.ORG/WHOIS FOR DETAILS']);
  });
});

describe('redemption, hold and free (t3, t4)', () => {
  it('states redemption and server hold beside registered while the name is in redemption', () => {
    expect([...snapshots.t3!.states].filter((t) => t.startsWith('shop.example|')).sort()).toEqual(['shop.example|redemption', 'shop.example|registered', 'shop.example|server-hold']);
  });

  it('a free answer ends the registrar and name servers of that source and the earlier states', () => {
    const only = (s: Set<string>) => [...s].filter((t) => t.startsWith('shop.example|'));
    expect(only(snapshots.t4!.registrar)).toEqual([]);
    expect(only(snapshots.t4!.ns)).toEqual([]);
    expect(only(snapshots.t4!.states)).toEqual(['shop.example|free']);
  });

  it('keeps the ended registrar with the date it ended', async () => {
    const [via] = await relPropsOf(db, { from: ['Domain', 'name', 'shop.example'], type: 'REGISTERED_VIA' });
    expect([via!.open, String(via!.endedAt).slice(0, 10), (via!.to as { name: string }).name]).toEqual([false, '2026-12-04', 'Example Registrar Ltd']);
  });
});

describe('a .nl name in quarantine (t1 record → t2 quarantine)', () => {
  it('states quarantine and no longer registered', () => {
    expect([...snapshots.t2!.states].filter((t) => t.startsWith('gone.nl|'))).toEqual(['gone.nl|quarantine']);
  });

  it('keeps the last registrar, marked as last registrar, and ends reseller and name servers', async () => {
    expect([...snapshots.t2!.registrar].filter((t) => t.startsWith('gone.nl|'))).toEqual(['gone.nl|Example Registrar B.V.']);
    const open = (await relPropsOf(db, { from: ['Domain', 'name', 'gone.nl'], type: 'REGISTERED_VIA' })).filter((r) => r.open === true);
    expect(open.map((r) => r.lastRegistrar)).toEqual([true]);
    expect([...snapshots.t2!.reseller].filter((t) => t.startsWith('gone.nl|'))).toEqual([]);
    expect([...snapshots.t2!.ns].filter((t) => t.startsWith('gone.nl|'))).toEqual([]);
  });

  it('keeps the date out of quarantine on the domain', async () => {
    expect(await nodesOf(db, 'Domain', ['name', 'stateUntil'])).toContain('gone.nl|2026-12-30T10:00:00');
  });
});
