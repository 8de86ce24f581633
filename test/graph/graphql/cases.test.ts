// Cases over GraphQL: newest first, Relay pages, figures and orders per case, and batching: a page
// of twelve cases costs the same number of database reads as a page of two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { countingDb } from '../../support/counting-db.ts';
import { graphqlClient } from '../../support/gql.ts';
import { joinCases } from '../../support/case-members.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const db = openTestGraph();
const counted = countingDb(db);
const config = offlineConfig();
const gql = graphqlClient(createHostchainYoga({ db: counted, config }), { db, role: 'investigator' });
const CASES = 12;

interface CasePage {
  cases: { edges: { cursor: string; node: { name: string; urlCount: number; resolvedCount: number; orders: { id: string; addresseeName: string }[] } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}
const PAGE = `query($first: Int, $after: String) { cases(first: $first, after: $after) {
  edges { cursor node { name urlCount resolvedCount orders { id addresseeName } } } pageInfo { hasNextPage endCursor } } }`;

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  // Case k holds k+1 URLs on the Dutch hoster's /28, resolved one case after another (k = 0 oldest).
  for (let k = 0; k < CASES; k++) {
    const urls = Array.from({ length: k + 1 }, (_, i) => `http://198.51.100.${i % 16}/case-${k}/${i}`);
    await runResolveJob({ db, io: createSourceIo(config), concurrency: 4, inputs: urls.map((u, i) => ({ url: normalizeUrl(u), list: 'c.txt', line: i + 1, input: u, caseId: `case:Case ${k}`, caseName: `Case ${k}` })) });
  }
  await joinCases(createHostchainYoga({ db, config }), db, 'investigator', Array.from({ length: CASES }, (_, k) => `Case ${k}`));
  for (const k of [3, 7]) {
    await gql(`mutation($u: [String!]!, $c: String!) { draftOrder(instrument: REMOVAL_ORDER, addresseeKey: "RIPE:ORG-H1-RIPE", urls: $u, material: CSAM, caseName: $c, suggestedRuleId: "removal-to-hoster") { ... on Order { id } } }`, { u: [`http://198.51.100.0/case-${k}/0`], c: `Case ${k}` });
  }
}, 120_000);
afterAll(() => db.close());

describe('cases', () => {
  it('lists cases newest first in Relay pages that join up without gaps or repeats', async () => {
    const first = (await gql<CasePage>(PAGE, { first: 5 })).cases;
    expect(first.edges.map((e) => e.node.name)).toEqual(['Case 11', 'Case 10', 'Case 9', 'Case 8', 'Case 7']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await gql<CasePage>(PAGE, { first: 50, after: first.pageInfo.endCursor })).cases;
    expect(rest.edges.map((e) => e.node.name)).toEqual(['Case 6', 'Case 5', 'Case 4', 'Case 3', 'Case 2', 'Case 1', 'Case 0']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('gives each case its URL count, how many are resolved, and its orders', async () => {
    const nodes = (await gql<CasePage>(PAGE, { first: 50 })).cases.edges.map((e) => e.node);
    expect(nodes.find((n) => n.name === 'Case 4')).toMatchObject({ urlCount: 5, resolvedCount: 5, orders: [] });
    expect(nodes.find((n) => n.name === 'Case 7')).toMatchObject({ urlCount: 8, orders: [{ addresseeName: 'Example Hosting NL B.V.' }] });
  });

  it('reads a page of twelve cases with as many statements as a page of two (figures and orders batched)', async () => {
    // Cases 8 and 7: one of the two has an order, so the orders statement is part of both counts.
    const after = (await gql<CasePage>(PAGE, { first: 3 })).cases.pageInfo.endCursor;
    counted.resetCount();
    const page = await gql<CasePage>(PAGE, { first: 2, after });
    expect(page.cases.edges.map((e) => e.node.name)).toEqual(['Case 8', 'Case 7']);
    const two = counted.reads.length;
    counted.resetCount();
    await gql<CasePage>(PAGE, { first: CASES });
    expect(counted.reads.length).toBe(two);
    // The page, the figures of all its cases and the orders of all of them: three statements (plus the token check).
    expect(counted.reads.length).toBeLessThanOrEqual(4);
  });

  it('pages through the URLs of one case in input order', async () => {
    const q = `query($after: String) { case(name: "Case 11") { urls(first: 5, after: $after) { edges { node { url line resolvedAt } } pageInfo { hasNextPage endCursor } } } }`;
    type R = { case: { urls: { edges: { node: { url: string; line: number; resolvedAt: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const p1 = (await gql<R>(q, { after: null })).case.urls;
    expect(p1.edges.map((e) => e.node.line)).toEqual([1, 2, 3, 4, 5]);
    expect(p1.edges.every((e) => e.node.resolvedAt !== null)).toBe(true);
    const p3 = (await gql<R>(q, { after: (await gql<R>(q, { after: p1.pageInfo.endCursor })).case.urls.pageInfo.endCursor })).case.urls;
    expect(p3.edges.map((e) => e.node.url)).toEqual(['http://198.51.100.10/case-11/10', 'http://198.51.100.11/case-11/11']);
    expect(p3.pageInfo.hasNextPage).toBe(false);
  });

  it('lists orders across cases newest first, by status and by addressee', async () => {
    type R = { orders: { edges: { node: { status: string; addresseeKey: string; urls: { url: string }[] } }[] } };
    const all = (await gql<R>('{ orders(first: 10) { edges { node { status addresseeKey urls { url } } } } }')).orders.edges.map((e) => e.node);
    expect(all.map((o) => o.urls[0]!.url)).toEqual(['http://198.51.100.0/case-7/0', 'http://198.51.100.0/case-3/0']);
    expect((await gql<R>('{ orders(status: [SENT, LATE]) { edges { node { status } } } }')).orders.edges).toEqual([]);
    expect((await gql<R>('{ orders(status: [DRAFTED], addresseeKey: "RIPE:ORG-H1-RIPE") { edges { node { status } } } }')).orders.edges).toHaveLength(2);
    expect((await gql<R>('{ orders(addresseeKey: "RIPE:ORG-H2-RIPE") { edges { node { status } } } }')).orders.edges).toEqual([]);
  });

  it('answers null to an administrator for a case that does not exist, and a member of other cases as for a case they are not on', async () => {
    expect(await graphqlClient(createHostchainYoga({ db, config }), { db, role: 'admin' })('{ case(name: "No such case") { id } }')).toEqual({ case: null });
    await expect(gql('{ case(name: "No such case") { id } }')).rejects.toThrow('You are not a member of the case "No such case" (or there is no such case)');
  });
});
