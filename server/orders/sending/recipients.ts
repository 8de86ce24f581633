// Who an order goes to by e-mail: the addressee's mailboxes as the chain records them, and the
// choice among them. The party's own contact is proposed; any other address (a block's, the range
// above's, or one typed in) is the sender's choice and needs its reason, kept with the attempt.
import type { GraphDb } from '../../db/driver.ts';
import { ADDRESSEE_CONTACTS } from './send-cypher.ts';
import { SendError } from './send-error.ts';

export type ContactVia = 'own' | 'held-block' | 'held-as' | 'enclosing-block';

export interface RecipientChoice {
  email: string;
  role: string | null;
  via: ContactVia;
  /** The party, block or AS the mailbox is registered for. */
  whose: string;
  /** The answer the contact comes from. */
  evidenceId: string | null;
}

const WHY: Record<ContactVia, (whose: string) => string> = {
  own: (w) => `the addressee's own abuse contact (${w})`,
  'held-block': (w) => `the abuse contact of the addressee's range ${w}`,
  'held-as': (w) => `the abuse contact of the addressee's AS ${w}`,
  'enclosing-block': (w) => `the abuse contact inherited from the range above the addressee (${w}), not its own`,
};

export function viaText(c: RecipientChoice): string {
  return WHY[c.via](c.whose);
}

export async function recipientChoices(db: GraphDb, orderId: string): Promise<RecipientChoice[]> {
  const rows = await db.read<RecipientChoice>(ADDRESSEE_CONTACTS, { id: orderId, limit: 50 });
  // One line per mailbox, where it is closest to the addressee.
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.email) && seen.add(r.email));
}

/** The proposed recipient: the addressee's own contact, else that of a block or AS it holds. */
export function proposedRecipient(choices: readonly RecipientChoice[]): RecipientChoice | undefined {
  return choices.find((c) => c.via !== 'enclosing-block');
}

// RFC 5321 mailbox, kept plain: one local part, one domain with a dot, no spaces, no display name.
const MAILBOX = /^[^\s@<>(),;:"[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** The recipient as asked: refused when it is not one mailbox, or when another than proposed comes without a reason. */
export function chooseRecipient(choices: readonly RecipientChoice[], to: string, reason: string | undefined): { to: string; reason: string | null } {
  const address = to.trim().toLowerCase();
  if (!MAILBOX.test(address)) throw new SendError('BAD_RECIPIENT', `"${to}" is not one e-mail address (name@domain)`);
  const why = (reason ?? '').trim();
  if (address === proposedRecipient(choices)?.email) return { to: address, reason: why === '' ? null : why };
  if (why === '') {
    const known = choices.find((c) => c.email === address);
    const what = known === undefined ? 'not a contact the chain records for the addressee' : viaText(known);
    throw new SendError('RECIPIENT_WITHOUT_REASON', `${address} is ${what}; say why the order goes there`);
  }
  return { to: address, reason: why };
}
