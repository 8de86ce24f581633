import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipToKey } from '../../../importers/core/ip-key.ts';
import { upsertObservation, saveEvidence } from '../../../importers/core/upsert.ts';
import { networkFacts } from '../../../importers/registry/network-facts.ts';
import type { RegistryNetwork } from '../../../importers/registry/registry-network.ts';
import { mostSpecificBlock } from '../../support/graph-assert.ts';
import { BlockCollector } from '../../../importers/ripe-db/block-hierarchy.ts';
import { writeBlockHierarchy } from '../../../importers/ripe-db/write-hierarchy.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
const block = (start: string, end: string, status: string): RegistryNetwork => ({ rir: 'RIPE', handle: `${start} - ${end}`, start, end, name: status, status, country: 'NL', parentHandle: undefined, holder: undefined, abuseEmails: [], originAsns: [], maintainers: [] });

beforeAll(async () => {
  await resetGraph(db);
  const observedAt = new Date('2026-11-22T08:00:00Z');
  const evidenceId = await saveEvidence(db, { source: 'ripe-db', server: 'test', serverAddress: 'local', query: 'blocks', observedAt, body: Buffer.from('x'), status: 'ok' });
  const blocks = [
    block('198.51.100.0', '198.51.100.255', 'ALLOCATED PA'), block('198.51.100.0', '198.51.100.63', 'SUB-ALLOCATED PA'), block('198.51.100.0', '198.51.100.15', 'ASSIGNED PA'),
    block('2001:db8::', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', 'ALLOCATED-BY-RIR'), block('2001:db8:10::', '2001:db8:10:ffff:ffff:ffff:ffff:ffff', 'ASSIGNED'),
  ];
  for (const b of blocks) await upsertObservation(db, networkFacts(b), { evidenceId, source: 'ripe-db', observedAt });
  // The containment a bulk import writes: the resolver's query walks it up from the nearest start.
  const hierarchy = new BlockCollector();
  for (const b of blocks) hierarchy.add('RIPE', ipToKey(b.start), ipToKey(b.end));
  await writeBlockHierarchy(db, hierarchy, { evidenceId, observedAt });
});
afterAll(() => db.close());

describe('range lookups on net blocks', () => {
  it('find the most specific block covering an IPv4 address through the range index', async () => {
    const r = await mostSpecificBlock(db, ipToKey('198.51.100.7'));
    expect(r.key).toBe('RIPE 198.51.100.0-198.51.100.15');
    expect(r.operators.some((o) => /NodeIndexSeekByRange/.test(o))).toBe(true);
    expect((await mostSpecificBlock(db, ipToKey('198.51.100.200'))).key).toBe('RIPE 198.51.100.0-198.51.100.255');
  });

  it('find the most specific block for an IPv6 address with the same index', async () => {
    expect((await mostSpecificBlock(db, ipToKey('2001:db8:10::7'))).key).toBe('RIPE 2001:db8:10::-2001:db8:10:ffff:ffff:ffff:ffff:ffff');
    expect((await mostSpecificBlock(db, ipToKey('2001:db8:99::1'))).key).toBe('RIPE 2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff');
  });

  it('find nothing for an address outside every block', async () => {
    expect((await mostSpecificBlock(db, ipToKey('203.0.113.1'))).key).toBeUndefined();
  });
});
