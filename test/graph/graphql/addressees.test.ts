import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { createHash } from 'node:crypto';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient } from '../../support/gql.ts';
import { rawOfEvidence } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

// Chains from the project's registry dumps alone (no live source answers): five parties on one
// upstream's allocation, and the reseller chain with a hoster in Panama.
const bulk = (f: string) => path.join(import.meta.dirname, '../../fixtures/bulk', f);
const db = openTestGraph();
const config = offlineConfig();
const gql = graphqlClient(createHostchainYoga({ db, config }), { db, role: 'investigator' });
let dumpEvidence = '';

// 100 URLs, 20 on each party: four hosters' /28s and the reseller's /25 with no assignment in it.
const PARTY_BASES = [0, 16, 32, 48, 128];
const CASE_URLS = PARTY_BASES.flatMap((base) => Array.from({ length: 20 }, (_, i) => `http://198.51.100.${base + 1 + (i % 4)}/item/${base}-${i}`));

interface Group { instrument: string; addressee: { name: string; country: string | null }; urls: string[]; deadlineHours: number | null; reasons: { ruleId: string; evidenceIds: string[] }[]; flags: { flag: string; party: { name: string } }[] }

beforeAll(async () => {
  await resetGraph(db);
  dumpEvidence = (await importRpslDump({ db, file: bulk('ripe-five-parties.db') })).evidenceId;
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 8, inputs: CASE_URLS.map((u, i) => ({ url: normalizeUrl(u), list: 'case.txt', line: i + 1, input: u, caseId: 'case:Hundred', caseName: 'Hundred' })) });
  await joinCases(createHostchainYoga({ db, config }), db, 'investigator', ['Hundred']);
}, 120_000);
afterAll(() => db.close());

const QUERY = `query($c: String, $u: [String!], $m: Material!) { addressees(caseName: $c, urls: $u, material: $m) {
  unresolved groups { instrument deadlineHours urls addressee { name country } reasons { ruleId evidenceIds } flags { flag party { name } } } } }`;

