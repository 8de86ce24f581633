// The addressee suggestion, orders drafted from it, and their status.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

// Each type is the part of the schema's own type that the documents below ask for
// (schema-types.ts is generated from the SDL): a renamed or retyped field breaks the type check.
export type Material = S.Material;
export type Instrument = S.Instrument;

export type Party = Pick<S.Party, 'key' | 'name' | 'role' | 'country' | 'inEu' | 'block' | 'abuseContacts'>;

export type AddresseeGroup = Pick<S.AddresseeGroup, 'instrument' | 'legalBasis' | 'deadlineHours' | 'urls'> & {
  addressee: Party;
  reasons: Pick<S.SuggestionReason, 'ruleId' | 'text' | 'url' | 'address' | 'evidenceIds'>[];
  flags: (Pick<S.SuggestionFlag, 'flag' | 'text' | 'ruleId'> & { party: Party })[];
};

/** `nextStatuses`: the statuses it may move to now (server/orders/order-status.ts). */
export type Order = Pick<S.Order, 'id' | 'status' | 'nextStatuses' | 'caseName' | 'instrument' | 'addresseeKey' | 'addresseeName' | 'addresseeCountry' | 'legalBasis' | 'deadlineHours' | 'deadline' | 'createdAt' | 'createdBy' | 'suggestedRuleId' | 'overrideReason'> & {
  urls: Pick<S.OrderUrl, 'url' | 'removedAt'>[];
  events: Pick<S.OrderEvent, 'status' | 'at' | 'by' | 'note'>[];
};

const PARTY = 'key name role country inEu block abuseContacts';
const ORDER = 'id status nextStatuses caseName instrument addresseeKey addresseeName addresseeCountry legalBasis deadlineHours deadline createdAt createdBy suggestedRuleId overrideReason urls { url removedAt } events { status at by note }';

// Mutations answer the order or a Refusal (a code and a sentence for the person).
const ORDER_OR_REFUSAL = `__typename ... on Order { ${ORDER} } ... on Refusal { code message }`;
type OrderOrRefusal = (Order & { __typename: 'Order' }) | { __typename: string; code: string; message: string };

/** A refusal the server gave for a change (a bad transition, no reason for an override, …). */
export class RefusedError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

function orderOrThrow(r: OrderOrRefusal): Order {
  if (r.__typename === 'Order') return r as Order;
  const refusal = r as { code: string; message: string };
  throw new RefusedError(refusal.code, refusal.message);
}

export function instrumentOf(name: string): Instrument {
  return name.toUpperCase().replace(/-/g, '_') as Instrument;
}

/** `parties`: every party on the chains (an override may name any). */
export type Suggestion = Pick<S.AddresseeSuggestion, 'unresolved' | 'domains'> & {
  groups: AddresseeGroup[];
  parties: Party[];
  skipped: (Pick<S.SkippedParty, 'text' | 'urls'> & { party: Party })[];
};

export async function fetchAddressees(opts: { caseName?: string; urls?: string[]; material: Material; dedicatedDomains?: string[] }): Promise<Suggestion> {
  const q = `query($c: String, $u: [String!], $m: Material!, $d: [String!]) { addressees(caseName: $c, urls: $u, material: $m, dedicatedDomains: $d) {
    groups { instrument legalBasis deadlineHours urls addressee { ${PARTY} } reasons { ruleId text url address evidenceIds } flags { flag text ruleId party { ${PARTY} } } }
    unresolved parties { ${PARTY} } skipped { party { ${PARTY} } text urls } domains } }`;
  return (await requestGraphQL<{ addressees: Suggestion }>(q, { c: opts.caseName ?? null, u: opts.urls ?? null, m: opts.material, d: opts.dedicatedDomains ?? null })).addressees;
}

export interface DraftInput {
  addresseeKey: string;
  instrument: Instrument;
  material: Material;
  urls: string[];
  caseName: string | null;
  suggestedRuleId: string | null;
  overrideReason: string | null;
  note: string | null;
  /** Draft even when an open order to the same party already covers these URLs. */
  allowDuplicate?: boolean;
}

export async function draftOrder(input: DraftInput): Promise<Order> {
  const q = `mutation($k: String!, $i: Instrument!, $m: Material!, $u: [String!]!, $c: String, $r: String, $o: String, $n: String, $d: Boolean) {
    draftOrder(addresseeKey: $k, instrument: $i, material: $m, urls: $u, caseName: $c, suggestedRuleId: $r, overrideReason: $o, note: $n, allowDuplicate: $d) { ${ORDER_OR_REFUSAL} } }`;
  const v = { k: input.addresseeKey, i: input.instrument, m: input.material, u: input.urls, c: input.caseName, r: input.suggestedRuleId, o: input.overrideReason, n: input.note, d: input.allowDuplicate ?? false };
  return orderOrThrow((await requestGraphQL<{ draftOrder: OrderOrRefusal }>(q, v)).draftOrder);
}

export async function fetchOrder(id: string): Promise<Order | null> {
  return (await requestGraphQL<{ order: Order | null }>(`query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id })).order;
}

export async function changeOrderStatus(id: string, status: string, note: string | null): Promise<Order> {
  const q = `mutation($id: ID!, $s: OrderStatus!, $n: String) { changeOrderStatus(id: $id, status: $s, note: $n) { ${ORDER_OR_REFUSAL} } }`;
  return orderOrThrow((await requestGraphQL<{ changeOrderStatus: OrderOrRefusal }>(q, { id, s: status, n: note })).changeOrderStatus);
}

export async function recordRemoval(id: string, url: string): Promise<Order> {
  const q = `mutation($id: ID!, $u: String!) { recordRemoval(id: $id, url: $u) { ${ORDER_OR_REFUSAL} } }`;
  return orderOrThrow((await requestGraphQL<{ recordRemoval: OrderOrRefusal }>(q, { id, u: url })).recordRemoval);
}

/** The pack's address is built from the order id the API gave, never from graph text. */
export function evidencePackHref(orderId: string, format: 'json' | 'html' | 'pdf'): string {
  return `/orders/${encodeURIComponent(orderId)}/evidence-pack.${format}`;
}

export type OrderSummary = Pick<Order, 'id' | 'status' | 'instrument' | 'addresseeName' | 'createdAt' | 'deadline' | 'deadlineHours' | 'caseName'>;

/** Orders across cases, newest first; by default the ones still waiting on the addressee. */
export async function fetchOpenOrders(statuses: string[] = ['DRAFTED', 'SENT', 'ACKNOWLEDGED', 'LATE']): Promise<OrderSummary[]> {
  const q = 'query($s: [OrderStatus!]) { orders(first: 50, status: $s) { edges { node { id status instrument addresseeName createdAt deadline deadlineHours caseName } } } }';
  return (await requestGraphQL<{ orders: { edges: { node: OrderSummary }[] } }>(q, { s: statuses })).orders.edges.map((e) => e.node);
}
