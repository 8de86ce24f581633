// Sends an order or demand by e-mail: the recipient checked against the chain's contacts, the
// message built once, handed to the mail server, and kept as evidence (source smtp) whatever the
// server answered. Accepted: the order becomes sent at the moment the server took the message, so
// its deadline runs from then. Refused or unreachable: the order stays as it was and the attempt,
// with the server's answer, is kept. A sent order is sent again only when asked as a re-send.
import type { Config } from '../../config.ts';
import type { GraphDb } from '../../db/driver.ts';
import { saveEvidence } from '../../../importers/core/upsert.ts';
import type { RuleTable } from '../../rules/rule-table.ts';
import { documentKindOf, type DocumentLanguage } from '../documents/order-document.ts';
import { getOrder, recordSending, type OrderView } from '../orders.ts';
import { orderAttachments } from './attachments.ts';
import { composeMessage, type ComposedMessage } from './compose-message.ts';
import { chooseRecipient, recipientChoices } from './recipients.ts';
import { RECORD_SEND_ATTEMPT } from './send-cypher.ts';
import { SendError } from './send-error.ts';
import { deliver, mailboxOf, type Delivery } from './smtp-deliver.ts';

export interface SendDeps {
  db: GraphDb;
  rules: RuleTable;
  config: Pick<Config, 'authority' | 'smtp'>;
  now: () => Date;
}

export interface SendRequest {
  orderId: string;
  to: string;
  language: DocumentLanguage;
  /** Why the order goes to another address than the addressee's own contact. */
  recipientReason?: string | undefined;
  /** Send an order that was already sent once more (its deadline stays where the first sending put it). */
  resend?: boolean | undefined;
  by: string;
}

export interface SendOutcome {
  order: OrderView;
  evidenceId: string;
  messageId: string;
  to: string;
  reply: string;
}

const OPEN_SENT = ['sent', 'acknowledged', 'late'];
// One send per order at a time in this server: a second click waits for no second message.
const inFlight = new Set<string>();

function checkSendable(order: OrderView, resend: boolean): void {
  if (order.status === 'drafted') return;
  if (!OPEN_SENT.includes(order.status)) throw new SendError('NOT_SENDABLE', `order ${order.id} is ${order.status}: there is nothing to send any more`);
  if (!resend) {
    const how = order.channel === null ? '' : ` by ${order.channel}`;
    throw new SendError('ALREADY_SENT', `order ${order.id} was already sent${how} at ${order.sentAt ?? '?'}; sending it again is a re-send and must be asked for as one`);
  }
}

function senderOf(config: SendDeps['config']): string {
  if (config.smtp.host === '') throw new SendError('NO_SMTP', 'no mail server is configured (smtp.host, or HOSTCHAIN_SMTP=host:port): record how the order was sent instead');
  const from = config.smtp.from || config.authority.email;
  if (from === '') throw new SendError('NO_SMTP', 'no sender address is configured (smtp.from or authority.email)');
  return from;
}

export async function sendOrderByEmail(deps: SendDeps, req: SendRequest): Promise<SendOutcome> {
  // Taken before the order is read: a second send that read it as drafted cannot pass after the first is done.
  if (inFlight.has(req.orderId)) throw new SendError('SENDING', `order ${req.orderId} is being sent right now`);
  inFlight.add(req.orderId);
  try {
    return await sendOnce(deps, req);
  } finally {
    inFlight.delete(req.orderId);
  }
}

