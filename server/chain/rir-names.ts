// The five regional internet registries as block keys spell them ("RIPE 192.0.2.0-192.0.2.255"),
// with their names and seats: the registry is a party of last resort on every chain.
export const RIR_NAMES: Readonly<Record<string, { name: string; country: string }>> = {
  RIPE: { name: 'RIPE NCC', country: 'NL' },
  ARIN: { name: 'ARIN', country: 'US' },
  APNIC: { name: 'APNIC', country: 'AU' },
  LACNIC: { name: 'LACNIC', country: 'UY' },
  AFRINIC: { name: 'AFRINIC', country: 'MU' },
};
