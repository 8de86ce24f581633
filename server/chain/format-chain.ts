// The chain as text for a terminal (the JSON form is the ChainReport itself): each party with
// its role, the basis of the role and why, its country and where the country comes from, abuse
// contacts and the evidence ids; the states of the name and the domain in words; and when the
// name no longer resolves, the last known chain with the moment it ended.
import type { ChainReport, ReportAddress } from './chain-report.ts';
import { rangeText } from './infer-roles.ts';
import type { CountrySource } from './party-country.ts';
import { dnsStateWords, registryStateWords } from './state-words.ts';

const or = (v: string | null | undefined, d = '–') => (v === null || v === undefined || v === '' ? d : v);
/** "[PA: organisation]": the country the EU rules use, and whose it is (the README explains the rule). */
const countryText = (c: string | null, from: CountrySource | null) => (c === null ? '[??]' : `[${c}${from === null ? '' : `: ${COUNTRY_SHORT[from]}`}]`);
const COUNTRY_SHORT: Record<CountrySource, string> = { organisation: 'organisation', block: 'block', as: 'AS' };

function addressLines(a: ReportAddress, pad: string): string[] {
  const out = [`${pad}address   ${a.address}${a.recordType ? ` (${a.recordType})` : ''}   evidence ${or(a.evidenceId)}`];
  for (const c of a.cdn) {
    out.push(`${pad}  cdn       ${c.provider}  published range ${c.cidr}${c.service ? ` (${c.service}${c.region ? `, ${c.region}` : ''})` : ''}: the hoster behind it is hidden; ask ${c.provider} for the origin   evidence ${or(c.evidenceId)}`);
  }
  const h = a.hoster;
  if (h !== undefined && h.block === undefined) {
    out.push(`${pad}  hoster    ${h.name} ${countryText(h.country, h.countryFrom)}  ${h.basis}${h.asn === undefined ? '' : `, announces from AS${h.asn}`}`);
    out.push(`${pad}            why: ${h.why}   evidence ${h.evidenceIds.join(', ') || '–'}`);
  } else if (h === undefined && a.blocks.length > 0 && a.cdn.length === 0) out.push(`${pad}  hoster    unknown: no assignment is registered and routing does not tell (ask the holder of the most specific block)`);
  if (a.blocks.length === 0) out.push(`${pad}  (no registry data yet)`);
  for (const o of a.origins) {
    out.push(`${pad}  origin    AS${o.asn} ${or(o.name, '')} ${o.country ? `[${o.country}]` : '[??]'}  routed as ${o.prefix}   ${or(o.source)} evidence ${or(o.evidenceId)}`);
    if (o.transitProviders.length > 0) out.push(`${pad}  transit   ${o.transitProviders.map((t) => `AS${t.asn}${t.name ? ` ${t.name}` : ''}`).join(', ')}`);
  }
  for (const b of a.blocks) {
    out.push(`${pad}  ${b.role.padEnd(9)} ${or(b.holder, 'unknown holder')} ${countryText(b.country, b.countryFrom)}  ${or(b.status)} ${rangeText(b)} ${or(b.name, '')}  (${b.basis})`.trimEnd());
    out.push(`${pad}            why: ${b.why}`);
    out.push(`${pad}            abuse ${b.abuse.length ? b.abuse.join(', ') : '–'}   ${or(b.source)} evidence ${or(b.evidenceId)}${b.holderNameFrom ? `   holder named in ${b.holderNameFrom}` : ''}`);
  }
  return out;
}

function domainLines(c: ChainReport, pad: string): string[] {
  const d = c.domain;
  if (d === undefined) return [];
  const registrar = d.registrar === null ? (d.lastRegistrar ? `none in force (last: ${d.lastRegistrar.name}, ended ${d.lastRegistrar.endedAt})` : '–') : `${d.registrar}${d.registrarIsLast ? ' (the last registrar, as the registry names it)' : ''}`;
  const out = [`${pad}domain    ${d.domain}  registrar ${registrar}${d.registrarAbuse.length ? ` (abuse ${d.registrarAbuse.join(', ')})` : ''}  reseller ${or(d.reseller)}`];
  for (const s of d.states) out.push(`${pad}          registry state: ${registryStateWords(s.state)} (since ${s.since}${d.stateUntil && s.state !== 'registered' ? `, until ${d.stateUntil}` : ''})   evidence ${or(s.evidenceId)}`);
  out.push(`${pad}          name servers ${d.nameservers.length ? d.nameservers.join(', ') : '–'}`);
  return out;
}

function chainLines(c: ChainReport, pad: string): string[] {
  const out = [`${pad}host      ${c.aliases.join(' → ')}${c.aliases.length > 1 ? '  (CNAME)' : ''}`];
  for (const s of c.dnsStates) out.push(`${pad}state     ${s.name} ${s.recordType ?? ''}: ${dnsStateWords(s.state)} (since ${s.since}, last asked ${s.lastSeen})   evidence ${or(s.evidenceId)}`);
  if (c.addresses.length === 0 && c.lastKnown !== undefined) out.push(`${pad}address   none in force since ${c.lastKnown.endedAt}: the name no longer resolves to an address (the last known chain is below)`);
  else if (c.addresses.length === 0 && c.dnsStates.length === 0) out.push(`${pad}address   none known${c.at ? ' at that moment' : ' (not resolved yet, or no answer kept)'}`);
  for (const a of c.addresses) out.push(...addressLines(a, pad));
  out.push(...domainLines(c, pad));
  return out;
}

export function formatChainText(c: ChainReport): string {
  const out = [`${c.url}${c.at ? `   (as it was at ${c.at})` : ''}`, ...chainLines(c, '  ')];
  if (c.lastKnown !== undefined) {
    out.push(`  LAST KNOWN CHAIN: in force until ${c.lastKnown.endedAt}, when the name stopped resolving to it`);
    out.push(...chainLines(c.lastKnown.chain, '  | '));
  }
  return out.join('\n');
}
