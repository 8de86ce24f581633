// TCO Regulation Article 4(1): where the hosting service provider does not have its main
// establishment or legal representative in the member state of the issuing authority, that
// authority submits, at the same time, a copy of the removal order to the competent authority of
// the member state where it does. One rule for the documents and the yearly figures.
import { EU_MEMBER_STATES } from '../../rules/eu-member-states.ts';

export interface CrossBorderFacts {
  instrument: string;
  material: string | null;
  addresseeCountry: string | null;
  authorityCountry: string | null;
}

/** A country code as a member state is compared: upper case, and Greece is EL in EU documents and GR in registry data. */
export const memberState = (c: string | null) => (c === null ? null : c.toUpperCase() === 'EL' ? 'GR' : c.toUpperCase());

/** A TCO removal order to a provider in another EU member state than the authority's needs the Article 4 copy. */
export function needsCrossBorderCopy(order: CrossBorderFacts): boolean {
  if (order.instrument !== 'removal-order' || order.material === 'csam') return false;
  const provider = memberState(order.addresseeCountry);
  return provider !== null && EU_MEMBER_STATES.has(provider) && provider !== memberState(order.authorityCountry ?? 'NL');
}
