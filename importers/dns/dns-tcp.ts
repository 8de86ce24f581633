// DNS over TCP (RFC 7766): two-byte length prefix, one answer. Bounded in time and size, so a
// server that drips or never ends cannot hold the job.
import net from 'node:net';
import type { DecodedPacket } from 'dns-packet';
import type { HostPort } from '../../server/config.ts';
import { DnsExchangeError } from './dns-errors.ts';
import { decodeBounded } from './dns-decode.ts';

export interface TcpExchangeOptions {
  server: HostPort;
  query: Buffer;
  timeoutMs: number;
  maxBytes: number;
  matches: (p: DecodedPacket) => boolean;
}

export function exchangeTcp(opts: TcpExchangeOptions): Promise<{ response: Buffer; packet: DecodedPacket }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: opts.server.host, port: opts.server.port });
    let buf = Buffer.alloc(0);
    const fail = (err: DnsExchangeError) => finish(() => reject(err));
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      socket.destroy();
      fn();
    };
    const timer = setTimeout(() => fail(new DnsExchangeError('DNS_TIMEOUT', `TCP answer from ${opts.server.host}:${opts.server.port} not complete within ${opts.timeoutMs} ms`, buf)), opts.timeoutMs);
    socket.on('connect', () => {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(opts.query.length);
      socket.write(Buffer.concat([len, opts.query]));
    });
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length > opts.maxBytes + 2) return fail(new DnsExchangeError('DNS_TOO_LARGE', `TCP answer exceeds ${opts.maxBytes} bytes`, buf));
      if (buf.length < 2) return;
      const need = buf.readUInt16BE(0) + 2;
      if (buf.length < need) return;
      const response = buf.subarray(2, need);
      try {
        const packet = decodeBounded(response, opts.maxBytes);
        if (!opts.matches(packet)) return fail(new DnsExchangeError('DNS_MALFORMED', 'TCP answer does not match the question', response));
        finish(() => resolve({ response, packet }));
      } catch (err) {
        fail(err as DnsExchangeError);
      }
    });
    socket.on('end', () => fail(new DnsExchangeError('DNS_TRANSPORT', `TCP connection closed after ${buf.length} bytes, before a whole answer`, buf)));
    socket.on('error', (err) => fail(new DnsExchangeError('DNS_TRANSPORT', err.message, buf)));
  });
}
