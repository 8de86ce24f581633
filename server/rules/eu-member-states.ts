// The EU member states (ISO 3166-1 alpha-2; Greece is GR here, EL in EU documents). A provider
// established in one of them other than the authority's own is addressed with notice to that
// state's competent authority (TCO Regulation art. 4); one outside them needs a legal
// representative in the EU, and its absence is flagged.
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** `EU` appears as a registration country in RIR data (pan-European blocks). */
export const isInEu = (country: string | null | undefined): boolean | undefined => {
  if (country === null || country === undefined || country === '') return undefined;
  const c = country.toUpperCase();
  return c === 'EU' || EU_MEMBER_STATES.has(c === 'EL' ? 'GR' : c);
};
