import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const db = openTestGraph();
const gql = graphqlClient(createHostchainYoga({ db, config: offlineConfig() }), { db, role: 'viewer' });
const find = async (text: string) => (await gql<{ search: { label: string; key: string; name: string | null }[] }>('query($t: String!) { search(text: $t) { label key name } }', { t: text })).search;

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-reseller-chain.db') });
});
afterAll(() => db.close());

describe('search', () => {
  it('an IP address: the blocks holding it, most specific first, with their holders', async () => {
    expect((await find('192.0.2.70')).map((h) => [h.key, h.name])).toEqual([
      ['RIPE 192.0.2.64-192.0.2.79', 'Shady Example Hosting'],
      ['RIPE 192.0.2.0-192.0.2.127', 'Example Reseller Ltd'],
      ['RIPE 192.0.2.0-192.0.2.255', 'Example Upstream B.V.'],
    ]);
  });

  it('a CIDR: the blocks holding all of it', async () => {
    expect((await find('192.0.2.0/25')).map((h) => h.key)).toEqual(['RIPE 192.0.2.0-192.0.2.127', 'RIPE 192.0.2.0-192.0.2.255']);
  });

  it('an AS number, an e-mail address, and words of a name', async () => {
    expect(await find('AS64500')).toEqual([{ label: 'AutonomousSystem', key: '64500', name: 'Example Upstream B.V.' }]);
    expect(await find('abuse@upstream.example')).toEqual([{ label: 'Contact', key: 'abuse@upstream.example', name: 'abuse@upstream.example' }]);
    expect((await find('reseller ltd')).map((h) => [h.label, h.name])).toContainEqual(['Organization', 'Example Reseller Ltd']);
  });

  it('a bare AS number finds the AS, not an address written as one number', async () => {
    expect(await find('64500')).toEqual([{ label: 'AutonomousSystem', key: '64500', name: 'Example Upstream B.V.' }]);
    expect(await find('as64500')).toEqual([{ label: 'AutonomousSystem', key: '64500', name: 'Example Upstream B.V.' }]);
  });

  it("takes the user's text literally: query syntax in it is searched for, not run", async () => {
    expect(await find('a(b OR "x')).toEqual([]);
  });
});
