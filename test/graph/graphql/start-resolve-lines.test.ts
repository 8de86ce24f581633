// Pasted URLs are reported by the line number the person sees in the box: blank lines and
// # comments are sent along, skipped, and still counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const db = openTestGraph();
const gql = graphqlClient(createHostchainYoga({ db, config: offlineConfig() }), { db, role: 'investigator' });

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('startResolve line numbers', () => {
  it('skips blank lines and comments but counts them, so a bad line keeps its number in the box', async () => {
    const r = await gql<{ startResolve: { job: { total: number }; rejected: { line: number; input: string }[] } }>(
      'mutation($u: [String!]!) { startResolve(urls: $u) { job { total } rejected { line input } } }',
      { u: ['# url,reported_at', 'http://a.example/1', '', '   ', 'ftp://b.example/2', 'http://c.example/3'] },
    );
    expect(r.startResolve.rejected).toEqual([{ line: 5, input: 'ftp://b.example/2' }]);
    expect(r.startResolve.job.total).toBe(2);
  });
});
