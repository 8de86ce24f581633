// The follow-up of an order (findings in words, URLs not answered, the new order a move suggests),
// running a follow-up now, and where a party's enforcement file is downloaded.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

export type Finding = Pick<S.FollowUpFinding, 'kind' | 'url' | 'at' | 'words' | 'evidenceIds' | 'toName'>;
export type Check = Pick<S.FollowUpCheck, 'url' | 'at' | 'asked'>;
export type SuggestedNewOrder = Pick<S.SuggestedNewOrder, 'instrument' | 'addresseeKey' | 'addresseeName' | 'urls' | 'ruleId'>;

export interface OrderFollowUp {
  material: S.Order['material'];
  caseName: S.Order['caseName'];
  followUp: Pick<S.OrderFollowUp, 'lastCheckedAt'> & { findings: Finding[]; notAnswered: Check[]; suggestedNewOrder: SuggestedNewOrder | null };
}

const FOLLOW_UP = `query($id: ID!) { order(id: $id) { material caseName followUp { lastCheckedAt
  findings { kind url at words evidenceIds toName } notAnswered { url at asked }
  suggestedNewOrder { instrument addresseeKey addresseeName urls ruleId } } } }`;

export async function fetchFollowUp(orderId: string): Promise<OrderFollowUp | null> {
  return (await requestGraphQL<{ order: OrderFollowUp | null }>(FOLLOW_UP, { id: orderId })).order;
}

export async function runFollowUp(orderId: string): Promise<Pick<S.FollowUpRound, 'answered' | 'notAnswered'>> {
  return (await requestGraphQL<{ runFollowUp: Pick<S.FollowUpRound, 'answered' | 'notAnswered'> }>('mutation($id: ID!) { runFollowUp(orderId: $id) { answered notAnswered } }', { id: orderId })).runFollowUp;
}

/** Built from the party key the API gave, encoded: graph text never becomes an address unescaped. */
export function enforcementFileHref(partyKey: string, format: 'pdf' | 'txt' | 'json'): string {
  return `/enforcement-file.${format}?party=${encodeURIComponent(partyKey)}`;
}
