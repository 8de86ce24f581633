// Node references and the facts that always come with them (a hostname is in its registrable
// domain; an IP has a family and a range key).
import ipaddr from 'ipaddr.js';
import type { Fact, NodeRef } from '../core/importer.ts';
import { registrableDomain } from './dns-names.ts';

export const hostnameRef = (name: string): NodeRef => ({ label: 'Hostname', key: { name } });
export const domainRef = (name: string): NodeRef => ({ label: 'Domain', key: { name } });
export const ipRef = (address: string): NodeRef => ({ label: 'IpAddress', key: { address } });

/**
 * What a DNS question about a name came to when it gave no record: NXDOMAIN and NODATA are
 * answers (the name does not exist / has no record of that type); SERVFAIL, REFUSED, TIMEOUT and
 * FAILED (malformed, too large, transport) are failed lookups that say nothing about the name.
 */
export const DNS_STATES = ['NXDOMAIN', 'NODATA', 'SERVFAIL', 'REFUSED', 'TIMEOUT', 'FAILED'] as const;
export type DnsStateName = (typeof DNS_STATES)[number];
export const dnsStateRef = (state: DnsStateName): NodeRef => ({ label: 'DnsState', key: { state } });

export function hostnameFacts(name: string): Fact[] {
  const facts: Fact[] = [{ kind: 'node', ...hostnameRef(name) }];
  const domain = registrableDomain(name);
  if (domain !== undefined) {
    facts.push({ kind: 'node', ...domainRef(domain) });
    facts.push({ kind: 'rel', type: 'IN_DOMAIN', from: hostnameRef(name), to: domainRef(domain) });
  }
  return facts;
}

export function ipFacts(address: string): Fact[] {
  const family = ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4;
  return [{ kind: 'node', ...ipRef(address), props: { family } }];
}
