import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMessage, type MessageInput } from '../../../server/orders/sending/compose-message.ts';
import { chooseRecipient, type RecipientChoice } from '../../../server/orders/sending/recipients.ts';
import { SendError } from '../../../server/orders/sending/send-error.ts';

const input: MessageInput = {
  orderId: 'ord-11111111-2222-3333-4444-555555555555', kind: 'tco-removal-order', language: 'nl', from: 'ATKM <bevelen@atkm.example>', to: 'abuse@hoster.example',
  date: new Date('2026-11-23T10:00:00Z'), deadlineHours: 1, authority: { name: 'ATKM', email: 'info@atkm.example', phone: '', website: 'https://www.atkm.nl' },
  attachments: [{ filename: 'bevel.txt', mediaType: 'text/plain; charset=utf-8', bytes: Buffer.from('regel 1\nregel 2\n'), sha256: 'ab'.repeat(32) }],
};

describe('the message that carries an order', () => {
  it('is written in the chosen language, with the deadline and each attachment with its SHA-256', async () => {
    const m = await simpleParser((await composeMessage(input)).raw);
    expect(m.subject).toBe(`Verwijderingsbevel op grond van Verordening (EU) 2021/784 — ${input.orderId}`);
    expect(m.text).toContain('De termijn van 1 uur loopt vanaf het tijdstip van ontvangst van dit bericht.');
    expect(m.text).toContain(`bevel.txt  SHA-256 ${'ab'.repeat(32)}`);
    expect(m.date?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it("has only CRLF line ends (as SMTP carries them) and a Message-ID in the sender's domain", async () => {
    const c = await composeMessage(input);
    expect(c.raw.toString('latin1').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(c.messageId).toMatch(new RegExp(`^<${input.orderId}\\.[0-9a-f-]{36}@atkm\\.example>$`));
    expect((await simpleParser(c.raw)).messageId).toBe(c.messageId);
  });
});

describe('choosing the recipient', () => {
  const choices: RecipientChoice[] = [
    { email: 'abuse@hoster.example', role: 'abuse', via: 'own', whose: 'Hoster B.V.', evidenceId: 'ev-1' },
    { email: 'abuse@upstream.example', role: 'abuse', via: 'enclosing-block', whose: 'UPSTREAM-NET', evidenceId: 'ev-2' },
  ];
  const refusal = (f: () => unknown): [string, string] | undefined => {
    try { f(); return undefined; } catch (e) { if (e instanceof SendError) return [e.code, e.message]; throw e; }
  };

  it("takes the addressee's own contact as it is, and any other only with a reason", () => {
    expect(chooseRecipient(choices, ' Abuse@Hoster.example ', undefined)).toEqual({ to: 'abuse@hoster.example', reason: null });
    expect(refusal(() => chooseRecipient(choices, 'legal@hoster.example', ' '))).toEqual(['RECIPIENT_WITHOUT_REASON', 'legal@hoster.example is not a contact the chain records for the addressee; say why the order goes there']);
    expect(chooseRecipient(choices, 'legal@hoster.example', 'named in its terms of service')).toEqual({ to: 'legal@hoster.example', reason: 'named in its terms of service' });
  });

  it('refuses what is not one mailbox: a list, a display name, a header break', () => {
    for (const bad of ['a@x.example, b@x.example', 'Hoster <abuse@hoster.example>', 'abuse@hoster.example\r\nBcc: x@y.example', 'abuse']) {
      expect(refusal(() => chooseRecipient(choices, bad, 'because'))?.[0]).toBe('BAD_RECIPIENT');
    }
  });
});
