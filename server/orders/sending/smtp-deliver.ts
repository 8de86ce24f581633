// Hands the built message to the configured mail server, byte for byte (nodemailer's `raw`: it
// adds nothing), and says how the server answered: its final reply line when it took the message,
// the refusal or the connection error when it did not. Never throws for a refused or failed send.
import { createTransport } from 'nodemailer';
import type { Config } from '../../config.ts';

export type Delivery =
  | { accepted: true; reply: string }
  | { accepted: false; reply: string; code: string | null };

// Minutes, not the library's defaults of two: a user is waiting on the answer.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

export async function deliver(smtp: Config['smtp'], envelope: { from: string; to: string }, raw: Buffer): Promise<Delivery> {
  const transport = createTransport({
    host: smtp.host, port: smtp.port, secure: smtp.secure, ...TIMEOUTS,
    ...(smtp.user === '' ? {} : { auth: { user: smtp.user, pass: smtp.password } }),
    disableFileAccess: true, disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail({ envelope, raw });
    if (info.rejected.length > 0) return { accepted: false, reply: info.response ?? `rejected ${info.rejected.join(', ')}`, code: 'EENVELOPE' };
    return { accepted: true, reply: info.response };
  } catch (err) {
    const e = err as { code?: string; response?: string; message?: string };
    return { accepted: false, reply: e.response ?? e.message ?? String(err), code: e.code ?? null };
  } finally {
    transport.close();
  }
}

/** The address of a mailbox written as "Name <box@domain>", or as it is. */
export function mailboxOf(address: string): string {
  return /<([^>]+)>/.exec(address)?.[1]?.trim() ?? address.trim();
}