async function sendOnce(deps: SendDeps, req: SendRequest): Promise<SendOutcome> {
  const order = await getOrder(deps.db, req.orderId);
  if (order === undefined) throw new SendError('NOT_FOUND', `no order ${req.orderId}`);
  checkSendable(order, req.resend === true);
  const from = senderOf(deps.config);
  const recipient = chooseRecipient(await recipientChoices(deps.db, order.id), req.to, req.recipientReason);
  const attachments = await orderAttachments(deps, order.id, req.language);
  const message = await composeMessage({
    orderId: order.id, kind: documentKindOf(order), language: req.language, from, to: recipient.to, date: deps.now(),
    deadlineHours: order.deadlineHours, authority: deps.config.authority, attachments,
  });
  const delivery = await deliver(deps.config.smtp, { from: mailboxOf(from), to: recipient.to }, message.raw);
  // Sent at the moment the server answered: the deadline runs from its acceptance.
  const at = deps.now();
  const attempt: Attempt = { order, req, from, to: recipient.to, reason: recipient.reason, message, delivery, at };
  if (!delivery.accepted) throw failure(deps.config.smtp, order, { evidenceId: await keepAttempt(deps, attempt), delivery, messageId: message.messageId });
  try {
    const evidenceId = await keepAttempt(deps, attempt);
    const sent = order.status === 'drafted'
      ? await recordSending(deps.db, order.id, { channel: 'email', messageEvidenceId: evidenceId, note: `sent by e-mail to ${recipient.to}, Message-ID ${message.messageId}` }, { by: req.by, at })
      : (await getOrder(deps.db, order.id))!;
    return { order: sent, evidenceId, messageId: message.messageId, to: recipient.to, reply: delivery.reply };
  } catch (err) {
    // The provider has the order: say so, so that nobody sends it again because the record is missing.
    throw new SendError('SENT_NOT_RECORDED', `The mail server accepted the message at ${at.toISOString()} (Message-ID ${message.messageId}, "${delivery.reply}") but it could not be recorded: ${(err as Error).message}. Do not send it again: record it as sent by e-mail at that time.`, null, delivery.reply, message.messageId);
  }
}

interface Attempt {
  order: OrderView;
  req: SendRequest;
  from: string;
  to: string;
  reason: string | null;
  message: ComposedMessage;
  delivery: Delivery;
  at: Date;
}

/** The message as sent and the server's answer, as Evidence linked to the order by a SEND_ATTEMPT. */
async function keepAttempt(deps: SendDeps, a: Attempt): Promise<string> {
  const smtp = deps.config.smtp;
  const evidenceId = await saveEvidence(deps.db, {
    source: 'smtp', server: smtp.host, serverAddress: `${smtp.host}:${smtp.port}`,
    query: `MAIL FROM:<${mailboxOf(a.from)}> RCPT TO:<${a.to}> Subject: ${a.message.subject}`, observedAt: a.at, body: a.message.raw,
    status: a.delivery.accepted ? 'ok' : 'failed', error: a.delivery.accepted ? undefined : a.delivery.reply,
    meta: { messageId: a.message.messageId, reply: a.delivery.reply, from: a.from, to: a.to, ...(a.delivery.accepted ? {} : { code: a.delivery.code ?? '' }) },
  }, a.at);
  await deps.db.write(RECORD_SEND_ATTEMPT, {
    id: a.order.id, evidenceId, at: a.at.toISOString(), by: a.req.by, from: a.from, to: a.to, subject: a.message.subject, messageId: a.message.messageId,
    accepted: a.delivery.accepted, reply: a.delivery.reply, resend: a.order.status !== 'drafted', recipientReason: a.reason, language: a.req.language,
  });
  return evidenceId;
}

function failure(smtp: Config['smtp'], order: OrderView, f: { evidenceId: string; delivery: Delivery; messageId: string }): SendError {
  const server = `${smtp.host}:${smtp.port}`;
  const reply = f.delivery.reply;
  const stays = order.status === 'drafted' ? 'The order stays drafted' : `The order stays ${order.status}, as first sent at ${order.sentAt ?? '?'}`;
  const kept = `${stays}; the attempt and the server's answer are kept as evidence ${f.evidenceId}.`;
  const code = /^([245])\d\d\b/.exec(reply)?.[1];
  if (code === '5') return new SendError('REFUSED_BY_SERVER', `Not sent: the mail server ${server} refused the message ("${reply}"). ${kept}`, f.evidenceId, reply, f.messageId);
  if (code === '4') return new SendError('REFUSED_BY_SERVER', `Not sent: the mail server ${server} refused the message for now ("${reply}"); try again later. ${kept}`, f.evidenceId, reply, f.messageId);
  return new SendError('NOT_DELIVERED', `Not sent: the mail server ${server} could not be reached or broke off (${reply}). ${kept}`, f.evidenceId, reply, f.messageId);
}
