// Facts of a domain registration: the registrar (the party for a DNS-level measure), the
// reseller, the name servers as the registry states them, status and dates.
import type { Fact, NodeRef, Observation } from '../core/importer.ts';
import type { DomainRegistration } from './domain-registration.ts';

export function registrarKey(r: NonNullable<DomainRegistration['registrar']>): string {
  // The IANA Registrar ID is the one identifier that RDAP, WHOIS and ICANN all share.
  return r.ianaId ? `IANA:${r.ianaId}` : `NAME:${r.name}`;
}

export function domainFacts(d: DomainRegistration): Observation {
  const domain: NodeRef = { label: 'Domain', key: { name: d.domain } };
  const facts: Fact[] = [{ kind: 'node', ...domain, props: { status: d.status.join(', ') || null, created: d.created ?? null, expires: d.expires ?? null } }];
  if (d.registrar) {
    const org: NodeRef = { label: 'Organization', key: { key: registrarKey(d.registrar) } };
    facts.push({ kind: 'node', ...org, props: { name: d.registrar.name, kind: 'registrar', handle: d.registrar.ianaId ?? null } }, { kind: 'rel', type: 'REGISTERED_VIA', from: domain, to: org });
    if (d.registrar.abuseEmail) {
      const c: NodeRef = { label: 'Contact', key: { email: d.registrar.abuseEmail } };
      facts.push({ kind: 'node', ...c, props: { role: 'abuse' } }, { kind: 'rel', type: 'ABUSE_CONTACT', from: org, to: c });
    }
  }
  if (d.reseller) {
    const org: NodeRef = { label: 'Organization', key: { key: `NAME:${d.reseller.name}` } };
    facts.push({ kind: 'node', ...org, props: { name: d.reseller.name, kind: 'reseller' } }, { kind: 'rel', type: 'RESOLD_BY', from: domain, to: org });
  }
  for (const ns of d.nameservers) {
    const h: NodeRef = { label: 'Hostname', key: { name: ns } };
    facts.push({ kind: 'node', ...h }, { kind: 'rel', type: 'DELEGATED_TO', from: domain, to: h });
  }
  return { facts, scope: ['REGISTERED_VIA', 'RESOLD_BY', 'DELEGATED_TO'].map((rel) => ({ from: domain, rel })) };
}
