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

// The provider's answer to an order sent outside hostchain (PERCI, post), in the Regulation's terms.
const db = openTestGraph();
const config = offlineConfig();
let clock = new Date('2026-11-24T09:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock });
const legal = graphqlClient(yoga, { db, role: 'legal' });
const URLS = ['http://192.0.2.9/v', 'http://192.0.2.10/w', 'http://192.0.2.11/x'];

const ORDER = '__typename ... on Order { id status channel sentAt deadline outcome outcomeAt outcomeReason contentForm target urls { url removedAt } events { status at } } ... on Refusal { code message }';
const draft = `mutation($u: [String!]!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-SH1-RIPE", urls: $u, material: TERRORIST, caseName: "Answers", suggestedRuleId: "removal-to-hoster") { ... on Order { id } } }`;
const sent = `mutation($id: ID!, $c: OrderChannel!, $at: DateTime!) { recordOrderSent(id: $id, channel: $c, at: $at) { ${ORDER} } }`;
const answer = `mutation($id: ID!, $o: ProviderOutcome!, $at: DateTime!, $f: ContentForm, $t: ContentTarget, $r: String) { recordProviderFeedback(id: $id, outcome: $o, at: $at, contentForm: $f, target: $t, reason: $r) { ${ORDER} } }`;

interface Out { __typename: string; id: string; status: string; channel: string; sentAt: string; deadline: string; outcome: string | null; outcomeAt: string | null; outcomeReason: string | null; contentForm: string | null; target: string | null; urls: { url: string; removedAt: string | null }[]; events: { status: string; at: string }[]; code?: string; message?: string }
const draftOn = async (u: string) => (await legal<{ draftOrder: { id: string } }>(draft, { u: [u] })).draftOrder.id;
const sendVia = async (id: string, c: string, at: string) => (await legal<{ recordOrderSent: Out }>(sent, { id, c, at })).recordOrderSent;
const answerWith = async (v: Record<string, unknown>) => (await legal<{ recordProviderFeedback: Out }>(answer, v)).recordProviderFeedback;

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/sending/hoster-with-abuse.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 2, inputs: URLS.map((u, i) => ({ url: normalizeUrl(u), list: 'a.txt', line: i + 1, input: u, caseId: 'case:Answers', caseName: 'Answers' })) });
  await joinCases(yoga, db, 'legal', ['Answers']);
}, 60_000);
afterAll(() => db.close());

describe("the provider's answer", () => {
  it('records a removal within the hour: the order is complied in time, the URL removed at the time the provider gives, with the content form and target', async () => {
    const id = await draftOn(URLS[0]!);
    expect(await sendVia(id, 'PERCI', '2026-11-24T09:05:00Z')).toMatchObject({ status: 'sent', channel: 'PERCI', deadline: '2026-11-24T10:05:00Z' });
    clock = new Date('2026-11-24T11:00:00Z');
    const done = await answerWith({ id, o: 'REMOVED', at: '2026-11-24T09:40:00Z', f: 'VIDEO', t: 'ITEM' });
    expect(done).toMatchObject({ status: 'complied', outcome: 'REMOVED', outcomeAt: '2026-11-24T09:40:00Z', contentForm: 'VIDEO', target: 'ITEM', urls: [{ url: URLS[0], removedAt: '2026-11-24T09:40:00Z' }] });
    expect(done.events.map((e) => [e.status, e.at])).toEqual([['drafted', '2026-11-24T09:00:00Z'], ['sent', '2026-11-24T09:05:00Z'], ['complied', '2026-11-24T09:40:00Z']]);
  });

  it('records access disabled after the deadline as late, then complied', async () => {
    const id = await draftOn(URLS[1]!);
    await sendVia(id, 'POST', '2026-11-24T12:00:00Z');
    const done = await answerWith({ id, o: 'DISABLED', at: '2026-11-24T13:30:00Z', f: 'IMAGE', t: 'CHANNEL' });
    expect(done).toMatchObject({ status: 'complied', outcome: 'DISABLED', contentForm: 'IMAGE', target: 'CHANNEL' });
    expect(done.events.map((e) => e.status)).toEqual(['drafted', 'sent', 'late', 'complied']);
  });

  it('asks for the reason when the provider could not execute the order, and then records it not complied', async () => {
    const id = await draftOn(URLS[2]!);
    await sendVia(id, 'EMAIL', '2026-11-24T14:00:00Z');
    const bare = await answerWith({ id, o: 'NOT_EXECUTED', at: '2026-11-24T14:30:00Z' });
    expect(bare).toMatchObject({ __typename: 'OrderRefused', code: 'NO_REASON' });
    const done = await answerWith({ id, o: 'NOT_EXECUTED', at: '2026-11-24T14:30:00Z', r: 'the URL points to content the provider does not host (force majeure not claimed)' });
    expect(done).toMatchObject({ status: 'not-complied', outcome: 'NOT_EXECUTED', outcomeReason: 'the URL points to content the provider does not host (force majeure not claimed)', urls: [{ url: URLS[2], removedAt: null }] });
  });

  it('has no answer to record for an order that was not sent', async () => {
    const id = await draftOn(URLS[0]!);
    expect(await answerWith({ id, o: 'REMOVED', at: '2026-11-24T15:00:00Z' })).toMatchObject({ __typename: 'OrderRefused', code: 'BAD_TRANSITION' });
  });
});
