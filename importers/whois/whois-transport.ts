// WHOIS (RFC 3912) on node:net: send one query line, read until the server closes. Written here
// rather than through whoiser because evidence needs the raw bytes (whoiser decodes each chunk on
// its own and corrupts split UTF-8 and Latin-1), the address actually contacted, and a port from
// the configured server map (whoiser always dials 43). Bounded in time and bytes: a slow-drip or
// never-ending server is cut off and recorded as a failure.
import net from 'node:net';
import type { HostPort } from '../../server/config.ts';

export type WhoisErrorCode = 'WHOIS_TIMEOUT' | 'WHOIS_TOO_LARGE' | 'WHOIS_TRANSPORT';

export class WhoisExchangeError extends Error {
  constructor(
    readonly code: WhoisErrorCode,
    message: string,
    readonly partial: Buffer,
  ) {
    super(message);
  }
}

export interface WhoisExchange {
  endpoint: HostPort;
  /** Exact bytes sent, CRLF included. */
  query: string;
  response: Buffer;
  /** Remote address as the socket saw it. */
  remoteAddress: string;
}

export interface WhoisExchangeOptions {
  endpoint: HostPort;
  query: string;
  /** Whole exchange, connect to close: a drip of one byte a second must not hold a job for hours. */
  timeoutMs: number;
  maxBytes: number;
}

export function exchangeWhois(opts: WhoisExchangeOptions): Promise<WhoisExchange> {
  const line = `${opts.query}\r\n`;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let remote = '';
    const socket = net.connect({ host: opts.endpoint.host, port: opts.endpoint.port });
    const partial = () => Buffer.concat(chunks);
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      socket.destroy();
      fn();
    };
    const where = `${opts.endpoint.host}:${opts.endpoint.port}`;
    const timer = setTimeout(() => finish(() => reject(new WhoisExchangeError('WHOIS_TIMEOUT', `${where} did not finish within ${opts.timeoutMs} ms (${size} bytes received)`, partial()))), opts.timeoutMs);
    socket.on('connect', () => {
      remote = `${socket.remoteAddress ?? opts.endpoint.host}:${socket.remotePort ?? opts.endpoint.port}`;
      socket.write(line, 'utf8');
    });
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > opts.maxBytes) return finish(() => reject(new WhoisExchangeError('WHOIS_TOO_LARGE', `${where} sent more than ${opts.maxBytes} bytes`, partial())));
      chunks.push(chunk);
    });
    socket.on('end', () => finish(() => resolve({ endpoint: opts.endpoint, query: line, response: partial(), remoteAddress: remote })));
    socket.on('error', (err) => finish(() => reject(new WhoisExchangeError('WHOIS_TRANSPORT', `${where}: ${err.message}`, partial()))));
  });
}

/** UTF-8 when the bytes are valid UTF-8, else Latin-1 (the RIPE database's historical encoding). */
export function decodeWhoisText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}
