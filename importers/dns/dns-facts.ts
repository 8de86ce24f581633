// Node references and the facts that always come with them (a hostname is in its registrable
// domain; an IP has a family and a range key).
import ipaddr from 'ipaddr.js';
import type { Fact, NodeRef } from '../core/importer.ts';
import { registrableDomain } from './dns-names.ts';

export const hostnameRef = (name: string): NodeRef => ({ label: 'Hostname', key: { name } });
export const domainRef = (name: string): NodeRef => ({ label: 'Domain', key: { name } });
export const ipRef = (address: string): NodeRef => ({ label: 'IpAddress', key: { address } });

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
