import dnsPacket from 'dns-packet';
import { describe, expect, it } from 'vitest';
import type { Fact, Observation, RawEvidence } from '../../../../importers/core/importer.ts';
import { parseDnsEvidence } from '../../../../importers/dns/dns-parse.ts';

const at = new Date('2026-11-22T09:00:00Z');

function evidence(query: string, packet: dnsPacket.Packet, status: 'ok' | 'failed' = 'ok'): RawEvidence {
  return { source: 'dns', server: '127.0.0.1', serverAddress: '127.0.0.1:53', query, observedAt: at, body: dnsPacket.encode(packet), status };
}

function only(obs: Iterable<Observation>): Observation {
  const all = [...obs];
  expect(all).toHaveLength(1);
  return all[0]!;
}

const rels = (facts: Fact[]) =>
  new Set(facts.filter((f) => f.kind === 'rel').map((f) => (f.kind === 'rel' ? `${Object.values(f.from.key)[0]} ${f.type} ${Object.values(f.to.key)[0]}` : '')));

describe('parsing DNS answers into facts', () => {
  it('follows the whole CNAME chain to the addresses of the last name', () => {
    const obs = only(
      parseDnsEvidence(
        evidence('www.shop.example. IN A', {
          type: 'response', id: 1, flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
          questions: [{ name: 'www.shop.example', type: 'A' }],
          answers: [
            { name: 'www.shop.example', type: 'CNAME', ttl: 300, data: 'shop.cdn.example.net' },
            { name: 'shop.cdn.example.net', type: 'CNAME', ttl: 60, data: 'edge7.cdn.example.net' },
            { name: 'edge7.cdn.example.net', type: 'A', ttl: 20, data: '203.0.113.7' },
            { name: 'edge7.cdn.example.net', type: 'A', ttl: 20, data: '203.0.113.8' },
          ],
        }),
      ),
    );
    expect(rels(obs.facts)).toEqual(
      new Set([
        'www.shop.example ALIAS_OF shop.cdn.example.net',
        'shop.cdn.example.net ALIAS_OF edge7.cdn.example.net',
        'edge7.cdn.example.net RESOLVES_TO 203.0.113.7',
        'edge7.cdn.example.net RESOLVES_TO 203.0.113.8',
        'www.shop.example IN_DOMAIN shop.example',
        'shop.cdn.example.net IN_DOMAIN example.net',
        'edge7.cdn.example.net IN_DOMAIN example.net',
      ]),
    );
    // Authoritative for the A records and aliases of every name on the chain, and the asked name's A state.
    expect(obs.scope.map((s) => `${Object.values(s.from.key)[0]} ${s.rel} ${s.where?.recordType ?? ''}`).sort()).toEqual([
      'edge7.cdn.example.net ALIAS_OF ', 'edge7.cdn.example.net RESOLVES_TO A',
      'shop.cdn.example.net ALIAS_OF ', 'shop.cdn.example.net RESOLVES_TO A',
      'www.shop.example ALIAS_OF ', 'www.shop.example DNS_STATE A', 'www.shop.example RESOLVES_TO A',
    ]);
  });

  it('states NXDOMAIN and ends what a name resolved to and its earlier state', () => {
    const obs = only(parseDnsEvidence(evidence('gone.example. IN A', { type: 'response', id: 2, flags: 3, questions: [{ name: 'gone.example', type: 'A' }] })));
    expect(rels(obs.facts)).toEqual(new Set(['gone.example IN_DOMAIN gone.example', 'gone.example DNS_STATE NXDOMAIN']));
    expect(obs.scope.map((s) => `${s.rel} ${JSON.stringify(s.where ?? {})}`).sort()).toEqual(['ALIAS_OF {}', 'DNS_STATE {"recordType":"A"}', 'RESOLVES_TO {"recordType":"A"}']);
  });

  it('states NODATA for an answer without a record of the asked type', () => {
    const obs = only(parseDnsEvidence(evidence('v4only.example. IN AAAA', { type: 'response', id: 9, flags: 0, questions: [{ name: 'v4only.example', type: 'AAAA' }] })));
    expect(rels(obs.facts)).toContain('v4only.example DNS_STATE NODATA');
    expect(obs.facts.find((f) => f.kind === 'rel' && f.type === 'DNS_STATE')).toMatchObject({ key: { recordType: 'AAAA' } });
  });

  it('states SERVFAIL or a timeout but ends nothing: a broken resolver says nothing about the name', () => {
    const servfail = only(parseDnsEvidence({ ...evidence('flaky.example. IN AAAA', { type: 'response', id: 3, flags: 2, questions: [{ name: 'flaky.example', type: 'AAAA' }] }), status: 'failed', meta: { rcode: 'SERVFAIL' } }));
    expect(servfail.scope).toEqual([]);
    expect(rels(servfail.facts)).toContain('flaky.example DNS_STATE SERVFAIL');
    const timeout = only(parseDnsEvidence({ ...evidence('flaky.example. IN A', { type: 'response', id: 4 }), body: Buffer.alloc(0), status: 'failed', meta: { rcode: 'TIMEOUT' } }));
    expect(timeout.scope).toEqual([]);
    expect(rels(timeout.facts)).toContain('flaky.example DNS_STATE TIMEOUT');
  });

  it('reads name servers, the SOA and PTR names', () => {
    const ns = only(parseDnsEvidence(evidence('shop.example. IN NS', { type: 'response', id: 5, questions: [{ name: 'shop.example', type: 'NS' }], answers: [{ name: 'shop.example', type: 'NS', ttl: 3600, data: 'ns1.dns-host.example.org' }] })));
    expect(rels(ns.facts)).toContain('shop.example DELEGATED_TO ns1.dns-host.example.org');
    const soa = only(parseDnsEvidence(evidence('shop.example. IN SOA', {
      type: 'response', id: 6, questions: [{ name: 'shop.example', type: 'SOA' }],
      answers: [{ name: 'shop.example', type: 'SOA', ttl: 3600, data: { mname: 'ns1.dns-host.example.org', rname: 'hostmaster.dns-host.example.org', serial: 2026112201, refresh: 1, retry: 1, expire: 1, minimum: 1 } }],
    })));
    expect(soa.facts.find((f) => f.kind === 'node' && f.props !== undefined)).toMatchObject({ label: 'Domain', props: { soaPrimaryNs: 'ns1.dns-host.example.org', soaSerial: 2026112201 } });
    const ptr = only(parseDnsEvidence(evidence('7.113.0.203.in-addr.arpa. IN PTR', { type: 'response', id: 7, questions: [{ name: '7.113.0.203.in-addr.arpa', type: 'PTR' }], answers: [{ name: '7.113.0.203.in-addr.arpa', type: 'PTR', ttl: 60, data: 'edge7.cdn.example.net' }] })));
    expect(rels(ptr.facts)).toContain('203.0.113.7 PTR edge7.cdn.example.net');
  });

  it('stops at a CNAME loop instead of hanging', () => {
    const obs = only(parseDnsEvidence(evidence('a.loop.example. IN A', {
      type: 'response', id: 8, questions: [{ name: 'a.loop.example', type: 'A' }],
      answers: [{ name: 'a.loop.example', type: 'CNAME', data: 'b.loop.example' }, { name: 'b.loop.example', type: 'CNAME', data: 'a.loop.example' }],
    })));
    expect(rels(obs.facts)).toContain('a.loop.example ALIAS_OF b.loop.example');
    expect([...rels(obs.facts)].filter((r) => r.includes('RESOLVES_TO'))).toEqual([]);
  });
});
