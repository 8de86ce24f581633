import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

// How an order was sent and what the provider answered, in the Regulation's terms: the records
// the yearly figures are counted from.
const db = openTestGraph();
const config = offlineConfig();
let clock = new Date('2025-03-10T09:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock });
const legal = graphqlClient(yoga, { db, role: 'legal' });
const investigator = graphqlClient(yoga, { db, role: 'investigator' });
const URLS = ['http://198.51.100.1/a', 'http://198.51.100.2/b', 'http://198.51.100.17/c'];
const ORDER = `__typename ... on Order { id status channel deadline sentAt outcome outcomeAt outcomeReason contentForm target tcoGrounds contentDescription confidential
  urls { url removedAt } events { status at note } } ... on Refusal { code message }`;
const draft = `mutation($u: [String!]!, $g: [TcoGround!]) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-H1-RIPE", urls: $u, material: TERRORIST, caseName: "Answers",
  suggestedRuleId: "removal-to-hoster", allowDuplicate: true, tcoGrounds: $g, contentDescription: "livestream recording, 00:41 onwards", confidential: true) { ${ORDER} } }`;
const sent = `mutation($id: ID!, $c: OrderChannel!, $at: DateTime) { recordOrderSent(id: $id, channel: $c, at: $at) { ${ORDER} } }`;
const answer = `mutation($id: ID!, $o: ProviderOutcome!, $at: DateTime!, $f: ContentForm, $t: ContentTarget, $r: String) {
  recordProviderFeedback(id: $id, outcome: $o, at: $at, contentForm: $f, target: $t, reason: $r) { ${ORDER} } }`;

interface OrderOut { id: string; status: string; channel: string | null; deadline: string | null; outcome: string | null; outcomeReason: string | null; contentForm: string | null; target: string | null; tcoGrounds: string[]; confidential: boolean; urls: { url: string; removedAt: string | null }[]; events: { status: string; at: string; note: string | null }[]; code?: string; message?: string }

async function draftOne(urls = [URLS[0]!]): Promise<OrderOut> {
  return (await legal<{ draftOrder: OrderOut }>(draft, { u: urls, g: ['A_INCITES', 'E_THREATENS'] })).draftOrder;
}

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 4, inputs: URLS.map((u, i) => ({ url: normalizeUrl(u), list: 'a.txt', line: i + 1, input: u, caseId: 'case:Answers', caseName: 'Answers' })) });
  await joinCases(yoga, db, 'legal', ['Answers']);
  await joinCases(yoga, db, 'investigator', ['Answers']);
}, 60_000);
afterAll(() => db.close());

describe('sending and the provider’s answer', () => {
  it('keeps a TCO order’s grounds, content description and Article 11(3) confidentiality from the draft', async () => {
    const o = await draftOne();
    expect(o).toMatchObject({ tcoGrounds: ['A_INCITES', 'E_THREATENS'], confidential: true, channel: null, outcome: null });
  });

  it('records an order sent through PERCI at the time given: the one-hour deadline runs from then', async () => {
    const o = await draftOne();
    const s = (await legal<{ recordOrderSent: OrderOut }>(sent, { id: o.id, c: 'PERCI', at: '2025-03-10T08:30:00Z' })).recordOrderSent;
    expect(s).toMatchObject({ status: 'sent', channel: 'PERCI', deadline: '2025-03-10T09:30:00Z' });
    expect(s.events.at(-1)).toMatchObject({ status: 'sent', at: '2025-03-10T08:30:00Z', note: 'sent by perci' });
  });

  it('completes an order the provider removed in time, marking its URLs removed at the answer’s time, with form and target', async () => {
    const o = await draftOne([URLS[0]!, URLS[1]!]);
    await legal(sent, { id: o.id, c: 'PERCI', at: '2025-03-10T08:30:00Z' });
    const a = (await legal<{ recordProviderFeedback: OrderOut }>(answer, { id: o.id, o: 'REMOVED', at: '2025-03-10T09:10:00Z', f: 'VIDEO', t: 'CHANNEL' })).recordProviderFeedback;
    expect(a).toMatchObject({ status: 'complied', outcome: 'REMOVED', contentForm: 'VIDEO', target: 'CHANNEL' });
    expect(a.urls.map((u) => u.removedAt)).toEqual(['2025-03-10T09:10:00Z', '2025-03-10T09:10:00Z']);
    expect(a.events.map((e) => e.status)).toEqual(['drafted', 'sent', 'complied']);
  });

  it('marks an order late when the provider disabled access after the deadline', async () => {
    const o = await draftOne();
    await legal(sent, { id: o.id, c: 'EMAIL', at: '2025-03-10T08:30:00Z' });
    const a = (await legal<{ recordProviderFeedback: OrderOut }>(answer, { id: o.id, o: 'DISABLED', at: '2025-03-10T11:00:00Z', f: 'IMAGE', t: 'ITEM' })).recordProviderFeedback;
    expect(a.outcome).toBe('DISABLED');
    expect(a.events.map((e) => e.status)).toEqual(['drafted', 'sent', 'late', 'complied']);
  });

  it('records an order the provider could not execute as not complied, and refuses that answer without its reason', async () => {
    const o = await draftOne();
    await legal(sent, { id: o.id, c: 'PERCI', at: '2025-03-10T08:30:00Z' });
    const bare = (await legal<{ recordProviderFeedback: OrderOut }>(answer, { id: o.id, o: 'NOT_EXECUTED', at: '2025-03-10T09:00:00Z' })).recordProviderFeedback;
    expect(bare).toMatchObject({ code: 'NO_REASON' });
    expect(bare.message).toMatch(/reason it gave \(Annex III\)/);
    const a = (await legal<{ recordProviderFeedback: OrderOut }>(answer, { id: o.id, o: 'NOT_EXECUTED', at: '2025-03-10T09:00:00Z', r: 'force majeure: data centre fire' })).recordProviderFeedback;
    expect(a).toMatchObject({ status: 'not-complied', outcome: 'NOT_EXECUTED', outcomeReason: 'force majeure: data centre fire' });
    expect(a.urls[0]!.removedAt).toBeNull();
  });

  it('refuses an answer to an order that was never sent', async () => {
    const o = await draftOne();
    const a = (await legal<{ recordProviderFeedback: OrderOut }>(answer, { id: o.id, o: 'REMOVED', at: '2025-03-10T09:00:00Z' })).recordProviderFeedback;
    expect(a).toMatchObject({ code: 'BAD_TRANSITION' });
  });

  it('leaves recording an order as sent to legal staff', async () => {
    const o = await draftOne();
    const r = await investigator<{ recordOrderSent: OrderOut }>(sent, { id: o.id, c: 'PERCI' }).catch((e: Error) => e);
    expect(String(r)).toMatch(/may not send-order/);
  });
});
