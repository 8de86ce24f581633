// The transparency report reproduces the year the authority published (2025: 187 TCO removal
// orders, 173 in time, 14 late; 171 removed, 10 disabled, 6 not established; 164 videos, 14
// images, 5 PDFs, 1 audio and image, 1 audio, 2 other; all through PERCI) from orders built
// through the real order mutations, and counts nothing sent outside the year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { CROSS_BORDER_2025, issueOrders, loadYearUrls, otherOrders, SEED_2025, seedOrders, type YearOrder } from '../../support/transparency-year.ts';

const db = openTestGraph();
const config = offlineConfig();
let clock = new Date('2024-01-01T00:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock });
const legal = graphqlClient(yoga, { db, role: 'legal' });
let issued: { order: YearOrder; id: string }[] = [];

interface Section { key: string; issued: number; withinDeadline: number; afterDeadline: number; outsidePerci: number; crossBorderCopies: number; sentences: string[]; figures: { figure: string; count: number | null }[] }
const REPORT = 'query($y: Int!) { transparencyReport(year: $y) { year urlsAssessed sections { key issued withinDeadline afterDeadline outsidePerci crossBorderCopies sentences figures { figure count } } } }';
const report = async (year: number) => (await legal<{ transparencyReport: { urlsAssessed: number; sections: Section[] } }>(REPORT, { y: year })).transparencyReport;
const section = async (year: number, key: string) => (await report(year)).sections.find((s) => s.key === key)!;
/** The section's figures under a prefix, as [value, count] tuples without the zero ones. */
const counts = (s: Section, prefix: string) => new Set(s.figures.filter((f) => f.figure.startsWith(`${prefix}.`) && f.count !== 0).map((f) => [f.figure.slice(prefix.length + 1), f.count]));
const figure = (s: Section, name: string) => s.figures.find((f) => f.figure === name)?.count;

beforeAll(async () => {
  await resetGraph(db);
  const orders = [...seedOrders(), ...otherOrders()];
  const cases = await loadYearUrls(db, config, orders);
  await joinCases(yoga, db, 'legal', cases);
  issued = await issueOrders(legal, (d) => void (clock = d), orders);
  clock = new Date('2027-01-10T00:00:00Z');
}, 240_000);
afterAll(() => db.close());

describe('the 2025 transparency report', () => {
  it('counts 187 removal orders: 173 removed or disabled within the hour, 14 after it, none left', async () => {
    const tco = await section(2025, 'tco');
    expect([tco.issued, tco.withinDeadline, tco.afterDeadline, figure(tco, 'not_gone')]).toEqual([SEED_2025.orders, 173, 14, 0]);
    expect(tco.sentences).toContain('173 within the deadline (1 hour), 14 after it; 0 not (yet) removed or disabled.');
  });

  it('counts 171 removed, 10 access disabled and 6 where it could not be established which', async () => {
    expect(counts(await section(2025, 'tco'), 'outcome')).toEqual(new Set(Object.entries(SEED_2025.outcomes)));
  });

  it('counts the orders by content form (164 videos, 14 images, 5 PDFs, 1 audio and image, 1 audio, 2 other) and by target', async () => {
    const tco = await section(2025, 'tco');
    expect(counts(tco, 'content_form')).toEqual(new Set(Object.entries(SEED_2025.contentForms)));
    expect(counts(tco, 'target')).toEqual(new Set(Object.entries(SEED_2025.targets)));
  });

  it('counts none outside PERCI and no complaint, review or specific measure; the orders to a German hoster as Article 4 copies', async () => {
    const tco = await section(2025, 'tco');
    expect(counts(tco, 'channel')).toEqual(new Set([['perci', 187]]));
    expect([tco.outsidePerci, tco.crossBorderCopies]).toEqual([0, CROSS_BORDER_2025]);
    expect(counts(tco, 'proceedings')).toEqual(new Set());
  });

  it('counts the 804 URLs put into cases in 2025, and the 187 the orders cover', async () => {
    const r = await report(2025);
    expect(r.urlsAssessed).toBe(SEED_2025.urlsAssessed);
    expect(figure(r.sections.find((s) => s.key === 'tco')!, 'urls_in_orders')).toBe(187);
  });

  it('counts the CSAM order and the information demand in their own sections', async () => {
    const r = await report(2025);
    const csam = r.sections.find((s) => s.key === 'csam')!;
    const demands = r.sections.find((s) => s.key === 'demands')!;
    expect([csam.issued, csam.withinDeadline, csam.afterDeadline, figure(csam, 'outcome.removed')]).toEqual([1, 1, 0, 1]);
    expect(csam.sentences[0]).toBe('1 CSAM order sent in the year, covering 1 URL.');
    expect([demands.issued, figure(demands, 'channel.post'), figure(demands, 'outcome.none')]).toEqual([1, 1, 1]);
  });

  it('leaves out orders sent in 2024 and 2026, also five minutes either side of New Year, and a draft never sent', async () => {
    expect((await section(2024, 'tco')).issued).toBe(2);
    expect((await section(2026, 'tco')).issued).toBe(2);
    expect(issued.filter((x) => x.order.sent === undefined).map((x) => x.order.draftedAt.getUTCFullYear())).toEqual([2025]);
    expect((await section(2025, 'tco')).issued).toBe(SEED_2025.orders);
  });
});

describe('proceedings on orders', () => {
  const record = 'mutation($o: ID!, $k: ProceedingKind!, $s: DateTime!, $d: String, $t: DateTime) { recordProceeding(orderId: $o, kind: $k, startedAt: $s, decision: $d, decidedAt: $t) { __typename ... on Proceeding { id kind decision } } }';

  it('counts a complaint and a review in the year they were initiated, and their decisions in the year they were taken', async () => {
    const order = issued.find((x) => x.order.sent?.at.toISOString() === '2026-03-02T10:00:00.000Z')!;
    await legal(record, { o: order.id, k: 'COMPLAINT', s: '2026-03-05T10:00:00Z', d: 'content reinstated: not terrorist content', t: '2026-03-20T10:00:00Z' });
    const review = (await legal<{ recordProceeding: { id: string } }>(record, { o: order.id, k: 'REVIEW', s: '2026-11-01T10:00:00Z' })).recordProceeding;
    await legal('mutation($o: ID!, $i: ID!) { decideProceeding(orderId: $o, id: $i, decision: "order upheld by the court", decidedAt: "2027-02-01T00:00:00Z") { __typename } }', { o: order.id, i: review.id });
    expect(counts(await section(2026, 'tco'), 'proceedings')).toEqual(new Set([['complaint.started', 1], ['complaint.decided', 1], ['review.started', 1]]));
    expect(counts(await section(2027, 'tco'), 'proceedings')).toEqual(new Set([['review.decided', 1]]));
    expect(counts(await section(2025, 'tco'), 'proceedings')).toEqual(new Set());
  });

  it('lets only legal staff record one, and logs who did', async () => {
    const order = issued[0]!;
    const errors = await graphqlErrors(yoga, { db, role: 'investigator' })(record, { o: order.id, k: 'SPECIFIC_MEASURE', s: '2025-05-01T00:00:00Z' });
    expect(errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const log = await graphqlClient(yoga, { db, role: 'admin' })<{ auditLog: { action: string; target: string | null; username: string | null }[] }>('{ auditLog(since: "2000-01-01T00:00:00Z", limit: 5000) { action target username } }');
    expect(log.auditLog.filter((e) => e.action === 'Mutation.recordProceeding').map((e) => [e.username, e.target])).toContainEqual(['test-legal', `order:${issued.find((x) => x.order.sent?.at.toISOString() === '2026-03-02T10:00:00.000Z')!.id}`]);
  });

  it('shows a specific measure with the order it was recorded on, and never in a walk of the graph from the provider', async () => {
    const order = issued[1]!;
    await legal('mutation($o: ID!) { recordProceeding(orderId: $o, kind: SPECIFIC_MEASURE, startedAt: "2028-01-05T00:00:00Z", partyKey: "RIPE:ORG-H1-RIPE", note: "exposed to terrorist content") { __typename } }', { o: order.id });
    const read = await legal<{ order: { proceedings: { kind: string; partyKey: string; decision: string | null }[] } }>('query($o: ID!) { order(id: $o) { proceedings { kind partyKey decision } } }', { o: order.id });
    expect(read.order.proceedings).toEqual([{ kind: 'SPECIFIC_MEASURE', partyKey: 'RIPE:ORG-H1-RIPE', decision: null }]);
    const walk = await legal<{ neighbourhood: { nodes: { label: string }[] } }>('{ neighbourhood(label: "Organization", key: "RIPE:ORG-H1-RIPE", depth: 1, limit: 2000) { nodes { label } } }');
    expect(new Set(walk.neighbourhood.nodes.map((n) => n.label))).not.toContain('Proceeding');
    expect(counts(await section(2028, 'tco'), 'proceedings')).toEqual(new Set([['specific-measure.started', 1]]));
  });
});
