// The values an order document prints (document-fields.ts names them), taken from the order,
// its evidence pack (the chains and the pack's SHA-256) and the authority's configuration, in the
// document's language. Nothing here depends on when the document is made: the same order on the
// same graph gives the same values, so the same bytes.
import type { Config } from '../../config.ts';
import type { EvidencePack } from '../../packs/evidence-pack.ts';
import { addressViews, type Party } from '../../rules/chain-parties.ts';
import { TCO_GROUNDS, termWord } from '../order-terms.ts';
import { countryName } from './country-names.ts';
import { needsCrossBorderCopy } from './cross-border.ts';
import type { DocumentValues } from './document-fields.ts';

type Language = 'en' | 'nl';

const ROLE_NL: Record<string, string> = {
  hoster: 'hostingaanbieder', reseller: 'wederverkoper', lessor: 'verhuurder van de adresruimte', upstream: 'upstream-aanbieder', cdn: 'CDN', origin: 'netwerk (AS)',
  transit: 'transitaanbieder', registrar: 'registrar', 'domain-reseller': 'domeinwederverkoper', registry: 'internetregister',
};
const ROLE_EN: Record<string, string> = { lessor: 'lessor of the address space', origin: 'network (AS)', 'domain-reseller': 'domain reseller', registry: 'internet registry' };

const WORDS = {
  en: { notSent: 'not yet sent (draft)', fromReceipt: 'runs from receipt of the order' },
  nl: { notSent: 'nog niet verzonden (concept)', fromReceipt: 'loopt vanaf ontvangst van het bevel' },
} as const;

/** 2026-11-23 10:05 UTC: the same in both languages, and unambiguous. */
export function utcText(iso: string): string {
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

export interface ValuesInput {
  pack: EvidencePack;
  packSha256: string;
  authority: Config['authority'];
  language: Language;
}

export function documentValues({ pack, packSha256, authority, language }: ValuesInput): DocumentValues {
  const o = pack.order;
  const words = WORDS[language];
  const views = pack.urls.flatMap((u) => (u.chain === null ? [] : addressViews(u.chain)));
  const mine = views.flatMap((v) => partiesOf(v)).filter((p) => p.key === o.addresseeKey);
  return {
    'authority.name': authority.name, 'authority.country': authority.country, 'authority.countryName': countryName(authority.country, language),
    'authority.address': authority.address, 'authority.email': authority.email, 'authority.phone': authority.phone, 'authority.website': authority.website,
    'authority.authentication': authority.authentication,
    'order.reference': o.id, 'order.case': o.caseId?.replace(/^case:/, '') ?? '', 'order.drafted': utcText(o.createdAt), 'order.draftedBy': o.createdBy,
    'order.issued': o.sentAt === null ? words.notSent : utcText(o.sentAt), 'order.sent': o.sentAt !== null,
    'order.deadlineHours': o.deadlineHours === null ? '' : String(o.deadlineHours), 'order.deadline': o.deadline === null ? words.fromReceipt : utcText(o.deadline),
    'order.legalBasis': o.legalBasis ?? '', 'order.contentDescription': o.contentDescription ?? '', 'order.confidential': o.confidential, 'order.csam': o.material === 'csam',
    'addressee.name': o.addresseeName, 'addressee.key': o.addresseeKey, 'addressee.country': o.addresseeCountry ?? '', 'addressee.countryName': countryName(o.addresseeCountry, language),
    'addressee.contact': [...new Set(mine.flatMap((p) => p.abuse))].sort().join(', '),
    crossBorder: needsCrossBorderCopy(o),
    grounds: o.tcoGrounds.map((g) => ({ ground: termWord(TCO_GROUNDS, g, language) })),
    groundBoxes: TCO_GROUNDS.map((g) => ({ mark: o.tcoGrounds.includes(g.value) ? '[x]' : '[ ]', ground: g[language] })),
    urls: pack.urls.map((u) => urlValues(u.url, views.filter((v) => v.url === u.url), language)),
    addresseeBlocks: blocksOf(o.addresseeKey, views),
    'pack.sha256': packSha256, 'pack.format': pack.format, 'pack.file': `${o.id}-evidence-pack.json`, 'pack.evidenceCount': String(pack.evidence.length),
  };
}

type View = ReturnType<typeof addressViews>[number];

function partiesOf(v: View): Party[] {
  return [...v.cdn, ...(v.hoster !== undefined && v.hoster.block === undefined ? [v.hoster] : []), ...v.blocks, ...(v.registrar === undefined ? [] : [v.registrar])];
}

function urlValues(url: string, views: View[], language: Language): DocumentValues {
  const role = (r: string) => (language === 'nl' ? (ROLE_NL[r] ?? r) : (ROLE_EN[r] ?? r));
  const seen = new Map<string, DocumentValues>();
  for (const [v, p] of views.flatMap((v) => partiesOf(v).map((p) => [v, p] as const))) {
    const key = `${p.role}|${p.key}|${p.block?.range ?? ''}`;
    if (!seen.has(key)) seen.set(key, { role: role(p.role), name: p.name, country: p.country ?? '–', detail: detailOf(p, v.domain, language) });
  }
  const ended = views.find((v) => v.lastKnownEndedAt !== undefined)?.lastKnownEndedAt;
  const chainNote = ended === undefined ? '' : language === 'nl' ? `de naam wijst sinds ${utcText(ended)} niet meer naar een adres; dit is de laatst bekende keten` : `the name no longer resolves since ${utcText(ended)}; this is the last known chain`;
  return { url, addresses: [...new Set(views.map((v) => v.address))].join(', '), chainNote, parties: [...seen.values()] };
}

function detailOf(p: Party & { cidr?: string }, domainName: string | undefined, language: Language): string {
  const [block, range, domain] = language === 'nl' ? ['adresblok', 'gepubliceerde reeks', 'domein'] : ['address block', 'published range', 'domain'];
  if (p.block !== undefined) return `${block} ${p.block.range}${p.block.status ? ` (${p.block.status})` : ''}`;
  if (p.cidr !== undefined) return `${range} ${p.cidr}`;
  return p.role === 'registrar' && domainName !== undefined ? `${domain} ${domainName}` : p.role;
}

function blocksOf(key: string, views: View[]): DocumentValues[] {
  const blocks = new Map<string, { status: string; addresses: Set<string> }>();
  for (const v of views) {
    for (const p of v.blocks.filter((b) => b.key === key && b.block !== undefined)) {
      const b = blocks.get(p.block!.range) ?? { status: p.block!.status ?? '', addresses: new Set<string>() };
      b.addresses.add(v.address);
      blocks.set(p.block!.range, b);
    }
  }
  return [...blocks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([range, b]) => ({ range, status: b.status, addresses: [...b.addresses].sort().join(', ') }));
}
