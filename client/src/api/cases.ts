// Cases: the list a person sees after signing in, one case's URLs (with which ones failed) and
// the orders drafted for it.
import type { Order } from './addressees.ts';
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

// The parts of the schema's types (schema-types.ts, generated from the SDL) that the documents ask for.
export type CaseSummary = Pick<S.Case, 'id' | 'name' | 'createdAt' | 'urlCount' | 'resolvedCount' | 'isMember'> & { members: Pick<S.CaseMember, 'username'>[] };

/** Who may read a case (need-to-know): its creator and members; isMember says whether you are one. */
export type CaseAccess = Pick<S.Case, 'name' | 'createdBy' | 'isMember'> & { members: Pick<S.CaseMember, 'username' | 'addedBy' | 'addedAt'>[] };

export type CaseUrl = Pick<S.CaseUrl, 'url' | 'line' | 'resolvedAt' | 'failedLookups' | 'failureReasons'>;

interface Connection<T> {
  edges: { node: T }[];
  pageInfo: Pick<S.PageInfo, 'hasNextPage' | 'endCursor'>;
}

const PAGE = 100;

async function allPages<T>(read: (after: string | null) => Promise<Connection<T>>, max = 5000): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection<T> = await read(after);
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null || out.length >= max) return out;
    after = page.pageInfo.endCursor;
  }
}

export function fetchCases(): Promise<CaseSummary[]> {
  const q = 'query($a: String) { cases(first: 100, after: $a) { edges { node { id name createdAt urlCount resolvedCount isMember members { username } } } pageInfo { hasNextPage endCursor } } }';
  return allPages(async (a) => (await requestGraphQL<{ cases: Connection<CaseSummary> }>(q, { a })).cases, 1000);
}

export function fetchCaseUrlRows(name: string): Promise<CaseUrl[]> {
  const q = `query($n: String!, $a: String) { case(name: $n) { urls(first: ${PAGE}, after: $a) { edges { node { url line resolvedAt failedLookups failureReasons } } pageInfo { hasNextPage endCursor } } } }`;
  return allPages(async (a) => {
    const d = await requestGraphQL<{ case: { urls: Connection<CaseUrl> } | null }>(q, { n: name, a });
    return d.case?.urls ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  });
}

export async function fetchCaseUrls(name: string): Promise<string[]> {
  return (await fetchCaseUrlRows(name)).map((u) => u.url);
}

export async function fetchCaseOrders(name: string): Promise<Pick<Order, 'id' | 'status' | 'instrument' | 'addresseeName' | 'createdAt'>[]> {
  const q = 'query($n: String!) { case(name: $n) { orders { id status instrument addresseeName createdAt } } }';
  return (await requestGraphQL<{ case: { orders: Pick<Order, 'id' | 'status' | 'instrument' | 'addresseeName' | 'createdAt'>[] } | null }>(q, { n: name })).case?.orders ?? [];
}

/** The case's creator and members, and whether you are one (refused with NOT_A_MEMBER when you may not even see that). */
export async function fetchCaseAccess(name: string): Promise<CaseAccess | null> {
  const q = 'query($n: String!) { case(name: $n) { name createdBy isMember members { username addedBy addedAt } } }';
  return (await requestGraphQL<{ case: CaseAccess | null }>(q, { n: name })).case;
}

type MemberChange = { __typename: 'Case' } | { __typename: 'AuthRefused'; message: string };

const ADD_MEMBER = 'mutation($c: String!, $u: String!) { change: addCaseMember(caseName: $c, username: $u) { __typename ... on Refusal { message } } }';
const REMOVE_MEMBER = 'mutation($c: String!, $u: String!) { change: removeCaseMember(caseName: $c, username: $u) { __typename ... on Refusal { message } } }';

/** Adds (or with `remove`, takes off) an account; a refusal comes back as its sentence. */
export async function changeCaseMember(caseName: string, username: string, remove = false): Promise<string | null> {
  const r = (await requestGraphQL<{ change: MemberChange }>(remove ? REMOVE_MEMBER : ADD_MEMBER, { c: caseName, u: username })).change;
  return r.__typename === 'Case' ? null : r.message;
}

/** The demo case (documentation addresses, replayed answers): offered while the graph is empty. */
export async function loadDemoCase(): Promise<{ caseName: string; resolved: number; failed: number }> {
  return (await requestGraphQL<{ loadDemoCase: { caseName: string; resolved: number; failed: number } }>('mutation { loadDemoCase { caseName resolved failed } }')).loadDemoCase;
}
