import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { readAudit } from '../../../server/auth/audit.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { renderOrderDocument } from '../../../server/orders/documents/order-document.ts';
import { buildEvidencePack, packBytes } from '../../../server/packs/evidence-pack.ts';
import { readEvidence } from '../../../server/queries/evidence.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient, graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../support/smtp-loopback.ts';

// Orders sent by e-mail to a real SMTP server on loopback; the chain from a project-written dump.
const db = openTestGraph();
const config = offlineConfig();
const rules = loadRuleTable();
let clock = new Date('2026-11-23T10:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock, rules });
const legal = graphqlClient(yoga, { db, role: 'legal' });
const URLS = ['http://192.0.2.5/a', 'http://192.0.2.6/b', 'http://192.0.2.7/c'];
let smtp: LoopbackSmtp;

const SENT = 'id status sentAt deadline channel sentMessage { to from subject messageId evidenceId sha256 serverReply server at } sendAttempts { to accepted serverReply evidenceId recipientReason }';
const RESULT = `__typename ... on Order { ${SENT} } ... on OrderSendRefused { reason message evidenceId serverReply }`;
const send = `mutation($id: ID!, $to: String!, $why: String, $again: Boolean) { sendOrderByEmail(id: $id, to: $to, language: EN, recipientReason: $why, resend: $again) { ${RESULT} } }`;
const draft = `mutation($u: [String!]!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-SH1-RIPE", urls: $u, material: TERRORIST, caseName: "Send", suggestedRuleId: "removal-to-hoster", allowDuplicate: true) { ... on Order { id } } }`;

interface Sent { __typename: string; id: string; status: string; sentAt: string | null; deadline: string | null; channel: string | null; reason?: string; message?: string; evidenceId?: string; serverReply?: string; sentMessage: { to: string; subject: string; messageId: string; evidenceId: string; sha256: string; serverReply: string; server: string; at: string } | null; sendAttempts: { to: string; accepted: boolean; serverReply: string; evidenceId: string; recipientReason: string | null }[] }
const sendAs = async (v: Record<string, unknown>) => (await legal<{ sendOrderByEmail: Sent }>(send, v)).sendOrderByEmail;
const draftOn = async (urls: string[]) => (await legal<{ draftOrder: { id: string } }>(draft, { u: urls })).draftOrder.id;
const orderOf = async (id: string) => (await legal<{ order: Sent }>(`query($id: ID!) { order(id: $id) { ${SENT} } }`, { id })).order;

beforeAll(async () => {
  await resetGraph(db);
  smtp = await startLoopbackSmtp();
  config.smtp = { host: '127.0.0.1', port: smtp.port, secure: false, user: '', password: '', from: 'ATKM orders <orders@atkm.example>' };
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/sending/hoster-with-abuse.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 2, inputs: URLS.map((u, i) => ({ url: normalizeUrl(u), list: 's.txt', line: i + 1, input: u, caseId: 'case:Send', caseName: 'Send' })) });
  await joinCases(yoga, db, 'legal', ['Send']);
  await joinCases(yoga, db, 'investigator', ['Send']);
}, 60_000);
afterAll(async () => {
  await smtp.close();
  await db.close();
});

