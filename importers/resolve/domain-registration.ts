// The registration of a domain: RDAP where the registry offers it (every gTLD since the WHOIS
// sunset of January 2025), following the registry's "related" link to the registrar's RDAP once;
// WHOIS for TLDs without RDAP, at the server IANA names for the TLD (the .nl registry names the
// registrar and the reseller). A domain under a private suffix of the Public Suffix List is asked
// of the sub-registry that runs the suffix (x.uk.com at CentralNic); under a platform's suffix
// (foo.github.io) the registration that exists is the platform's own domain's, which is asked.
import { privateSuffixOf } from '../dns/dns-names.ts';
import { runImport, type ImportDeps, type ImportResult } from '../core/run-import.ts';
import { rdapImporter } from '../rdap/rdap-importer.ts';
import { whoisDomainImporter } from '../whois/whois-domain-importer.ts';
import { SUB_REGISTRY_WHOIS } from '../whois/whois-domain-servers.ts';
import { whoisServerForTld } from './domain-whois-server.ts';

export async function resolveDomainRegistration(name: string, deps: ImportDeps): Promise<ImportResult[]> {
  const priv = privateSuffixOf(name);
  const subRegistry = priv === undefined ? undefined : SUB_REGISTRY_WHOIS[priv.suffix];
  if (subRegistry !== undefined) return [await runImport(whoisDomainImporter, { domain: name, server: subRegistry }, deps)];
  const domain = priv === undefined ? name : priv.icannDomain;
  return domain === undefined ? [] : resolveAtRegistry(domain, deps);
}

async function resolveAtRegistry(domain: string, deps: ImportDeps): Promise<ImportResult[]> {
  let base: string | undefined;
  let via: string | undefined;
  try {
    base = deps.io.rdap.bootstrap.baseUrlForDomain(domain);
    via = deps.io.rdap.bootstrap.describe('dns');
  } catch {
    base = undefined; // no usable bootstrap: WHOIS below
  }
  if (base === undefined) {
    const tld = await whoisServerForTld(domain, deps);
    const asked = tld.evidence === undefined ? [] : [tld.evidence];
    return tld.server === undefined ? asked : [...asked, await runImport(whoisDomainImporter, { domain, server: tld.server }, deps)];
  }
  const registry = await runImport(rdapImporter, { url: `${base}domain/${domain}`, kind: 'domain', domain, bootstrap: via }, deps);
  if (registry.status !== 'ok') return [registry];
  const parsed = registry.observations.find((o) => o.subject?.kind === 'domain')?.subject;
  const links = parsed?.kind === 'domain' ? (parsed.domain.relatedLinks ?? []) : [];
  const related = links.find((l) => !pointsInto(l, domain));
  if (related === undefined) return [registry];
  return [registry, await runImport(rdapImporter, { url: related, kind: 'domain', domain }, deps)];
}

/** A "related" link into the reported domain itself is never followed: that would reach the site. */
function pointsInto(link: string, domain: string): boolean {
  try {
    const host = new URL(link).hostname.toLowerCase();
    return host === domain || host.endsWith(`.${domain}`);
  } catch {
    return true;
  }
}
