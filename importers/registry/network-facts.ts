// Facts of a registry network, whichever protocol reported it: the block, its holder, its abuse
// contact, the origin AS the registry names; and, when known, the address it was asked for (the
// most specific block covering it) and the block it encloses (the reseller's sub-allocation).
import { ipToKey, rangeOf } from '../core/ip-key.ts';
import type { Fact, NodeRef, Scope } from '../core/importer.ts';
import { holderKey, type RegistryNetwork } from './registry-network.ts';

export const netblockKey = (n: Pick<RegistryNetwork, 'rir' | 'start' | 'end'>) => `${n.rir ?? 'UNKNOWN'} ${n.start}-${n.end}`;
export const netblockRef = (key: string): NodeRef => ({ label: 'Netblock', key: { key } });
export const orgRef = (key: string): NodeRef => ({ label: 'Organization', key: { key } });
export const ipRefOf = (address: string): NodeRef => ({ label: 'IpAddress', key: { address } });

export interface NetworkContext {
  /** The address this answer was asked for: it lies in this (most specific) block. */
  forIp?: string | undefined;
  /** The block whose parent this answer is. */
  childKey?: string | undefined;
}

export function networkFacts(n: RegistryNetwork, ctx: NetworkContext = {}): { facts: Fact[]; scope: Scope[] } {
  const key = netblockKey(n);
  const self = netblockRef(key);
  const range = rangeOf(n.start, n.end);
  const facts: Fact[] = [
    {
      kind: 'node', ...self,
      props: { registry: n.rir ?? null, handle: n.handle, name: n.name ?? null, status: n.status ?? null, country: n.country ?? null, parentHandle: n.parentHandle ?? null, maintainers: n.maintainers, start: range.start, end: range.end, rangeStart: range.rangeStart, rangeEnd: range.rangeEnd, family: range.family, prefixLength: range.prefixLength ?? null },
    },
  ];
  const scope: Scope[] = ['HELD_BY', 'ABUSE_CONTACT', 'ORIGINATED_BY'].map((rel) => ({ from: self, rel }));
  const orgKey = n.holder === undefined ? undefined : holderKey(n.rir, n.holder);
  if (n.holder !== undefined && orgKey !== undefined) {
    const org = orgRef(orgKey);
    // Only what this answer states: an answer that names no country does not erase a known one.
    const stated = { handle: n.holder.handle, name: n.holder.name, country: n.holder.country, registry: n.rir };
    const props = Object.fromEntries(Object.entries(stated).filter(([, v]) => v !== undefined && v !== ''));
    facts.push({ kind: 'node', ...org, props }, { kind: 'rel', type: 'HELD_BY', from: self, to: org, props: { nameFrom: n.holder.nameFrom ?? null } });
  }
  for (const email of n.abuseEmails) {
    const contact: NodeRef = { label: 'Contact', key: { email } };
    facts.push({ kind: 'node', ...contact, props: { role: 'abuse' } }, { kind: 'rel', type: 'ABUSE_CONTACT', from: self, to: contact });
  }
  for (const asn of n.originAsns) {
    const as: NodeRef = { label: 'AutonomousSystem', key: { number: asn } };
    facts.push({ kind: 'node', ...as }, { kind: 'rel', type: 'ORIGINATED_BY', from: self, to: as });
  }
  if (ctx.forIp !== undefined) {
    const ip = ipRefOf(ctx.forIp);
    facts.push({ kind: 'node', ...ip, props: { family: range.family, rangeKey: ipToKey(ctx.forIp) } }, { kind: 'rel', type: 'IN_NETBLOCK', from: ip, to: self });
    scope.push({ from: ip, rel: 'IN_NETBLOCK' });
  }
  if (ctx.childKey !== undefined && ctx.childKey !== key) {
    facts.push({ kind: 'rel', type: 'WITHIN', from: netblockRef(ctx.childKey), to: self });
    scope.push({ from: netblockRef(ctx.childKey), rel: 'WITHIN' });
  }
  return { facts, scope };
}
