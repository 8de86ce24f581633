// What the addressee screen says beside the rule table's groups (server/rules/ stays the rules):
// every party on the chains (for an override to any of them), the CDN named by its registry
// entity when RDAP knows it, and for each party no group addresses, why it was passed over.
import type { AddressView, Party } from '../rules/chain-parties.ts';
import type { AddresseeGroup } from '../rules/suggest.ts';

export interface SkippedParty {
  party: Party;
  /** One sentence, the same for every URL it holds. */
  text: string;
  urls: string[];
}

const simple = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * A CDN known only by its published ranges ("NAME:Example CDN") takes the name, key and country of
 * the registry entity that holds the address when that entity's name starts with the CDN's
 * ("Example CDN Inc."): the order goes to a legal person, not to a product name.
 */
export function nameCdnsByRegistry(views: AddressView[]): AddressView[] {
  return views.map((v) => ({
    ...v,
    cdn: v.cdn.map((c) => {
      if (!c.key.startsWith('NAME:')) return c;
      const entity = v.blocks.find((b) => simple(b.name).startsWith(simple(c.name)));
      if (entity === undefined) return c;
      return { ...c, key: entity.key, name: entity.name, country: entity.country, inEu: entity.inEu, abuse: [...new Set([...c.abuse, ...entity.abuse])], evidenceIds: [...new Set([...c.evidenceIds, ...entity.evidenceIds])] };
    }),
  }));
}

/** The parties of one view: the hoster (registered, inferred or presumed), the block holders, the CDN, the registrar. */
const partiesOf = (v: AddressView): Party[] => [...(v.hoster ? [v.hoster] : []), ...v.blocks, ...v.cdn, ...(v.registrar ? [v.registrar] : [])];

/** Every party on the chains once (key and role): hoster, resellers, lessor, upstream, CDN, registrar. */
export function chainParties(views: AddressView[]): Party[] {
  const seen = new Map<string, Party>();
  for (const v of views) for (const p of partiesOf(v)) if (!seen.has(`${p.key}|${p.role}`)) seen.set(`${p.key}|${p.role}`, p);
  return [...seen.values()];
}

function whySkipped(p: Party, v: AddressView, dedicated: ReadonlySet<string>): string {
  const where = p.country === null ? 'its country is not known' : p.inEu === false ? `it is outside the EU (${p.country})` : `it is in ${p.country}`;
  switch (p.role) {
    case 'registrar':
      return v.domain !== undefined && dedicated.has(v.domain)
        ? `${p.name} is the registrar of ${v.domain}; no rule addressed it for this material.`
        : `${p.name} is the registrar of ${v.domain ?? 'the domain'}: it is addressed only when the domain is marked as dedicated to the material (a DNS block is a last resort).`;
    case 'hoster':
      return `${p.name} hosts the site but no rule addressed it: ${where}.`;
    case 'cdn':
      return `${p.name} fronts the site; no rule addressed it.`;
    default:
      return p.inEu === false
        ? `${p.name} (${p.role}) was passed over: ${where}, so no order under EU or Dutch law reaches it; the rules ask a party in the EU instead.`
        : `${p.name} (${p.role}) rents the space out above the party that is addressed; ${where}. It is asked only when the party below is unknown, unresponsive or outside the EU.`;
  }
}

/** The parties on the chains that no group addresses, each with its reason and the URLs it holds. */
export function skippedParties(views: AddressView[], groups: AddresseeGroup[], dedicated: ReadonlySet<string>): SkippedParty[] {
  const addressed = new Set(groups.map((g) => g.addressee.key));
  const out = new Map<string, SkippedParty>();
  for (const v of views) {
    for (const p of partiesOf(v)) {
      if (addressed.has(p.key)) continue;
      const k = `${p.key}|${p.role}`;
      const s = out.get(k) ?? { party: p, text: whySkipped(p, v, dedicated), urls: [] };
      if (!s.urls.includes(v.url)) s.urls.push(v.url);
      out.set(k, s);
    }
  }
  return [...out.values()];
}
