import dgram from 'node:dgram';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { exchangeWhois } from '../../../importers/whois/whois-transport.ts';

describe('tests talk to loopback only', () => {
  it('refuses a TCP connection to a real WHOIS server before any packet leaves', async () => {
    await expect(exchangeWhois({ endpoint: { host: 'whois.iana.org', port: 43 }, query: '192.0.2.1', timeoutMs: 1000, maxBytes: 1000 })).rejects.toThrow(/a test tried to reach whois\.iana\.org:43/);
    expect(() => net.connect({ host: '9.9.9.9', port: 53 })).toThrow(/9\.9\.9\.9:53/);
  });

  it('refuses a UDP datagram to a public resolver', () => {
    const s = dgram.createSocket('udp4');
    try {
      expect(() => s.send(Buffer.from('x'), 53, '1.1.1.1')).toThrow(/1\.1\.1\.1:53/);
    } finally {
      s.close();
    }
  });

  it('lets loopback through', async () => {
    const srv = net.createServer((c) => c.end('ok'));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as net.AddressInfo).port;
    const got = await new Promise<string>((r) => net.connect({ host: '127.0.0.1', port }).on('data', (d) => r(d.toString())));
    srv.close();
    expect(got).toBe('ok');
  });
});
