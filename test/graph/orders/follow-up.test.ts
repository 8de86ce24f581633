import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { suggestAddressees } from '../../../server/queries/addressees.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { OTHER_HOSTER_ADDRESS, OTHER_HOSTER_NAME, startMovingHoster, type MovingHoster } from '../../fixtures/follow-up/moving-hoster.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient } from '../../support/gql.ts';
import { relPropsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// An order to the shop's hoster, sent; then follow-up rounds against a loopback DNS whose answer
// changes between rounds: the shop moves to another hoster, the resolver stops answering, the
// name stops resolving.
const db = openTestGraph();
const URL_ = 'http://shop.example/item';
let clock = new Date('2026-11-01T10:00:00Z');
let s: MovingHoster;
let gql: ReturnType<typeof graphqlClient>;
let orderId = '';
let shadyKey = '';

const ROUND = 'mutation($id: ID!) { runFollowUp(orderId: $id) { orders urls answered notAnswered findings { kind toParty } } }';
const FOLLOW = `query($id: ID!) { order(id: $id) { followUp { lastCheckedAt findings { kind url fromName toName toParty evidenceIds words state }
  notAnswered { url at asked } suggestedNewOrder { instrument addresseeKey addresseeName urls ruleId } } } }`;
interface Follow { lastCheckedAt: string; findings: { kind: string; url: string; fromName: string; toName: string; toParty: string; evidenceIds: string[]; words: string; state: string | null }[]; notAnswered: { url: string; at: string; asked: string }[]; suggestedNewOrder: { instrument: string; addresseeKey: string; addresseeName: string; urls: string[]; ruleId: string | null } | null }
const followUp = async () => (await gql<{ order: { followUp: Follow } }>(FOLLOW, { id: orderId })).order.followUp;
const round = async (at: string) => {
  clock = new Date(at);
  return (await gql<{ runFollowUp: { orders: number; urls: number; answered: number; notAnswered: number; findings: { kind: string; toParty: string }[] } }>(ROUND, { id: orderId })).runFollowUp;
};

beforeAll(async () => {
  await resetGraph(db);
  s = await startMovingHoster();
  const yoga = createHostchainYoga({ db, config: s.config, now: () => clock });
  gql = graphqlClient(yoga, { db, role: 'legal' });
  await runResolveJob({ db, io: createSourceIo(s.config, () => clock), concurrency: 1, inputs: [{ url: normalizeUrl(URL_), list: 'f.txt', line: 1, input: URL_, caseId: 'case:Follow', caseName: 'Follow' }] });
  await joinCases(yoga, db, 'legal', ['Follow']);
  const group = (await suggestAddressees(db, loadRuleTable(), { urls: [URL_], material: 'terrorist', homeCountry: 'NL' })).groups.find((g) => g.instrument === 'removal-order')!;
  shadyKey = group.addressee.key;
  const d = await gql<{ draftOrder: { id: string } }>(`mutation($k: String!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: $k, urls: ["${URL_}"], material: TERRORIST, caseName: "Follow", suggestedRuleId: "${group.reasons[0]!.ruleId}") { ... on Order { id } ... on Refusal { message } } }`, { k: shadyKey });
  orderId = d.draftOrder.id;
  clock = new Date('2026-11-01T10:05:00Z');
  await gql(`mutation($id: ID!) { recordOrderSent(id: $id, channel: EMAIL) { ... on Order { id } } }`, { id: orderId });
}, 60_000);
afterAll(async () => {
  await s.close();
  await db.close();
});

describe('the follow-up of an open order', () => {
  it('finds nothing while the shop stays at the hoster the order went to', async () => {
    const r = await round('2026-11-01T11:00:00Z');
    expect(r).toMatchObject({ orders: 1, urls: 1, answered: 1, notAnswered: 0, findings: [] });
    expect((await followUp()).lastCheckedAt).toMatch(/^2026-11-01T11:00/);
  });

  it('detects the move to another hoster when the replayed DNS answer changes, with the answers it rests on, and offers a new order to the new hoster', async () => {
    expect(shadyKey).toMatch(/ORG-SHD1-RIPE/);
    s.answer(OTHER_HOSTER_ADDRESS);
    const r = await round('2026-11-20T10:00:00Z');
    expect(r.findings.map((f) => [f.kind, f.toParty])).toEqual([['moved', expect.stringMatching(/ORG-OTH1-RIPE/)]]);
    const f = await followUp();
    expect(f.findings.map((x) => [x.kind, x.url, x.fromName, x.toName])).toEqual([['moved', URL_, 'Shady Example Hosting', OTHER_HOSTER_NAME]]);
    expect(f.findings[0]!.words).toMatch(/^shop\.example moved from Shady Example Hosting to Other Example Hosting GmbH on 2026-11-20 10:00 UTC \(evidence /);
    // The DNS answer that gave the new address, and the registry answer that names the new hoster.
    const dnsA = await relPropsOf(db, { from: ['Hostname', 'name', 'shop.example'], type: 'RESOLVES_TO' });
    const now = dnsA.find((e) => e.endedAt === null || e.endedAt === undefined)!;
    expect(f.findings[0]!.evidenceIds).toContain(now.evidenceId);
    expect(f.findings[0]!.evidenceIds.length).toBeGreaterThanOrEqual(2);
    expect(f.suggestedNewOrder).toMatchObject({ instrument: 'removal-order', addresseeName: OTHER_HOSTER_NAME, urls: [URL_] });
    expect(f.suggestedNewOrder!.addresseeKey).toBe(r.findings[0]!.toParty);
    expect(f.suggestedNewOrder!.ruleId).not.toBeNull();
  });

  it('records a round the resolver does not answer as not answered, with what was asked and when, and no move and no "gone"', async () => {
    s.dns.setMisbehaviour({ mode: 'drop' });
    const r = await round('2026-11-21T10:00:00Z');
    s.dns.setMisbehaviour();
    expect(r).toMatchObject({ answered: 0, notAnswered: 1, findings: [] });
    const f = await followUp();
    expect(f.findings.map((x) => x.kind)).toEqual(['moved']);
    expect(f.notAnswered).toEqual([{ url: URL_, at: '2026-11-21T10:00:00Z', asked: expect.stringMatching(/^DNS shop\.example\. IN A at 127\.0\.0\.1:\d+ \(.+\).*not answered \(TIMEOUT\)/) }]);
  });

  it('finds no second move when the next answered round sees the shop still at the new hoster', async () => {
    const r = await round('2026-11-22T10:00:00Z');
    expect(r).toMatchObject({ answered: 1, notAnswered: 0, findings: [] });
    expect((await followUp()).notAnswered).toEqual([]);
  });

  it('records that the name stopped resolving (NODATA as an answer), and that it resolves again', async () => {
    s.answer(null);
    expect((await round('2026-11-23T10:00:00Z')).findings.map((f) => f.kind)).toEqual(['stopped-resolving']);
    s.answer(OTHER_HOSTER_ADDRESS);
    expect((await round('2026-11-24T10:00:00Z')).findings.map((f) => f.kind)).toEqual(['resolves-again']);
    const words = (await followUp()).findings.map((x) => x.words.replace(/ \(evidence .*\)$/, ''));
    expect(words).toEqual([
      'shop.example moved from Shady Example Hosting to Other Example Hosting GmbH on 2026-11-20 10:00 UTC',
      'shop.example stopped resolving on 2026-11-23 10:00 UTC: the name exists but gives no address (NODATA)',
      'shop.example resolves again on 2026-11-24 10:00 UTC, at Other Example Hosting GmbH',
    ]);
  });
});
