// One domain's registration as a registry or registrar states it, from WHOIS text or RDAP JSON:
// who the registrar is (the party for a DNS-level measure), who resold the name (SIDN names the
// reseller of .nl domains), the registrant organisation where still public, and the name servers.
export interface RegistrarInfo {
  name: string;
  ianaId?: string | undefined;
  abuseEmail?: string | undefined;
  whoisServer?: string | undefined;
  url?: string | undefined;
}

export interface DomainRegistration {
  domain: string;
  /** Registry said the name is free: nothing else is known. */
  available: boolean;
  status: string[];
  registrar: RegistrarInfo | undefined;
  reseller: { name: string } | undefined;
  registrant: { organization?: string | undefined; country?: string | undefined } | undefined;
  nameservers: string[];
  created: string | undefined;
  updated: string | undefined;
  expires: string | undefined;
}
