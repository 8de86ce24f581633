// Sending an order and recording the provider's answer: the GraphQL documents of the order panel's
// sending section (panels/order-send.ts).
import type * as S from './schema-types.ts';
import { RefusedError } from './addressees.ts';
import { requestGraphQL } from './graphql.ts';

export type SendState = Pick<S.Order, 'id' | 'status' | 'instrument' | 'channel' | 'sentAt' | 'deadline' | 'deadlineHours' | 'outcome' | 'outcomeAt' | 'outcomeReason' | 'contentForm' | 'target'> & {
  sentMessage: Pick<S.SentMessage, 'to' | 'messageId' | 'at' | 'serverReply' | 'evidenceId'> | null;
  sendAttempts: Pick<S.SentMessage, 'to' | 'at' | 'accepted' | 'serverReply' | 'evidenceId'>[];
  emailDelivery: Pick<S.EmailDelivery, 'configured' | 'from'> & { recipients: Pick<S.EmailRecipientChoice, 'email' | 'why' | 'proposed'>[] };
};

const STATE = `id status instrument channel sentAt deadline deadlineHours outcome outcomeAt outcomeReason contentForm target
  sentMessage { to messageId at serverReply evidenceId } sendAttempts { to at accepted serverReply evidenceId }
  emailDelivery { configured from recipients { email why proposed } }`;
const STATE_OR_REFUSAL = `__typename ... on Order { ${STATE} } ... on Refusal { code message }`;
type StateOrRefusal = (SendState & { __typename: 'Order' }) | { __typename: string; code: string; message: string };

function stateOrThrow(r: StateOrRefusal): SendState {
  if (r.__typename === 'Order') return r as SendState;
  const refusal = r as { code: string; message: string };
  throw new RefusedError(refusal.code, refusal.message);
}

export async function fetchSendState(id: string): Promise<SendState | null> {
  return (await requestGraphQL<{ order: SendState | null }>(`query($id: ID!) { order(id: $id) { ${STATE} } }`, { id })).order;
}

export async function sendOrderByEmail(v: { id: string; to: string; language: S.SendLanguage; recipientReason: string | null; resend: boolean }): Promise<SendState> {
  const q = `mutation($id: ID!, $to: String!, $l: SendLanguage!, $r: String, $again: Boolean) { sendOrderByEmail(id: $id, to: $to, language: $l, recipientReason: $r, resend: $again) { ${STATE_OR_REFUSAL} } }`;
  return stateOrThrow((await requestGraphQL<{ sendOrderByEmail: StateOrRefusal }>(q, { id: v.id, to: v.to, l: v.language, r: v.recipientReason, again: v.resend })).sendOrderByEmail);
}

export async function recordOrderSent(v: { id: string; channel: S.OrderChannel; at: string; note: string | null }): Promise<SendState> {
  const q = `mutation($id: ID!, $c: OrderChannel!, $at: DateTime, $n: String) { recordOrderSent(id: $id, channel: $c, at: $at, note: $n) { ${STATE_OR_REFUSAL} } }`;
  return stateOrThrow((await requestGraphQL<{ recordOrderSent: StateOrRefusal }>(q, { id: v.id, c: v.channel, at: v.at, n: v.note })).recordOrderSent);
}

export async function recordProviderFeedback(v: { id: string; outcome: S.ProviderOutcome; at: string; contentForm: S.ContentForm | null; target: S.ContentTarget | null; reason: string | null }): Promise<SendState> {
  const q = `mutation($id: ID!, $o: ProviderOutcome!, $at: DateTime!, $f: ContentForm, $t: ContentTarget, $r: String) {
    recordProviderFeedback(id: $id, outcome: $o, at: $at, contentForm: $f, target: $t, reason: $r) { ${STATE_OR_REFUSAL} } }`;
  return stateOrThrow((await requestGraphQL<{ recordProviderFeedback: StateOrRefusal }>(q, { id: v.id, o: v.outcome, at: v.at, f: v.contentForm, t: v.target, r: v.reason })).recordProviderFeedback);
}
