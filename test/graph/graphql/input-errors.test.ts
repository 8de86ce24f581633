// Input the user can correct comes back naming the field and what is accepted, not as
// "Unexpected error." (issue 15, defect 11): a report period too long, a top too large, a search
// of 100,000 characters. That other errors stay masked is test/unit/graphql/mask-error.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlErrors } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const db = openTestGraph();
const errors = graphqlErrors(createHostchainYoga({ db, config: offlineConfig() }), { db, role: 'viewer' });
beforeAll(() => resetGraph(db));
afterAll(() => db.close());

const REPORT = 'query($from: DateTime!, $to: DateTime!, $top: Int) { hosterReport(from: $from, to: $to, top: $top) { rowCount } }';

describe('input the user can correct', () => {
  it('says a report period is too long', async () => {
    expect(await errors(REPORT, { from: '2010-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([
      { message: 'to: a report covers at most three years: choose a later from or an earlier to', code: 'BAD_INPUT' },
    ]);
  });

  it('says a period that ends before it starts is backwards', async () => {
    expect(await errors(REPORT, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([
      { message: 'to: the period must end after it starts', code: 'BAD_INPUT' },
    ]);
  });

  it('says how many parties the top may hold', async () => {
    expect(await errors(REPORT, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', top: 100_000 })).toEqual([{ message: 'top: at most 100 parties', code: 'BAD_INPUT' }]);
  });

  it('says a search text is too long, with its length', async () => {
    expect(await errors('query($t: String!) { search(text: $t) { key } }', { t: 'x'.repeat(100_000) })).toEqual([
      { message: 'text: at most 300 characters can be searched for (this is 100000)', code: 'BAD_INPUT' },
    ]);
  });
  it('says a chain was asked for something that is not a URL, instead of an internal error', async () => {
    const [e] = await errors('query($u: String!) { chain(url: $u) { url } }', { u: 'ftp://example.org/x' });
    expect(e).toMatchObject({ code: 'BAD_INPUT' });
    expect(e!.message).toMatch(/^url: .*http/);
  });
});
