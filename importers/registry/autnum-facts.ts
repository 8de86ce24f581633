// Facts of a registry's AS object: the AutonomousSystem's name and country, its holder
// (HELD_BY, with which text named it) and abuse contact. The answer is authoritative for the AS's
// holder and abuse contact from this source: a changed holder ends the old HELD_BY.
import type { Fact, NodeRef, Observation } from '../core/importer.ts';
import type { RdapAutnum } from '../rdap/rdap-autnum.ts';
import { orgRef } from './network-facts.ts';
import { holderKey } from './registry-network.ts';

export const asRef = (asn: number): NodeRef => ({ label: 'AutonomousSystem', key: { number: asn } });

/** The asked AS (an AS block's answer covers it, but states nothing about the block's other numbers). */
export function autnumFacts(a: RdapAutnum, asn: number): Observation {
  const self = asRef(asn);
  const stated = Object.fromEntries(Object.entries({ name: a.name, country: a.country, registry: a.rir }).filter(([, v]) => v !== undefined));
  const facts: Fact[] = [{ kind: 'node', ...self, props: stated }];
  const key = a.holder === undefined ? undefined : holderKey(a.rir, a.holder);
  if (a.holder !== undefined && key !== undefined) {
    const org = orgRef(key);
    const props = Object.fromEntries(Object.entries({ handle: a.holder.handle, name: a.holder.name, country: a.holder.country, registry: a.rir }).filter(([, v]) => v !== undefined && v !== ''));
    facts.push({ kind: 'node', ...org, props }, { kind: 'rel', type: 'HELD_BY', from: self, to: org, props: { nameFrom: a.holder.nameFrom ?? null } });
  }
  for (const email of a.abuseEmails) {
    const contact: NodeRef = { label: 'Contact', key: { email } };
    facts.push({ kind: 'node', ...contact, props: { role: 'abuse' } }, { kind: 'rel', type: 'ABUSE_CONTACT', from: self, to: contact });
  }
  return { facts, scope: [{ from: self, rel: 'HELD_BY' }, { from: self, rel: 'ABUSE_CONTACT' }] };
}
