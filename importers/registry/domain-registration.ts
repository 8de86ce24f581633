// One domain's registration as a registry or registrar states it, from WHOIS text or RDAP JSON:
// who the registrar is (the party for a DNS-level measure), who resold the name (SIDN names the
// reseller of .nl domains), the registrant organisation where still public, and the name servers.
export interface RegistrarInfo {
  name: string;
  /** The registry's handle for the registrar when the answer gives one beside the name. */
  handle?: string | undefined;
  /** The registry names this registrar only as the last one (.nl quarantine "Last registrar:"). */
  lastRegistrarOnly?: boolean | undefined;
  ianaId?: string | undefined;
  abuseEmail?: string | undefined;
  whoisServer?: string | undefined;
  url?: string | undefined;
}

export interface DomainRegistration {
  domain: string;
  /** Registry said the name is free: nothing else is known. */
  available: boolean;
  /** Normalised registry states (domain-states.ts): registered, free, quarantine, redemption, … */
  states: string[];
  /** Until when the state holds, as the registry states it (.nl "Date out of quarantine"). */
  stateUntil?: string | undefined;
  status: string[];
  registrar: RegistrarInfo | undefined;
  reseller: { name: string } | undefined;
  registrant: { organization?: string | undefined; country?: string | undefined } | undefined;
  nameservers: string[];
  created: string | undefined;
  updated: string | undefined;
  expires: string | undefined;
}
