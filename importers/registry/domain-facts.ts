// Facts of a domain registration: the registrar (the party for a DNS-level measure), the
// reseller, the name servers as the registry states them, status and dates, and the registry
// states (registered, free, quarantine, redemption, hold, …) as REGISTRY_STATE facts. An answer is
// authoritative for all of these from its own source: a later answer ends what it no longer
// states, so a "free" answer ends the registrar, reseller and name servers of that source.
import type { Fact, NodeRef, Observation } from '../core/importer.ts';
import type { DomainRegistration } from './domain-registration.ts';

export function registrarKey(r: NonNullable<DomainRegistration['registrar']>): string {
  // The IANA Registrar ID is the one identifier that RDAP, WHOIS and ICANN all share.
  return r.ianaId ? `IANA:${r.ianaId}` : `NAME:${r.name}`;
}

const SCOPE = ['REGISTERED_VIA', 'RESOLD_BY', 'DELEGATED_TO', 'REGISTRY_STATE'];

export function domainFacts(d: DomainRegistration & { answerLine?: string | undefined }): Observation {
  const domain: NodeRef = { label: 'Domain', key: { name: d.domain } };
  const facts: Fact[] = [{ kind: 'node', ...domain, props: { status: d.status.join(', ') || null, created: d.created ?? null, expires: d.expires ?? null, stateUntil: d.stateUntil ?? null } }];
  const stated = d.status.join(', ') || d.answerLine || null;
  for (const state of d.states) {
    const s: NodeRef = { label: 'RegistryState', key: { state } };
    facts.push({ kind: 'node', ...s }, { kind: 'rel', type: 'REGISTRY_STATE', from: domain, to: s, props: { stated } });
  }
  if (d.registrar) {
    const org: NodeRef = { label: 'Organization', key: { key: registrarKey(d.registrar) } };
    facts.push(
      { kind: 'node', ...org, props: { name: d.registrar.name, kind: 'registrar', handle: d.registrar.ianaId ?? d.registrar.handle ?? null } },
      { kind: 'rel', type: 'REGISTERED_VIA', from: domain, to: org, props: { lastRegistrar: d.registrar.lastRegistrarOnly === true } },
    );
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
  return { facts, scope: SCOPE.map((rel) => ({ from: domain, rel })) };
}
