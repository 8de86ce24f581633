// Explore and evidence over GraphQL, on chains from a project-written registry dump: a node's
// neighbourhood with ids that merge across calls, the limit, every fact of a node with its
// evidence, and the stored answer itself as text.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const DUMP = path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db');
const db = openTestGraph();
const yoga = createHostchainYoga({ db, config: offlineConfig() });
const gql = graphqlClient(yoga, { db, role: 'viewer' });
const admin = graphqlClient(yoga, { db, role: 'admin' });
const HOSTER = 'RIPE 198.51.100.0-198.51.100.15';

interface Hood { neighbourhood: { nodes: { id: string; label: string; name: string | null }[]; edges: { type: string; sourceId: string; targetId: string; source: string | null; evidenceId: string | null }[]; truncated: boolean } | null }
const HOOD = `query($l: String!, $k: String!, $d: Int, $n: Int) { neighbourhood(label: $l, key: $k, depth: $d, limit: $n) {
  nodes { id label name } edges { type sourceId targetId source evidenceId } truncated } }`;

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: DUMP });
  await runResolveJob({ db, io: createSourceIo(offlineConfig()), concurrency: 2, inputs: ['http://198.51.100.1/a', 'http://198.51.100.2/b'].map((u, i) => ({ url: normalizeUrl(u), list: 'e.txt', line: i + 1, input: u })) });
}, 60_000);
afterAll(() => db.close());

describe('neighbourhood', () => {
  it('gives the hoster block with its addresses, holder and enclosing allocation, edges between the ids it returns', async () => {
    const h = (await gql<Hood>(HOOD, { l: 'Netblock', k: HOSTER })).neighbourhood!;
    const ids = new Set(h.nodes.map((n) => n.id));
    expect(ids).toEqual(new Set([`Netblock:${HOSTER}`, 'IpAddress:198.51.100.1', 'IpAddress:198.51.100.2', 'Organization:RIPE:ORG-H1-RIPE', 'Netblock:RIPE 198.51.100.0-198.51.100.255']));
    expect(h.edges.every((e) => ids.has(e.sourceId) && ids.has(e.targetId))).toBe(true);
    expect(h.edges).toContainEqual(expect.objectContaining({ type: 'HELD_BY', sourceId: `Netblock:${HOSTER}`, targetId: 'Organization:RIPE:ORG-H1-RIPE', source: 'ripe-db' }));
    expect(h.truncated).toBe(false);
  });

  it('gives a block the country of its registered holder and says where it comes from, as the chain does', async () => {
    const q = `query($l: String!, $k: String!) { neighbourhood(label: $l, key: $k, depth: 1) { nodes { id country countryFrom } } }`;
    const nodes = (await gql<{ neighbourhood: { nodes: { id: string; country: string | null; countryFrom: string | null }[] } }>(q, { l: 'Netblock', k: HOSTER })).neighbourhood.nodes;
    expect(new Set(nodes.map((n) => `${n.id} ${n.country} ${n.countryFrom}`))).toEqual(new Set([
      `Netblock:${HOSTER} NL organisation`, 'IpAddress:198.51.100.1 null null', 'IpAddress:198.51.100.2 null null',
      'Organization:RIPE:ORG-H1-RIPE NL organisation', 'Netblock:RIPE 198.51.100.0-198.51.100.255 NL organisation',
    ]));
  });

  it('reaches the upstream holder two steps out from an address, and stops at the node limit saying so', async () => {
    const two = (await gql<Hood>(HOOD, { l: 'IpAddress', k: '198.51.100.1', d: 2 })).neighbourhood!;
    expect(two.nodes.map((n) => n.id)).toContain('Organization:RIPE:ORG-H1-RIPE');
    const three = (await gql<Hood>(HOOD, { l: 'IpAddress', k: '198.51.100.1', d: 3 })).neighbourhood!;
    expect(three.nodes.find((n) => n.id === 'Organization:RIPE:ORG-UP2-RIPE')?.name).toBe('Example Upstream Two B.V.');
    const cut = (await gql<Hood>(HOOD, { l: 'IpAddress', k: '198.51.100.1', d: 3, n: 3 })).neighbourhood!;
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
  });

  it('answers null for a node that does not exist and for labels outside the investigation graph', async () => {
    expect((await gql<Hood>(HOOD, { l: 'Netblock', k: 'RIPE 10.0.0.0-10.0.0.255' })).neighbourhood).toBeNull();
    expect((await gql<Hood>(HOOD, { l: 'User', k: 'test-admin' })).neighbourhood).toBeNull();
    expect((await gql<Hood>(HOOD, { l: 'Netblock) DETACH DELETE n //', k: 'x' })).neighbourhood).toBeNull();
  });
});

describe('entity and evidence', () => {
  const ENTITY = `query($l: String!, $k: String!) { entity(label: $l, key: $k) { node { id name } properties { name value }
    facts { type sourceId targetId source endedAt evidence { id source server query observedAt sha256 byteLength rawText } } } }`;
  type E = { entity: { node: { id: string; name: string }; properties: { name: string; value: string }[]; facts: { type: string; sourceId: string; targetId: string; source: string; evidence: { id: string; source: string; sha256: string; byteLength: number; rawText: string | null } | null }[] } };

  it('lists every fact of a block with the evidence it rests on: the dump run, whose bytes hash to the stated SHA-256', async () => {
    const e = (await gql<E>(ENTITY, { l: 'Netblock', k: HOSTER })).entity;
    expect(e.node).toEqual({ id: `Netblock:${HOSTER}`, name: 'EXAMPLE-HOSTING-NL-BV' });
    expect(e.properties).toContainEqual({ name: 'status', value: 'ASSIGNED PA' });
    expect(e.properties.map((p) => p.name)).not.toContain('rangeStart');
    const held = e.facts.find((f) => f.type === 'HELD_BY')!;
    const dump = readFileSync(DUMP);
    expect(held.evidence).toMatchObject({ source: 'ripe-db', byteLength: dump.length, sha256: createHash('sha256').update(dump).digest('hex') });
    expect(held.evidence!.rawText).toBe(dump.toString('utf8'));
    expect(e.facts.map((f) => f.type).sort()).toEqual(['HELD_BY', 'IN_NETBLOCK', 'IN_NETBLOCK', 'WITHIN']);
  });

  it('gives one answer by id, and writes each read of evidence to the audit log', async () => {
    const held = (await gql<E>(ENTITY, { l: 'Netblock', k: HOSTER })).entity.facts.find((f) => f.type === 'HELD_BY')!;
    const one = await gql<{ evidence: { id: string; query: string } }>('query($id: ID!) { evidence(id: $id) { id query } }', { id: held.evidence!.id });
    expect(one.evidence.id).toBe(held.evidence!.id);
    expect(await gql('{ evidence(id: "no-such-evidence") { id } }')).toEqual({ evidence: null });
    const log = await admin<{ auditLog: { username: string; action: string; target: string }[] }>('{ auditLog(since: "2000-01-01T00:00:00Z") { username action target } }');
    expect(log.auditLog).toContainEqual({ username: 'test-viewer', action: 'Query.evidence', target: `evidence:${held.evidence!.id}` });
    expect(log.auditLog).toContainEqual({ username: 'test-viewer', action: 'Query.entity', target: `node:Netblock:${HOSTER}` });
  });

  it('finds the same node ids through search', async () => {
    const hits = await gql<{ search: { id: string }[] }>('{ search(text: "198.51.100.1") { id } }');
    expect(hits.search.map((h) => h.id)).toEqual(expect.arrayContaining(['IpAddress:198.51.100.1', `Netblock:${HOSTER}`]));
  });
});