describe('addressees for a case', () => {
  it('groups 100 URLs on 5 parties into 5 groups, each with the right instrument', async () => {
    const r = await gql<{ addressees: { unresolved: string[]; groups: Group[] } }>(QUERY, { c: 'Hundred', m: 'TERRORIST' });
    expect(r.addressees.unresolved).toEqual([]);
    expect(r.addressees.groups.map((g) => [g.instrument, g.addressee.name, g.urls.length, g.deadlineHours]).sort()).toEqual([
      ['information-demand', 'Example Reseller Two B.V.', 20, null],
      ['removal-order', 'Beispiel Hosting GmbH', 20, 1],
      ['removal-order', 'Example Hosting NL B.V.', 20, 1],
      ['removal-order', 'Example Servers B.V.', 20, 1],
      ['removal-order', 'Voorbeeld Webhosting B.V.', 20, 1],
    ]);
  });

  it('cites the dump run as the evidence of every reason, and flags the German hoster for notice to its authority', async () => {
    const r = await gql<{ addressees: { groups: Group[] } }>(QUERY, { c: 'Hundred', m: 'CSAM' });
    expect(r.addressees.groups.every((g) => g.reasons.every((x) => x.evidenceIds.includes(dumpEvidence)))).toBe(true);
    const german = r.addressees.groups.find((g) => g.addressee.name === 'Beispiel Hosting GmbH')!;
    expect(german.flags).toEqual([{ flag: 'notify-member-state', party: { name: 'Beispiel Hosting GmbH' } }]);
    expect(german.deadlineHours).toBe(12);
    expect(r.addressees.groups.filter((g) => g.flags.length > 0)).toHaveLength(1);
  });

  it('drafts the order of a group and gives its evidence pack: hashes match the stored raw answers, the same order gives the same bytes', async () => {
    const g = (await gql<{ addressees: { groups: (Group & { addressee: { key: string } })[] } }>(`{ addressees(caseName: "Hundred", material: TERRORIST) { groups { instrument urls addressee { key name } reasons { ruleId } } } }`)).addressees.groups
      .find((x) => x.addressee.name === 'Example Hosting NL B.V.')!;
    const order = (await gql<{ draftOrder: { id: string } }>(`mutation($k: String!, $u: [String!]!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: $k, urls: $u, material: TERRORIST, caseName: "Hundred", suggestedRuleId: "removal-to-hoster") { ... on Order { id } } }`, { k: g.addressee.key, u: g.urls })).draftOrder;
    const q = `{ evidencePack(orderId: "${order.id}") { json sha256 html evidenceCount } }`;
    const first = (await gql<{ evidencePack: { json: string; sha256: string; html: string; evidenceCount: number } }>(q)).evidencePack;
    const again = (await gql<{ evidencePack: { json: string; sha256: string } }>(q)).evidencePack;
    expect(again.json).toBe(first.json);
    expect(again.sha256).toBe(first.sha256);
    const pack = JSON.parse(first.json) as { urls: { url: string }[]; reasons: { ruleId: string }[]; evidence: { id: string; sha256: string; byteLength: number }[] };
    expect(pack.urls.map((u) => u.url)).toEqual([...g.urls].sort());
    expect(new Set(pack.reasons.map((r) => r.ruleId))).toEqual(new Set(['removal-to-hoster']));
    expect(pack.evidence.map((e) => e.id)).toContain(dumpEvidence);
    // Every cited answer's hash is the hash of the raw bytes stored in the graph.
    const stored = await rawOfEvidence(db, pack.evidence.map((e) => e.id));
    for (const e of pack.evidence) {
      expect(e.sha256, e.id).toBe(createHash('sha256').update(stored.get(e.id)!).digest('hex'));
      expect(e.byteLength, e.id).toBe(stored.get(e.id)!.length);
    }
    expect(first.html).toContain(`JSON pack SHA-256: <span class="hash">${first.sha256}</span>`);
    expect(first.html).toContain('Evidence pack: removal-order to Example Hosting NL B.V.');
  });

  it('prints the same suggestion in a terminal (hostchain addressees)', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const r = await promisify(execFile)('node', ['bin/hostchain.mjs', 'addressees', '--case', 'Hundred', '--material', 'csam'], { cwd: root, env: { ...process.env, NEO4J_URI: inject('neo4jUri') } });
    expect(r.stdout).toContain('removal-order → Beispiel Hosting GmbH [DE] (RIPE:ORG-H2-RIPE)  20 URL(s), deadline 12 h');
    expect(r.stdout).toContain('FLAG notify-member-state: Beispiel Hosting GmbH is established in DE, another EU member state');
    expect(r.stdout).toContain('information-demand → Example Reseller Two B.V. [NL]');
  });

  it('for a hoster outside the EU: the order to it, a demand to the first party above it in the EU, and the flag', async () => {
    // Another RIPE dump: as a newer file of the same registry it ends the first one's holders, so this test comes last.
    await importRpslDump({ db, file: bulk('ripe-reseller-chain.db') });
    await runResolveJob({ db, io: createSourceIo(config), concurrency: 1, inputs: [{ url: normalizeUrl('http://192.0.2.70/x'), list: 'one.txt', line: 1, input: 'http://192.0.2.70/x' }] });
    const r = await gql<{ addressees: { groups: Group[] } }>(QUERY, { u: ['192.0.2.70/x'], m: 'TERRORIST' });
    expect(r.addressees.groups.map((g) => [g.instrument, g.addressee.name, g.addressee.country, g.reasons.map((x) => x.ruleId), g.flags.map((f) => f.flag)])).toEqual([
      ['information-demand', 'Example Upstream B.V.', 'NL', ['hoster-outside-eu-demand-up'], ['no-eu-representative']],
      ['removal-order', 'Shady Example Hosting', 'PA', ['removal-to-hoster'], ['no-eu-representative']],
    ]);
  });

  it('lists a URL that has no chain yet instead of guessing', async () => {
    const r = await gql<{ addressees: { unresolved: string[]; groups: Group[] } }>(QUERY, { u: ['http://never-resolved.example/'], m: 'TERRORIST' });
    expect(r.addressees).toEqual({ unresolved: ['http://never-resolved.example/'], groups: [] });
  });
});
