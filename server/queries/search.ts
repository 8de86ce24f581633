// Search as an investigator types it: an IP address or CIDR (the blocks holding it, most
// specific first), an AS number ("AS64500" or "64500"), an e-mail address, or a name / handle
// (full-text index over organisations, blocks, contacts and ASes).
import ipaddr from 'ipaddr.js';
import { cidrToRange, ipToKey } from '../../importers/core/ip-key.ts';
import type { GraphDb } from '../db/driver.ts';
import { InputError } from '../input-error.ts';

export interface SearchHit {
  label: string;
  key: string;
  name: string | null;
  detail: string | null;
}

// The nearest block at or below the start (index order), then up its WITHIN edges: every block
// that holds the whole range, most specific first (as in importers/resolve/bulk-lookup-cypher.ts).
const BLOCKS_HOLDING = `
MATCH (b:Netblock) WHERE b.rangeStart <= $start
WITH b ORDER BY b.rangeStart DESC LIMIT 32
WITH b ORDER BY b.rangeStart DESC, b.rangeEnd ASC LIMIT 1
MATCH p = (b)-[:WITHIN*0..16]->(n:Netblock)
WHERE n.rangeStart <= $start AND n.rangeEnd >= $end AND all(r IN relationships(p) WHERE r.open)
WITH n, min(length(p)) AS depth
OPTIONAL MATCH (n)-[:HELD_BY {open: true}]->(o:Organization)
RETURN 'Netblock' AS label, n.key AS key, coalesce(o.name, n.name) AS name, n.status AS detail
ORDER BY depth LIMIT $limit`;

const ADDRESS = `MATCH (n:IpAddress {address: $address}) RETURN 'IpAddress' AS label, n.address AS key, null AS name, null AS detail`;

const AS_NUMBER = `
MATCH (a:AutonomousSystem {number: $number})
OPTIONAL MATCH (a)-[:HELD_BY {open: true}]->(o:Organization)
RETURN 'AutonomousSystem' AS label, toString(a.number) AS key, coalesce(o.name, a.name) AS name, a.name AS detail LIMIT 1`;

const EMAIL = `MATCH (c:Contact {email: $email}) RETURN 'Contact' AS label, c.email AS key, c.email AS name, c.role AS detail`;

const FULLTEXT = `
CALL db.index.fulltext.queryNodes('party_search', $q) YIELD node, score
RETURN labels(node)[0] AS label, coalesce(node.key, node.email, toString(node.number)) AS key, coalesce(node.name, node.email) AS name,
       coalesce(node.status, node.kind, node.role) AS detail
ORDER BY score DESC LIMIT $limit`;

/** Lucene's special characters are escaped: the user's text is searched for, never parsed as a query. */
const luceneEscape = (s: string) => s.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);

/** Longer than any name, handle or address a registry holds: a longer text is a mistake (or an attack on the index). */
export const SEARCH_TEXT_MAX = 300;

export async function search(db: GraphDb, text: string, limit = 25): Promise<SearchHit[]> {
  const t = text.trim();
  if (t.length > SEARCH_TEXT_MAX) throw new InputError('text', `at most ${SEARCH_TEXT_MAX} characters can be searched for (this is ${t.length})`);
  if (t === '') return [];
  // ipaddr.isValid takes "64500" for an IPv4 address written as one number; investigators mean the AS.
  if (ipaddr.IPv4.isValidFourPartDecimal(t) || (t.includes(':') && ipaddr.IPv6.isValid(t))) {
    const key = ipToKey(t);
    return [...(await db.read<SearchHit>(ADDRESS, { address: ipaddr.parse(t).toString() })), ...(await db.read<SearchHit>(BLOCKS_HOLDING, { start: key, end: key, limit }))];
  }
  if (/^[0-9a-f:.]+\/\d{1,3}$/i.test(t)) {
    const r = cidrToRange(t);
    return db.read<SearchHit>(BLOCKS_HOLDING, { start: r.rangeStart, end: r.rangeEnd, limit });
  }
  const asn = /^(?:AS)?(\d{1,10})$/i.exec(t);
  if (asn !== null) return db.read<SearchHit>(AS_NUMBER, { number: Number(asn[1]) });
  if (/^[^@\s]+@[^@\s]+$/.test(t)) return db.read<SearchHit>(EMAIL, { email: t.toLowerCase() });
  const q = t.split(/\s+/).map((w) => `${luceneEscape(w)}*`).join(' AND ');
  return db.read<SearchHit>(FULLTEXT, { q, limit });
}
