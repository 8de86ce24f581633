// The words an order is recorded in, as the TCO Regulation and the EU's yearly questions use them:
// how it was sent (the EU asks how many went outside PERCI), what the provider answered (Annex II:
// removed or access disabled; Annex III: could not be executed, and why), and the content's form
// and target (the transparency report counts orders by these). One list per term, with the Dutch
// and English words the documents and the report print.

export interface Term<V extends string> {
  value: V;
  en: string;
  nl: string;
}

const terms = <const V extends string>(list: readonly Term<V>[]) => list;
export const valuesOf = <V extends string>(list: readonly Term<V>[]): V[] => list.map((t) => t.value);

/** How an order or demand reached its addressee. */
export const CHANNELS = terms([
  { value: 'email', en: 'e-mail', nl: 'e-mail' },
  { value: 'perci', en: 'PERCI', nl: 'PERCI' },
  { value: 'post', en: 'post', nl: 'post' },
  { value: 'other', en: 'other', nl: 'anders' },
]);
export type Channel = (typeof CHANNELS)[number]['value'];

/**
 * The provider's answer (TCO Annex II and III). `not-established`: the content is gone but it could
 * not be established whether it was removed or access to it disabled (the annual report's third
 * count); `not-executed`: the provider could not execute the order (Annex III), with its reason.
 */
export const OUTCOMES = terms([
  { value: 'removed', en: 'removed', nl: 'verwijderd' },
  { value: 'disabled', en: 'access disabled in all member states', nl: 'ontoegankelijk gemaakt in alle lidstaten' },
  { value: 'not-established', en: 'gone; not established whether removed or disabled', nl: 'weg; niet vastgesteld of verwijderd of ontoegankelijk gemaakt' },
  { value: 'not-executed', en: 'could not be executed', nl: 'kon niet worden uitgevoerd' },
]);
export type Outcome = (typeof OUTCOMES)[number]['value'];

/** The form of the content an order targets (the yearly question: audio, video, photo or text). */
export const CONTENT_FORMS = terms([
  { value: 'video', en: 'video', nl: 'video' },
  { value: 'image', en: 'image', nl: 'afbeelding' },
  { value: 'pdf', en: 'PDF document', nl: 'PDF-document' },
  { value: 'audio-image', en: 'audio and image', nl: 'audio en afbeelding' },
  { value: 'audio', en: 'audio', nl: 'audio' },
  { value: 'text', en: 'text', nl: 'tekst' },
  { value: 'other', en: 'other', nl: 'anders' },
]);
export type ContentForm = (typeof CONTENT_FORMS)[number]['value'];

/** What the order targets, and what the provider took down (often more: a whole channel). */
export const TARGETS = terms([
  { value: 'item', en: 'individual item', nl: 'afzonderlijk item' },
  { value: 'channel', en: 'channel', nl: 'kanaal' },
  { value: 'profile', en: 'profile', nl: 'profiel' },
  { value: 'message', en: 'message', nl: 'bericht' },
  { value: 'site', en: 'whole website', nl: 'hele website' },
]);
export type Target = (typeof TARGETS)[number]['value'];

/** Terrorist content as Article 2(7) of Regulation (EU) 2021/784 defines it: the reasons of a TCO removal order. */
export const TCO_GROUNDS = terms([
  { value: 'a-incites', en: 'incites the commission of terrorist offences (Article 2(7)(a))', nl: 'zet aan tot het plegen van terroristische misdrijven (artikel 2, punt 7, onder a)' },
  { value: 'b-solicits', en: 'solicits a person or group to commit or contribute to terrorist offences (Article 2(7)(b))', nl: 'werft personen of groepen aan om terroristische misdrijven te plegen of eraan bij te dragen (artikel 2, punt 7, onder b)' },
  { value: 'c-group', en: 'solicits participation in the activities of a terrorist group (Article 2(7)(c))', nl: 'werft aan voor deelname aan de activiteiten van een terroristische groep (artikel 2, punt 7, onder c)' },
  { value: 'd-instructs', en: 'provides instruction on making or using explosives, weapons or other methods for terrorist offences (Article 2(7)(d))', nl: 'geeft instructies voor het maken of gebruiken van explosieven, wapens of andere methoden voor terroristische misdrijven (artikel 2, punt 7, onder d)' },
  { value: 'e-threatens', en: 'constitutes a threat to commit a terrorist offence (Article 2(7)(e))', nl: 'vormt een dreiging met het plegen van een terroristisch misdrijf (artikel 2, punt 7, onder e)' },
]);
export type TcoGround = (typeof TCO_GROUNDS)[number]['value'];

/** The word for a value in a language; the value itself when the list does not know it. */
export function termWord<V extends string>(list: readonly Term<V>[], value: string, language: 'en' | 'nl'): string {
  return list.find((t) => t.value === value)?.[language] ?? value;
}
