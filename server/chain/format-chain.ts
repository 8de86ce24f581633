// The chain as text for a terminal, and as one JSON document for scripts (same content).
import type { UrlChain } from '../queries/chain.ts';
import { blockRoles, type BlockRole } from './block-roles.ts';

type Address = UrlChain['addresses'][number];

export interface ChainReport extends UrlChain {
  addresses: (Omit<Address, 'blocks'> & { blocks: (Address['blocks'][number] & { role: BlockRole })[] })[];
}

export function withRoles(chain: UrlChain): ChainReport {
  return {
    ...chain,
    addresses: chain.addresses.map((a) => {
      const roles = blockRoles(a.blocks.map((b) => b.status));
      return { ...a, blocks: a.blocks.map((b, i) => ({ ...b, role: roles[i]! })) };
    }),
  };
}

const or = (v: string | null | undefined, d = '–') => (v === null || v === undefined || v === '' ? d : v);

export function formatChainText(c: ChainReport): string {
  const out = [c.url, `  host      ${c.aliases.join(' → ')}${c.aliases.length > 1 ? '  (CNAME)' : ''}`];
  if (c.addresses.length === 0) out.push('  address   none resolved');
  for (const a of c.addresses) {
    out.push(`  address   ${a.address}${a.recordType ? ` (${a.recordType})` : ''}   evidence ${or(a.evidenceId)}`);
    for (const c of a.cdn) {
      out.push(`    cdn       ${c.provider}  published range ${c.cidr}${c.service ? ` (${c.service}${c.region ? `, ${c.region}` : ''})` : ''}: the hoster behind it is hidden; ask ${c.provider} for the origin   evidence ${or(c.evidenceId)}`);
    }
    if (a.blocks.length === 0) out.push('    (no registry data yet)');
    for (const o of a.origins) {
      out.push(`    origin    AS${o.asn} ${or(o.name, '')} [${or(o.country, '??')}]  routed as ${o.prefix}   ${or(o.source)} evidence ${or(o.evidenceId)}`);
      if (o.transitProviders.length > 0) out.push(`    transit   ${o.transitProviders.map((t) => `AS${t.asn}${t.name ? ` ${t.name}` : ''}`).join(', ')}`);
    }
    for (const b of a.blocks) {
      const range = b.prefixLength === null ? `${b.start} - ${b.end}` : `${b.start}/${b.prefixLength}`;
      out.push(`    ${b.role.padEnd(9)} ${or(b.holder, 'unknown holder')} [${or(b.holderCountry ?? b.blockCountry, '??')}]  ${or(b.status)} ${range} ${or(b.name, '')}`.trimEnd());
      out.push(`              abuse ${b.abuse.length ? b.abuse.join(', ') : '–'}   ${or(b.source)} evidence ${or(b.evidenceId)}`);
    }
  }
  if (c.domain) {
    const d = c.domain;
    out.push(`  domain    ${d.domain}  registrar ${or(d.registrar)}${d.registrarAbuse.length ? ` (abuse ${d.registrarAbuse.join(', ')})` : ''}  reseller ${or(d.reseller)}`);
    out.push(`            name servers ${d.nameservers.length ? d.nameservers.sort().join(', ') : '–'}`);
  }
  return out.join('\n');
}
