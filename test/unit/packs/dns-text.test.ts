import dnsPacket from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { digText } from '../../../server/packs/dns-text.ts';

describe('a DNS answer in the evidence pack', () => {
  it('is printed as dig prints it: header, question and answer records with their data', () => {
    const bytes = dnsPacket.encode({
      type: 'response', id: 4242, flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
      questions: [{ type: 'A', name: 'www.shop.example', class: 'IN' }],
      answers: [
        { type: 'CNAME', name: 'www.shop.example', ttl: 300, class: 'IN', data: 'shop.example' },
        { type: 'A', name: 'shop.example', ttl: 300, class: 'IN', data: '198.51.100.5' },
      ],
    });
    expect(digText(bytes).split('\n')).toEqual([
      ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242',
      ';; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 0',
      '', ';; QUESTION SECTION:', ';www.shop.example.\t\tIN\tA',
      '', ';; ANSWER SECTION:', 'www.shop.example.\t300\tIN\tCNAME\tshop.example.', 'shop.example.\t300\tIN\tA\t198.51.100.5',
    ]);
  });

  it('names NXDOMAIN and says so when the bytes are not a DNS message', () => {
    const nx = dnsPacket.encode({ type: 'response', id: 1, flags: 3, questions: [{ type: 'A', name: 'gone.example', class: 'IN' }] });
    expect(digText(nx)).toContain('status: NXDOMAIN');
    expect(digText(Buffer.from('hi'))).toMatch(/^;; not a DNS message/);
  });
});
