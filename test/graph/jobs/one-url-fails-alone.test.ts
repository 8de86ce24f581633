// Issue 15, defect 2: no single URL may fail a job. A URL that passes intake but whose facts the
// database refuses (here: the registry names its registrar with 9,000 characters, more than Neo4j
// indexes as the registrar's key) is named by its line with a reason in words, never with the
// database's internal element ids, and the URLs before and after it are resolved and kept in the case.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDnsServer, type FixtureDnsServer } from '../../../replay/dns-server.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { parseZoneFile } from '../../../replay/zone-file.ts';
import { loadConfig } from '../../../server/config.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-fails-alone-'));
// Element ids as Neo4j 5 prints them ("4:5d422ca4-f391-4813-9a53-9dff957795c2:18"), or "element id".
const INTERNAL_ID = /element id|\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:\d+/i;
let dns: FixtureDnsServer;
let rdap: FixtureRdapServer;
let bootstrap: string;

const registrar = (name: string) => ({ objectClassName: 'entity', handle: 'R-1', roles: ['registrar'], vcardArray: ['vcard', [['fn', {}, 'text', name]]] });
const domain = (name: string, registrarName: string) => ({ json: { objectClassName: 'domain', ldhName: name, status: ['active'], entities: [registrar(registrarName)] } });
const zone = (name: string, ip: string) => parseZoneFile(`$ORIGIN ${name}.\n$TTL 300\n@ IN SOA ns1.${name}. h.${name}. 1 3600 900 604800 300\n@ IN NS ns1.${name}.\n@ IN A ${ip}\n`, { source: name });

beforeAll(async () => {
  await resetGraph(db);
  dns = await startDnsServer({ zones: [zone('good.example', '198.51.100.20'), zone('hostile.example', '198.51.100.21')] });
  rdap = await startRdapServer({ registry: { '/domain/good.example': domain('good.example', 'Example Registrar Inc.'), '/domain/hostile.example': domain('hostile.example', 'R'.repeat(9000)) } });
  bootstrap = rdap.writeBootstrap({ dns: { registry: ['example'] } });
});
afterAll(async () => {
  await dns.close();
  await rdap.close();
  await db.close();
});

const env = () => ({ ...process.env, NEO4J_URI: inject('neo4jUri'), HOSTCHAIN_DNS_SERVERS: dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: bootstrap, HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: path.join(dir, 'none.json') });

async function caseUrls(caseName: string): Promise<Set<string>> {
  const rows = await db.read<{ url: string; line: number; resolved: boolean }>('MATCH (u:Url)-[r:IN_CASE]->(:Case {name: $caseName}) RETURN u.url AS url, r.line AS line, u.resolvedAt IS NOT NULL AS resolved', { caseName });
  return new Set(rows.map((r) => `${r.line} ${r.url} ${r.resolved ? 'resolved' : 'not finished'}`));
}

describe('one URL whose facts the database refuses', () => {
  it('is named by its line and why in the CLI, and the URLs around it are resolved into the case', async () => {
    const list = path.join(dir, 'list.txt');
    writeFileSync(list, 'http://good.example/1\nhttp://hostile.example/2\nhttp://www.good.example/3\n');
    const r = await run('node', ['bin/hostchain.mjs', 'resolve', list, '--case', 'Refused', '--concurrency', '1'], { cwd: root, env: env() }).catch((e: { stdout: string; stderr: string; code: number }) => e);
    expect('code' in r ? r.code : 0).toBe(1);
    expect(r.stdout).toMatch(/URLs looked up\s+2\n/);
    expect(r.stdout).toMatch(/not finished \(errors\)\s+1\n/);
    expect(r.stdout).toMatch(/not finished: list\.txt:2: http:\/\/hostile\.example\/2: the database refused a value of 9,0\d\d bytes for its index on Organization\.key/);
    expect(r.stdout + r.stderr).not.toMatch(INTERNAL_ID);
    expect(await caseUrls('Refused')).toEqual(new Set(['1 http://good.example/1 resolved', '2 http://hostile.example/2 not finished', '3 http://www.good.example/3 resolved']));
  });

  it('finishes the startResolve job with the line and the reason as its last failure, without internal ids', async () => {
    const config = loadConfig(env());
    const gql = graphqlClient(createHostchainYoga({ db, config }), { db, role: 'investigator' });
    type Job = { id: string; state: string; done: number; failed: number; lastError: string | null };
    const started = await gql<{ startResolve: { job: Job } }>('mutation($u: [String!]!) { startResolve(urls: $u, caseName: "Pasted", freshHours: 0) { job { id } } }', { u: ['http://good.example/a', 'http://hostile.example/b', 'http://www.good.example/c'] });
    let job: Job;
    do {
      await new Promise((r) => setTimeout(r, 100));
      job = (await gql<{ resolveJob: Job }>('query($id: ID!) { resolveJob(id: $id) { id state done failed lastError } }', { id: started.startResolve.job.id })).resolveJob;
    } while (job.state === 'running');
    expect({ state: job.state, done: job.done, failed: job.failed }).toEqual({ state: 'finished', done: 2, failed: 1 });
    expect(job.lastError).toMatch(/^line 2: http:\/\/hostile\.example\/b: the database refused a value of 9,0\d\d bytes/);
    expect(job.lastError).not.toMatch(INTERNAL_ID);
  });
});
