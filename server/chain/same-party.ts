// Whether two registry statements name the same organisation. Keys agree when both come from one
// registry ("RIPE:ORG-EXA1-RIPE"); across sources (an RDAP aut-num entity, Team Cymru's AS name,
// CAIDA's AS-to-organisation file) only the names can be compared, and registries spell one
// company many ways: "Amazon.com, Inc.", "AMAZON-02 - Amazon.com, Inc., US", "Amazon.com Inc".

/** Legal-form words and country suffixes that say nothing about which company it is. */
const NOISE = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'bv', 'nv', 'sa', 'sas', 'sarl', 'srl', 'spa', 'ab', 'as', 'oy', 'plc', 'lp', 'kg', 'sl', 'de', 'cv', 'the', 'and',
]);

export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !NOISE.has(t) && !/^[a-z]{2}$/.test(t));
}

export interface PartyName {
  key?: string | null | undefined;
  names: (string | null | undefined)[];
}

export type SameParty = { same: true; by: 'key' | 'name' } | { same: false };

/**
 * Same key, or one spelling's significant words all appear in order in another's (at least one
 * word of four letters or more, so "Net" does not match every network operator).
 */
export function sameParty(a: PartyName, b: PartyName): SameParty {
  if (a.key && b.key && a.key.toUpperCase() === b.key.toUpperCase()) return { same: true, by: 'key' };
  for (const x of a.names) {
    for (const y of b.names) if (containsWords(nameTokens(x), nameTokens(y)) || containsWords(nameTokens(y), nameTokens(x))) return { same: true, by: 'name' };
  }
  return { same: false };
}

function containsWords(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || !inner.some((t) => t.length >= 4)) return false;
  const text = ` ${outer.join(' ')} `;
  return text.includes(` ${inner.join(' ')} `);
}
