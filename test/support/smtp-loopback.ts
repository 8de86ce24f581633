// A real SMTP server on 127.0.0.1 (smtp-server) for the sending tests: it keeps every message it
// takes, byte for byte with its envelope, and answers as a test sets it: accept ("250 … queued
// as …"), or refuse the message with a reply line of its choosing. `onAccept` runs at the moment
// the server takes a message, before it answers: the test's clock can move there.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ArrivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface LoopbackSmtp {
  port: number;
  hostPort: string;
  arrived: ArrivedMessage[];
  /** Refuse the next messages with this code and text (e.g. 550, '5.7.1 relaying denied'); undefined: accept. */
  refuse: { code: number; text: string } | undefined;
  onAccept: () => void;
  close(): Promise<void>;
}

export async function startLoopbackSmtp(): Promise<LoopbackSmtp> {
  let queued = 0;
  const state: LoopbackSmtp = { port: 0, hostPort: '', arrived: [], refuse: undefined, onAccept: () => undefined, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, banner: 'hostchain test SMTP',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.refuse !== undefined) {
          const err = Object.assign(new Error(state.refuse.text), { responseCode: state.refuse.code });
          callback(err);
          return;
        }
        state.onAccept();
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        state.arrived.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback(null, `queued as TEST${++queued}`);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.hostPort = `127.0.0.1:${state.port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
