// The e-mail that carries an order: built once, as the bytes that are sent and kept. Its subject
// and short body in the document's language; the order document and the evidence pack attached.
// Nothing is read from a file or a URL while building (file and URL access are off).
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { DocumentKind, DocumentLanguage } from '../documents/order-document.ts';

export interface Attachment {
  filename: string;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
}

export interface MessageInput {
  orderId: string;
  kind: DocumentKind;
  language: DocumentLanguage;
  from: string;
  to: string;
  date: Date;
  deadlineHours: number | null;
  authority: { name: string; email: string; phone: string; website: string };
  attachments: Attachment[];
}

export interface ComposedMessage {
  raw: Buffer;
  messageId: string;
  subject: string;
}

const SUBJECT: Record<DocumentKind, Record<DocumentLanguage, string>> = {
  'tco-removal-order': { en: 'Removal order under Regulation (EU) 2021/784', nl: 'Verwijderingsbevel op grond van Verordening (EU) 2021/784' },
  'tco-cross-border-copy': { en: 'Copy of a removal order (Regulation (EU) 2021/784, Article 4)', nl: 'Afschrift van een verwijderingsbevel (Verordening (EU) 2021/784, artikel 4)' },
  'csam-order': { en: 'Order to remove or disable child sexual abuse material', nl: 'Bevel tot verwijdering of ontoegankelijkmaking van kinderpornografisch materiaal' },
  'information-demand': { en: 'Demand for information (article 5:16 General Administrative Law Act)', nl: 'Vordering van inlichtingen (artikel 5:16 Algemene wet bestuursrecht)' },
};

function bodyText(m: MessageInput): string {
  const files = m.attachments.map((a) => `  ${a.filename}  SHA-256 ${a.sha256}`).join('\n');
  const contact = [m.authority.email, m.authority.phone, m.authority.website].filter((s) => s !== '').join(' · ');
  if (m.language === 'nl') {
    const due = m.deadlineHours === null ? '' : `De termijn van ${m.deadlineHours} uur loopt vanaf het tijdstip van ontvangst van dit bericht.\n\n`;
    return `Geachte heer, mevrouw,\n\nBijgaand ontvangt u ${SUBJECT[m.kind].nl.toLowerCase()} (kenmerk ${m.orderId}) en het bijbehorende bewijsdossier.\n\n${due}Bijlagen:\n${files}\n\n${m.authority.name}\n${contact}\n`;
  }
  const due = m.deadlineHours === null ? '' : `The deadline of ${m.deadlineHours} hour${m.deadlineHours === 1 ? '' : 's'} runs from the receipt of this message.\n\n`;
  return `Dear Sir or Madam,\n\nPlease find attached a ${SUBJECT[m.kind].en.charAt(0).toLowerCase()}${SUBJECT[m.kind].en.slice(1)} (reference ${m.orderId}) and its evidence pack.\n\n${due}Attachments:\n${files}\n\n${m.authority.name}\n${contact}\n`;
}

/** The message as bytes (CRLF lines, headers and MIME parts), with its Message-ID. */
export async function composeMessage(m: MessageInput): Promise<ComposedMessage> {
  const domain = m.from.replace(/^.*@/, '').replace(/>.*$/, '') || 'hostchain.invalid';
  const messageId = `<${m.orderId}.${randomUUID()}@${domain}>`;
  const subject = `${SUBJECT[m.kind][m.language]} — ${m.orderId}`;
  const composer = new MailComposer({
    from: m.from, to: m.to, subject, date: m.date, messageId, text: bodyText(m),
    headers: { 'X-Hostchain-Order': m.orderId },
    attachments: m.attachments.map((a) => ({ filename: a.filename, content: a.bytes, contentType: a.mediaType })),
    disableFileAccess: true, disableUrlAccess: true,
  });
  // SMTP carries lines ending CRLF (RFC 5321 §2.3.8) and the client rewrites a bare LF on the
  // wire: the message is made CRLF here, so the bytes kept are the bytes the server received.
  const built = await composer.compile().build();
  const raw = Buffer.from(built.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  return { raw, messageId, subject };
}
