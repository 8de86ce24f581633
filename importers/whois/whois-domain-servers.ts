// Which WHOIS server answers for a TLD, and the query line each registry needs. IANA's root zone
// database names every TLD's server: whois.iana.org answers a TLD query with "whois: <server>"
// (and "refer: <server>"); the seeds below are those answers for the ccTLDs the Dutch authority
// meets most, so the common case costs no question to IANA. Every other TLD is asked of IANA once
// per job (see importers/resolve/domain-whois-server.ts) and the answer kept as evidence.
export const IANA_WHOIS = 'whois.iana.org';

export const SEEDED_TLD_SERVERS: Readonly<Record<string, string>> = {
  nl: 'whois.domain-registry.nl', be: 'whois.dns.be', de: 'whois.denic.de', eu: 'whois.eu', fr: 'whois.nic.fr', uk: 'whois.nic.uk', ru: 'whois.tcinet.ru', se: 'whois.iis.se',
};

// Registries that do not answer a bare domain name with its record:
const QUERY_SYNTAX: Readonly<Record<string, (domain: string) => string>> = {
  // DENIC: without "-T dn" the answer is only "Domain/Status"; "-T dn,ace" asks for the domain
  // object with the name in ACE (punycode) form, the form we key domains by.
  'whois.denic.de': (d) => `-T dn,ace ${d}`,
  // Verisign (.com, .net): a bare name also matches host and registrar objects ("To single out one
  // record, look it up with "xxx" … look them up with "=xxx""); "domain <name>" asks for the domain only.
  'whois.verisign-grs.com': (d) => `domain ${d}`,
  // JPRS: "To suppress Japanese output, add'/e' at the end of command, e.g. 'whois -h whois.jprs.jp xxx/e'."
  'whois.jprs.jp': (d) => `${d}/e`,
};

export function whoisDomainQueryLine(server: string, domain: string): string {
  return (QUERY_SYNTAX[server.toLowerCase()] ?? ((d: string) => d))(domain);
}

/** The TLD's WHOIS server from IANA's answer ("whois:" first, else "refer:"); undefined when it has none. */
export function parseIanaTldReferral(text: string): string | undefined {
  const server = /^whois:[ \t]*(\S+)/im.exec(text)?.[1] ?? /^refer:[ \t]*(\S+)/im.exec(text)?.[1];
  return server?.toLowerCase();
}

export function tldOf(domain: string): string {
  return domain.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
}

// Registries under a private suffix of the Public Suffix List: they register names below a domain
// they own and answer for them on their own WHOIS server. CentralNic's sub-domains (the PSL's
// "CentralNic" block) answer on whois.centralnic.com; EU.org on whois.eu.org.
const CENTRALNIC = ['br.com', 'cn.com', 'de.com', 'eu.com', 'jpn.com', 'mex.com', 'ru.com', 'sa.com', 'uk.com', 'us.com', 'za.com', 'gb.net', 'hu.net', 'jp.net', 'se.net', 'uk.net', 'ae.org', 'us.org', 'com.de', 'za.bz', 'africa.com', 'gr.com', 'in.net'];
export const SUB_REGISTRY_WHOIS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CENTRALNIC.map((s) => [s, 'whois.centralnic.com'])),
  'eu.org': 'whois.eu.org',
};
