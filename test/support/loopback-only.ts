// Loaded before every test file: no test talks to the internet. Any TCP connection or UDP
// datagram from the test process to an address outside 127.0.0.0/8 and ::1 throws at once, so
// a forgotten server-map entry fails the test instead of quietly asking a real WHOIS server.
import dgram from 'node:dgram';
import net from 'node:net';

function isLoopback(host: string | undefined): boolean {
  if (host === undefined || host === '' || host === 'localhost') return true;
  const h = host.replace(/^\[|\]$/g, '');
  return /^127\./.test(h) || h === '::1' || /^::ffff:127\./.test(h);
}

function refuse(host: string, port: unknown): never {
  throw new Error(`a test tried to reach ${host}:${String(port)}; tests talk to loopback fixture servers only (check the server map in its configuration)`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  // net.connect() hands over its arguments already normalised, as one array.
  const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (typeof first === 'object' && first !== null && !('path' in first && (first as { path?: string }).path)) {
    const o = first as { host?: string; port?: number };
    if (!isLoopback(o.host)) refuse(o.host ?? '', o.port);
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof second === 'string' && !isLoopback(second)) refuse(second, first);
  }
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
  const address = args.find((a, i) => i > 0 && typeof a === 'string') as string | undefined;
  if (address !== undefined && !isLoopback(address)) refuse(address, args.find((a) => typeof a === 'number'));
  return (send as (...a: unknown[]) => void).apply(this, args);
} as typeof dgram.Socket.prototype.send;
