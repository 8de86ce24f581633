// One DNS question to one server, the way a careful stub resolver asks it: UDP with EDNS0 first,
// TCP when the answer is truncated, random IDs, answers that do not match the question ignored.
// Raw bytes both ways are kept: they are the evidence.
import { randomInt } from 'node:crypto';
import dgram from 'node:dgram';
import { isIP } from 'node:net';
import dnsPacket, { type DecodedPacket, type RecordType } from 'dns-packet';
import type { HostPort } from '../../server/config.ts';
import { DnsExchangeError } from './dns-errors.ts';
import { decodeBounded } from './dns-decode.ts';
import { exchangeTcp } from './dns-tcp.ts';

/** RFC 6891 §6.2.5 and the 2020 DNS flag day: 1232 bytes avoids IP fragmentation. */
export const EDNS_UDP_SIZE = 1232;

export interface DnsQuestion {
  name: string;
  type: RecordType;
}

export interface DnsExchange {
  server: HostPort;
  transport: 'udp' | 'tcp';
  question: DnsQuestion;
  query: Buffer;
  response: Buffer;
  packet: DecodedPacket;
  sentAt: Date;
  receivedAt: Date;
  /** The UDP answer had TC set and was retried over TCP (RFC 7766 §5). */
  retriedOverTcp: boolean;
}

export interface ExchangeOptions {
  server: HostPort;
  question: DnsQuestion;
  timeoutMs: number;
  maxBytes: number;
  now?: () => Date;
}

export function encodeQuery(question: DnsQuestion, id = randomInt(0, 0x10000)): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type: question.type, name: question.name, class: 'IN' }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_SIZE, extendedRcode: 0, ednsVersion: 0, flags: 0 } as dnsPacket.Answer],
  });
}

export async function exchangeDns(opts: ExchangeOptions): Promise<DnsExchange> {
  const now = opts.now ?? (() => new Date());
  const query = encodeQuery(opts.question);
  const sentAt = now();
  const udp = await exchangeUdp(opts, query);
  if (!udp.packet.flag_tc) return { ...base(opts, query, sentAt), transport: 'udp', ...udp, receivedAt: now(), retriedOverTcp: false };
  const tcp = await exchangeTcp({ ...opts, query, matches: (p) => matchesQuestion(p, query) });
  return { ...base(opts, query, sentAt), transport: 'tcp', ...tcp, receivedAt: now(), retriedOverTcp: true };
}

function base(opts: ExchangeOptions, query: Buffer, sentAt: Date) {
  return { server: opts.server, question: opts.question, query, sentAt };
}

/** Same ID and same question: anything else is a stray or spoofed packet (RFC 5452 §9.1). */
export function matchesQuestion(packet: DecodedPacket, query: Buffer): boolean {
  const q = dnsPacket.decode(query);
  const a = packet.questions?.[0];
  const b = q.questions?.[0];
  return packet.id === q.id && a !== undefined && b !== undefined && a.type === b.type && a.name.toLowerCase() === b.name.toLowerCase();
}

function exchangeUdp(opts: ExchangeOptions, query: Buffer): Promise<{ response: Buffer; packet: DecodedPacket }> {
  const socket = dgram.createSocket(isIP(opts.server.host) === 6 ? 'udp6' : 'udp4');
  return new Promise((resolve, reject) => {
    let lastMalformed: DnsExchangeError | undefined;
    const done = (fn: () => void) => {
      clearTimeout(timer);
      socket.close();
      fn();
    };
    const timer = setTimeout(
      () => done(() => reject(lastMalformed ?? new DnsExchangeError('DNS_TIMEOUT', `no answer from ${opts.server.host}:${opts.server.port} within ${opts.timeoutMs} ms`))),
      opts.timeoutMs,
    );
    socket.on('message', (msg, rinfo) => {
      if (rinfo.port !== opts.server.port) return;
      try {
        const packet = decodeBounded(msg, opts.maxBytes);
        if (matchesQuestion(packet, query)) done(() => resolve({ response: msg, packet }));
      } catch (err) {
        // Keep waiting: a garbage packet may be spoofed, the real answer may still come.
        lastMalformed = err as DnsExchangeError;
      }
    });
    socket.on('error', (err) => done(() => reject(new DnsExchangeError('DNS_TRANSPORT', err.message))));
    socket.send(query, opts.server.port, opts.server.host);
  });
}
