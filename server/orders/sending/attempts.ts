// The e-mails an order was sent as (or offered as, when the server refused), read back from their
// SEND_ATTEMPT edges: the one the order's deadline runs from is its sentMessage.
import type { GraphDb } from '../../db/driver.ts';
import { SEND_ATTEMPTS } from './send-cypher.ts';

export interface SendAttempt {
  at: string;
  by: string;
  from: string;
  to: string;
  subject: string;
  messageId: string;
  accepted: boolean;
  reply: string;
  resend: boolean;
  recipientReason: string | null;
  language: string;
  evidenceId: string;
  sha256: string;
  server: string;
  error: string | null;
}

export function sendAttempts(db: GraphDb, orderId: string): Promise<SendAttempt[]> {
  return db.read<SendAttempt>(SEND_ATTEMPTS, { id: orderId, limit: 100 });
}
