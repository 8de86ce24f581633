// One country rule for every view and every decision: a party's country is where its
// organisation is registered (its legal establishment, what the TCO Regulation's articles 4 and
// 17 turn on), else the country its block or AS is registered in. Which one was used is kept
// beside it, so a reader can see why "NL" and not "PA".
export type CountrySource = 'organisation' | 'block' | 'as';

export interface PartyCountry {
  country: string | null;
  countryFrom: CountrySource | null;
}

export function partyCountry(organisation: string | null | undefined, fallback: string | null | undefined, fallbackFrom: Exclude<CountrySource, 'organisation'> = 'block'): PartyCountry {
  const org = organisation?.trim().toUpperCase();
  if (org) return { country: org, countryFrom: 'organisation' };
  const other = fallback?.trim().toUpperCase();
  return other ? { country: other, countryFrom: fallbackFrom } : { country: null, countryFrom: null };
}

export const COUNTRY_SOURCE_WORDS: Record<CountrySource, string> = {
  organisation: "the holder organisation's registered address",
  block: 'the registry block',
  as: 'the AS registration',
};