describe('sending an order by e-mail', () => {
  let id: string;
  it("offers the hoster's own abuse mailbox first, then its range's, then the one inherited from the range above", async () => {
    id = await draftOn([URLS[0]!]);
    const q = await legal<{ order: { emailDelivery: { configured: boolean; recipients: { email: string; via: string; proposed: boolean }[] } } }>(
      'query($id: ID!) { order(id: $id) { emailDelivery { configured recipients { email via proposed } } } }', { id });
    expect(q.order.emailDelivery.configured).toBe(true);
    expect(q.order.emailDelivery.recipients).toEqual([
      { email: 'abuse@send-hosting.example', via: 'own', proposed: true },
      { email: 'noc@send-hosting.example', via: 'held-block', proposed: false },
      { email: 'abuse@upstream-send.example', via: 'enclosing-block', proposed: false },
    ]);
  });

  it('delivers the order to the recipient with the document and the pack attached byte for byte, keeps the very message as evidence, and runs the deadline from the server taking it', async () => {
    const deps = { db, rules, config };
    const docText = (await renderOrderDocument(deps, id, { language: 'en', format: 'text' }))!;
    const docPdf = (await renderOrderDocument(deps, id, { language: 'en', format: 'pdf' }))!;
    const pack = packBytes((await buildEvidencePack(db, rules, id))!);
    // The server takes the message two and a half minutes after the user pressed send.
    smtp.onAccept = () => { clock = new Date('2026-11-23T10:02:30Z'); };
    const sent = await sendAs({ id, to: 'abuse@send-hosting.example' });
    expect(sent).toMatchObject({ __typename: 'Order', status: 'sent', channel: 'EMAIL', sentAt: '2026-11-23T10:02:30Z', deadline: '2026-11-23T11:02:30Z' });
    expect(smtp.arrived.map((m) => [m.from, m.to])).toEqual([['orders@atkm.example', ['abuse@send-hosting.example']]]);
    const arrived = smtp.arrived[0]!;
    const mail = await simpleParser(arrived.raw);
    expect(mail.subject).toBe(`Removal order under Regulation (EU) 2021/784 — ${id}`);
    expect(mail.messageId).toBe(sent.sentMessage!.messageId);
    const files = new Map(mail.attachments.map((a) => [a.filename, a.content]));
    expect(files.get(docText.filename)).toEqual(docText.bytes);
    expect(files.get(docPdf.filename)).toEqual(docPdf.bytes);
    expect(files.get(`${id}-evidence-pack.json`)).toEqual(pack);
    expect(files.get(`${id}-evidence-pack.pdf`)?.subarray(0, 5).toString()).toBe('%PDF-');
    const [ev] = await readEvidence(db, [sent.sentMessage!.evidenceId]);
    expect(ev?.raw).toEqual(arrived.raw);
    expect(ev).toMatchObject({ source: 'smtp', serverAddress: smtp.hostPort, status: 'ok', observedAt: '2026-11-23T10:02:30Z', sha256: sent.sentMessage!.sha256 });
    expect(ev?.query).toBe(`MAIL FROM:<orders@atkm.example> RCPT TO:<abuse@send-hosting.example> Subject: ${mail.subject}`);
    expect(sent.sentMessage).toMatchObject({ to: 'abuse@send-hosting.example', server: smtp.hostPort, at: '2026-11-23T10:02:30Z' });
    expect(sent.sentMessage!.serverReply).toMatch(/^250 .*queued as TEST1/);
  });

  it('writes the send into the audit log with the order, the recipient and the Message-ID', async () => {
    const entries = await readAudit(db, { since: new Date('2026-11-23T00:00:00Z'), limit: 100 });
    const sent = (await orderOf(id)).sentMessage!;
    const mine = entries.filter((e) => e.action === 'order-email').map((e): Record<string, unknown> => ({ user: e.username, target: e.target, ...(JSON.parse(e.detail ?? '{}') as Record<string, unknown>) }));
    expect(mine.map((d) => [d.user, d.target, d.outcome, d.to, d.messageId])).toEqual([['test-legal', `order:${id}`, 'sent', 'abuse@send-hosting.example', sent.messageId]]);
  });

  it("keeps the sent message from those not on the order's case (need-to-know)", async () => {
    const evidenceId = (await orderOf(id)).sentMessage!.evidenceId;
    const q = 'query($e: ID!) { evidence(id: $e) { id source } }';
    expect(await legal(q, { e: evidenceId })).toEqual({ evidence: { id: evidenceId, source: 'smtp' } });
    expect((await graphqlErrors(yoga, { db, role: 'viewer' })(q, { e: evidenceId })).map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
  });

  it('refuses to send a sent order again unless asked as a re-send, which keeps the first deadline', async () => {
    const again = await sendAs({ id, to: 'abuse@send-hosting.example' });
    expect(again).toMatchObject({ __typename: 'OrderSendRefused', reason: 'ALREADY_SENT' });
    expect(smtp.arrived).toHaveLength(1);
    clock = new Date('2026-11-23T10:20:00Z');
    smtp.onAccept = () => undefined;
    const resent = await sendAs({ id, to: 'abuse@send-hosting.example', again: true });
    expect(smtp.arrived).toHaveLength(2);
    expect(resent).toMatchObject({ status: 'sent', deadline: '2026-11-23T11:02:30Z' });
    expect(resent.sendAttempts.map((a) => a.accepted)).toEqual([true, true]);
  });
});

describe('a send that does not go through', () => {
  it('leaves the order drafted when the mail server refuses the message, keeps the attempt with the refusal, and says so', async () => {
    const id = await draftOn([URLS[1]!]);
    clock = new Date('2026-11-23T12:00:00Z');
    smtp.refuse = { code: 550, text: '5.7.1 Message rejected by policy' };
    const before = smtp.arrived.length;
    const out = await sendAs({ id, to: 'abuse@send-hosting.example' });
    smtp.refuse = undefined;
    expect(out).toMatchObject({ __typename: 'OrderSendRefused', reason: 'REFUSED_BY_SERVER', serverReply: '550 5.7.1 Message rejected by policy' });
    expect(out.message).toBe(`Not sent: the mail server ${smtp.hostPort} refused the message ("550 5.7.1 Message rejected by policy"). The order stays drafted; the attempt and the server's answer are kept as evidence ${out.evidenceId}.`);
    expect(smtp.arrived.length).toBe(before);
    const order = await orderOf(id);
    expect(order).toMatchObject({ status: 'drafted', sentAt: null, deadline: null, sentMessage: null });
    expect(order.sendAttempts).toEqual([{ to: 'abuse@send-hosting.example', accepted: false, serverReply: '550 5.7.1 Message rejected by policy', evidenceId: out.evidenceId, recipientReason: null }]);
    const [ev] = await readEvidence(db, [out.evidenceId!]);
    expect(ev).toMatchObject({ source: 'smtp', status: 'failed', error: '550 5.7.1 Message rejected by policy', observedAt: '2026-11-23T12:00:00Z' });
    expect((await simpleParser(ev!.raw!)).to).toMatchObject({ text: 'abuse@send-hosting.example' });
  });

  it('leaves the order drafted when no mail server answers, with the connection error kept', async () => {
    const id = await draftOn([URLS[2]!]);
    const port = config.smtp.port;
    // A port of the test's own that it closes again: nothing listens there.
    const closed = await startLoopbackSmtp();
    await closed.close();
    config.smtp.port = closed.port;
    const out = await sendAs({ id, to: 'abuse@send-hosting.example' }).finally(() => { config.smtp.port = port; });
    expect(out).toMatchObject({ __typename: 'OrderSendRefused', reason: 'NOT_DELIVERED' });
    expect(out.message).toMatch(new RegExp(`^Not sent: the mail server 127\\.0\\.0\\.1:${closed.port} could not be reached or broke off \\(.*ECONNREFUSED.*\\)\\. The order stays drafted; `));
    expect((await orderOf(id)).status).toBe('drafted');
    const [ev] = await readEvidence(db, [out.evidenceId!]);
    expect(ev).toMatchObject({ status: 'failed', serverAddress: `127.0.0.1:${closed.port}` });
  });

  it("asks for a reason before sending to another address than the addressee's own, and keeps it with the message", async () => {
    const target = await draftOn([URLS[2]!]);
    const before = smtp.arrived.length;
    const bare = await sendAs({ id: target, to: 'abuse@upstream-send.example' });
    expect(bare).toMatchObject({ __typename: 'OrderSendRefused', reason: 'RECIPIENT_WITHOUT_REASON' });
    expect(bare.message).toBe('abuse@upstream-send.example is the abuse contact inherited from the range above the addressee (EXAMPLE-UPSTREAM-SEND), not its own; say why the order goes there');
    expect(smtp.arrived.length).toBe(before);
    const sent = await sendAs({ id: target, to: 'abuse@upstream-send.example', why: 'the hoster bounces mail; the upstream forwards' });
    expect(sent.status).toBe('sent');
    expect(smtp.arrived.at(-1)?.to).toEqual(['abuse@upstream-send.example']);
    expect(sent.sendAttempts.at(-1)).toMatchObject({ accepted: true, recipientReason: 'the hoster bounces mail; the upstream forwards' });
  });

  it('refuses an investigator: sending is for legal staff', async () => {
    const id = await draftOn([URLS[0]!]);
    const before = smtp.arrived.length;
    const errors = await graphqlErrors(yoga, { db, role: 'investigator' })(send, { id, to: 'abuse@send-hosting.example' });
    expect(errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(smtp.arrived.length).toBe(before);
    expect((await orderOf(id)).status).toBe('drafted');
  });
});
