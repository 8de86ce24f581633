// The order terms (server/orders/order-terms.ts) as GraphQL enums: the same values, upper case.
import { CHANNELS, CONTENT_FORMS, OUTCOMES, TARGETS, TCO_GROUNDS, type Term } from '../../orders/order-terms.ts';
import { builder } from '../builder.ts';

function termEnum<V extends string>(name: string, description: string, list: readonly Term<V>[]) {
  const values = Object.fromEntries(list.map((t) => [t.value.toUpperCase().replaceAll('-', '_'), { value: t.value, description: t.en }])) as Record<string, { value: V; description: string }>;
  return builder.enumType(name, { description, values });
}

export const ChannelEnum = termEnum('OrderChannel', 'How an order or demand was sent; the EU asks how many removal orders went outside PERCI.', CHANNELS);
export const OutcomeEnum = termEnum('ProviderOutcome', "The provider's answer in the TCO Regulation's terms (Annex II: removed or access disabled; Annex III: could not be executed).", OUTCOMES);
export const ContentFormEnum = termEnum('ContentForm', 'The form of the content an order targets.', CONTENT_FORMS);
export const TargetEnum = termEnum('ContentTarget', 'What the order targets, or what the provider took down.', TARGETS);
export const TcoGroundEnum = termEnum('TcoGround', 'A kind of terrorist content under Article 2(7) of Regulation (EU) 2021/784: the reasons of a TCO removal order.', TCO_GROUNDS);
