// Why an order was not sent by e-mail, as a code to branch on and a sentence to show. A send the
// mail server refused or that could not reach it names the attempt kept as evidence.
export const SEND_ERROR_CODES = [
  'NOT_FOUND', 'NOT_SENDABLE', 'ALREADY_SENT', 'SENDING', 'NO_SMTP', 'BAD_RECIPIENT', 'RECIPIENT_WITHOUT_REASON', 'REFUSED_BY_SERVER', 'NOT_DELIVERED', 'SENT_NOT_RECORDED',
] as const;
export type SendErrorCode = (typeof SEND_ERROR_CODES)[number];

export class SendError extends Error {
  override readonly name = 'SendError';
  constructor(
    readonly code: SendErrorCode,
    message: string,
    /** The failed attempt as kept (source smtp, status failed), when the server was asked. */
    readonly evidenceId: string | null = null,
    /** The mail server's last reply line, or the connection error. */
    readonly serverReply: string | null = null,
    /** The Message-ID of the message the server was offered. */
    readonly messageId: string | null = null,
  ) {
    super(message);
  }
}
