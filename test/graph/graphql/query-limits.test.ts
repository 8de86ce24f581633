// Limits on one request's shape (server/graphql/query-limits.ts): checked before anything runs,
// so a query that fans out over lists, or asks the same field hundreds of times under aliases,
// or costs more than one request may, is refused with the measure it exceeded; GraphiQL's introspection and ordinary queries pass.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { countingDb } from '../../support/counting-db.ts';
import { graphqlErrors } from '../../support/gql.ts';
import { openTestGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const db = openTestGraph();
const counted = countingDb(db);
const errors = graphqlErrors(createHostchainYoga({ db: counted, config: offlineConfig() }), { db, role: 'viewer' });
afterAll(() => db.close());

describe('query limits', () => {
  it('lets GraphiQL read the schema', async () => {
    expect(await errors(getIntrospectionQuery())).toEqual([]);
  });

  it('refuses 150 aliased searches by their cost, before any resolver asks the database', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `a${i}: search(text: "x${i}") { key name }`).join(' ');
    counted.resetCount();
    const e = await errors(`{ ${many} }`);
    expect(e[0]!.message).toMatch(/^this request costs 750 units, more than the 120 one request may/);
    // Only the caller's token is looked up; no search ran.
    expect(counted.reads.filter((c) => !c.includes('ApiToken'))).toEqual([]);
  });

  it('refuses 450 aliased fields under one root field by breadth', async () => {
    const wide = Array.from({ length: 450 }, (_, i) => `u${i}: username`).join(' ');
    const e = await errors(`{ me { ${wide} } }`);
    expect(e[0]!.message).toMatch(/exceeds maximum breadth \(breadth: \d+, max: 400\)/);
  });

  it('refuses lists nested in lists by complexity', async () => {
    const fan = 'cases { edges { node { orders { urls { url removedAt } events { status at by note } } } } }';
    const e = await errors(`{ ${Array.from({ length: 8 }, (_, i) => `c${i}: ${fan}`).join(' ')} }`);
    expect(e[0]!.message).toMatch(/exceeds maximum complexity \(complexity: \d+, max: 20000\)/);
  });

  it('lets the deepest ordinary query through: a case with its orders and every URL', async () => {
    expect(await errors('{ cases(first: 50) { edges { node { name urlCount orders { id status urls { url removedAt } events { status at by note } } } } } }')).toEqual([]);
  });
});
