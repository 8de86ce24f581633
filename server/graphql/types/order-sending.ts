// Sending an order by e-mail over GraphQL: `sendOrderByEmail` (legal staff; every call audited with
// the order, the recipient and the Message-ID), and on Order what it was sent as
// (`sentMessage`), every attempt (`sendAttempts`) and where it can go (`emailDelivery`).
import { audit } from '../../auth/audit.ts';
import { AuthError } from '../../auth/auth-error.ts';
import { OrderError } from '../../orders/order-status.ts';
import { sendAttempts, type SendAttempt } from '../../orders/sending/attempts.ts';
import { proposedRecipient, recipientChoices, viaText, type RecipientChoice } from '../../orders/sending/recipients.ts';
import { SEND_ERROR_CODES, SendError } from '../../orders/sending/send-error.ts';
import { sendOrderByEmail } from '../../orders/sending/send-order.ts';
import { builder } from '../builder.ts';
import { actingUser, type GraphContext } from '../context.ts';
import { Order } from './orders.ts';
import { Refusal } from './refusals.ts';

const SendCode = builder.enumType('OrderSendRefusalCode', { values: SEND_ERROR_CODES });
builder.objectType(SendError, {
  name: 'OrderSendRefused',
  description: 'The order was not sent by e-mail: refused before sending (already sent, no mail server, a recipient without its reason), or the mail server refused it or could not be reached; then the attempt is kept as evidence.',
  interfaces: [Refusal],
  fields: (t) => ({
    reason: t.field({ type: SendCode, resolve: (e) => e.code }),
    evidenceId: t.exposeString('evidenceId', { nullable: true, description: 'the failed attempt as kept (source smtp)' }),
    serverReply: t.exposeString('serverReply', { nullable: true, description: "the mail server's answer, or the connection error" }),
    messageId: t.exposeString('messageId', { nullable: true }),
  }),
});

const SentMessage = builder.objectRef<SendAttempt>('SentMessage').implement({
  description: 'An e-mail an order was sent as (or offered as, when not accepted), kept as evidence byte for byte.',
  fields: (t) => ({
    at: t.exposeString('at', { description: "when the mail server answered: for the accepted message, the sending time the deadline runs from" }),
    by: t.exposeString('by'),
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    subject: t.exposeString('subject'),
    messageId: t.exposeString('messageId'),
    accepted: t.exposeBoolean('accepted'),
    serverReply: t.exposeString('reply', { description: "the server's final reply line (\"250 2.0.0 queued as …\"), or its refusal, or the connection error" }),
    server: t.exposeString('server', { description: 'host:port contacted' }),
    resend: t.exposeBoolean('resend'),
    recipientReason: t.exposeString('recipientReason', { nullable: true, description: "why it went to another address than the addressee's own contact" }),
    language: t.exposeString('language'),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the message bytes' }),
    evidenceId: t.exposeString('evidenceId'),
  }),
});

const Recipient = builder.objectRef<RecipientChoice & { proposed: boolean }>('EmailRecipientChoice').implement({
  description: "A mailbox the order can go to, from the chain's registry data.",
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.exposeString('role', { nullable: true }),
    via: t.exposeString('via', { description: 'own, held-block, held-as or enclosing-block' }),
    why: t.string({ description: 'where the mailbox comes from, in words', resolve: (c) => viaText(c) }),
    evidenceId: t.exposeString('evidenceId', { nullable: true }),
    proposed: t.exposeBoolean('proposed', { description: 'the one proposed; any other needs a reason' }),
  }),
});

const EmailDelivery = builder.objectRef<{ configured: boolean; from: string | null; orderId: string }>('EmailDelivery').implement({
  description: 'Whether the order can be sent by e-mail from here, from which sender, to which mailboxes.',
  fields: (t) => ({
    configured: t.exposeBoolean('configured', { description: 'a mail server is configured (smtp.host or HOSTCHAIN_SMTP)' }),
    from: t.exposeString('from', { nullable: true }),
    recipients: t.field({
      type: [Recipient],
      resolve: async (d, _a, ctx) => {
        const choices = await recipientChoices(ctx.db, d.orderId);
        const proposed = proposedRecipient(choices);
        return choices.map((c) => ({ ...c, proposed: c === proposed }));
      },
    }),
  }),
});

builder.objectFields(Order, (t) => ({
  sentMessage: t.field({
    type: SentMessage,
    nullable: true,
    description: 'the e-mail the order was sent as, when sent by e-mail: its deadline runs from the server accepting it',
    resolve: async (o, _a, ctx) => (o.sentMessageEvidenceId === null ? null : (await sendAttempts(ctx.db, o.id)).find((m) => m.evidenceId === o.sentMessageEvidenceId) ?? null),
  }),
  sendAttempts: t.field({ type: [SentMessage], description: 'every attempt to send it by e-mail, refused ones too, oldest first', resolve: (o, _a, ctx) => sendAttempts(ctx.db, o.id) }),
  emailDelivery: t.field({
    type: EmailDelivery,
    resolve: (o, _a, ctx) => ({ configured: ctx.config.smtp.host !== '', from: ctx.config.smtp.from || ctx.config.authority.email || null, orderId: o.id }),
  }),
}));

const Language = builder.enumType('SendLanguage', { values: { NL: { value: 'nl' as const, description: 'Dutch' }, EN: { value: 'en' as const, description: 'English' } } });

async function auditSend(ctx: GraphContext, id: string, detail: Record<string, unknown>): Promise<void> {
  await audit(ctx.db, { user: ctx.auth.user, action: 'order-email', target: `order:${id}`, ip: ctx.ip, at: ctx.now(), detail });
}

builder.mutationField('sendOrderByEmail', (t) =>
  t.field({
    type: Order,
    description: "Sends a drafted order or demand by e-mail through the configured mail server, with its document and evidence pack attached; the message is kept as evidence and the deadline runs from the server's acceptance. A sent order is sent again only with resend.",
    args: {
      id: t.arg.id({ required: true }),
      to: t.arg.string({ required: true, description: "the recipient: the addressee's own contact, or another with recipientReason" }),
      language: t.arg({ type: Language, required: true, description: 'the language of the document and the message' }),
      recipientReason: t.arg.string({ description: "why another address than the addressee's own contact" }),
      resend: t.arg.boolean({ description: 'send an order that was already sent once more (its deadline does not move)' }),
    },
    errors: { types: [SendError, OrderError, AuthError], union: { name: 'SendOrderByEmailResult' } },
    resolve: async (_r, a, ctx) => {
      const id = String(a.id);
      try {
        const out = await sendOrderByEmail(
          { db: ctx.db, rules: ctx.rules, config: ctx.config, now: ctx.now },
          { orderId: id, to: a.to, language: a.language, recipientReason: a.recipientReason ?? undefined, resend: a.resend ?? false, by: actingUser(ctx) },
        );
        await auditSend(ctx, id, { outcome: 'sent', to: out.to, messageId: out.messageId, evidenceId: out.evidenceId, serverReply: out.reply, resend: a.resend ?? false });
        return out.order;
      } catch (err) {
        if (err instanceof SendError) await auditSend(ctx, id, { outcome: `refused: ${err.code}`, to: a.to, messageId: err.messageId, evidenceId: err.evidenceId, serverReply: err.serverReply });
        throw err;
      }
    },
  }),
);
