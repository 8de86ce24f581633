// Decoding one DNS answer within its size bound, for the UDP and the TCP exchange alike: a packet
// over the bound or one that does not decode is a failed exchange with the bytes kept.
import dnsPacket, { type DecodedPacket } from 'dns-packet';
import { DnsExchangeError } from './dns-errors.ts';

export function decodeBounded(buf: Buffer, maxBytes: number): DecodedPacket {
  if (buf.length > maxBytes) throw new DnsExchangeError('DNS_TOO_LARGE', `answer of ${buf.length} bytes exceeds ${maxBytes}`, buf);
  try {
    return dnsPacket.decode(buf);
  } catch (err) {
    throw new DnsExchangeError('DNS_MALFORMED', `malformed answer: ${(err as Error).message}`, buf);
  }
}
