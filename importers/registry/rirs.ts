// The five regional internet registries, once: how block keys spell them ("RIPE 192.0.2.0-…"),
// their names and seats (the registry is a party of last resort on every chain), their WHOIS
// servers (which an RDAP port43 or a referral names) and the names their delegation statistics
// files use.
export const RIRS = [
  { rir: 'RIPE', name: 'RIPE NCC', country: 'NL', whois: 'whois.ripe.net', statsNames: ['ripencc', 'ripe'] },
  { rir: 'ARIN', name: 'ARIN', country: 'US', whois: 'whois.arin.net', statsNames: ['arin'] },
  { rir: 'APNIC', name: 'APNIC', country: 'AU', whois: 'whois.apnic.net', statsNames: ['apnic'] },
  { rir: 'LACNIC', name: 'LACNIC', country: 'UY', whois: 'whois.lacnic.net', statsNames: ['lacnic'] },
  { rir: 'AFRINIC', name: 'AFRINIC', country: 'MU', whois: 'whois.afrinic.net', statsNames: ['afrinic'] },
] as const;

export type Rir = (typeof RIRS)[number]['rir'];

/** The RIR whose WHOIS server this is (case-insensitive), if it is one of the five. */
export function rirOfWhoisServer(server: string | undefined): Rir | undefined {
  const s = server?.toLowerCase();
  return RIRS.find((r) => r.whois === s)?.rir;
}

/** The RIR a `source:` attribute names (RIPE, APNIC-GRS, AFRINIC, …), by its start. */
export function rirOfSource(source: string | undefined): Rir | undefined {
  const s = (source ?? '').toUpperCase();
  return RIRS.find((r) => s.startsWith(r.rir))?.rir;
}
