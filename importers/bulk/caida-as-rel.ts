// CAIDA AS relationships (serial-1 `as-rel`, serial-2 `as-rel2`). The README fixes the direction:
// `<provider-as>|<customer-as>|-1` and `<peer-as>|<peer-as>|0`; serial-2 adds `|<source>` (bgp,
// mlp = multilateral peering at IXP route servers, comma-combined). Several public parsers read
// -1 the other way round; the first AS is the provider.
import { readLines, type LineProblem, type ReadLinesOptions } from './read-lines.ts';
import { errorText, lineProblem } from './bulk-values.ts';

export interface TransitRecord {
  kind: 'transit';
  provider: number;
  customer: number;
  /** serial-2 only: how the link was inferred. Empty for serial-1. */
  sources: string[];
  line: number;
}

export interface PeeringRecord {
  kind: 'peering';
  peerA: number;
  peerB: number;
  sources: string[];
  line: number;
}

/** `# source:topology|BGP|20210901|ripe|rrc00`: one collector's day of data that went into the file. */
export interface AsRelSourceRecord {
  kind: 'source';
  /** `BGP` (RIB dumps) or `looking-glass` (the mlp route-server data). */
  method: string;
  /** YYYY-MM-DD. */
  date: string;
  project: string;
  collector: string;
  line: number;
}

/** `# input clique:` / `# inferred clique:`: the transit-free core the inference starts from. */
export interface AsRelCliqueRecord {
  kind: 'clique';
  asns: number[];
  line: number;
}

/** `# IXP ASes:`: route-server ASes, left out of the inference. */
export interface AsRelIxpRecord {
  kind: 'ixp-ases';
  asns: number[];
  line: number;
}

export type AsRelItem = TransitRecord | PeeringRecord | AsRelSourceRecord | AsRelCliqueRecord | AsRelIxpRecord | LineProblem;

const SOURCE_COMMENT = /^#\s*source:topology\|([^|]*)\|(\d{4})(\d{2})(\d{2})\|([^|]*)\|([^|]*)$/;
const LIST_COMMENT = /^#\s*(input clique|inferred clique|IXP ASes):(.*)$/;

function asn(text: string, field: string): number {
  const n = Number(text);
  if (!/^\d{1,10}$/.test(text) || n > 0xffffffff) throw new Error(`${field}: not an AS number: ${JSON.stringify(text)}`);
  return n;
}

function commentOf(text: string, line: number): AsRelItem | undefined {
  const s = SOURCE_COMMENT.exec(text);
  if (s) return { kind: 'source', method: s[1]!, date: `${s[2]}-${s[3]}-${s[4]}`, project: s[5]!, collector: s[6]!, line };
  const l = LIST_COMMENT.exec(text);
  if (!l) return undefined; // `# step N: …` and other notes carry no data
  const asns = l[2]!.trim().split(/\s+/).filter((a) => a !== '').map((a) => asn(a, l[1]!));
  return l[1] === 'IXP ASes' ? { kind: 'ixp-ases', asns, line } : { kind: 'clique', asns, line };
}

function relationOf(text: string, line: number): AsRelItem {
  const f = text.split('|');
  if (f.length !== 3 && f.length !== 4) throw new Error(`line: ${f.length} fields, expected a|b|rel or a|b|rel|source`);
  const a = asn(f[0]!, 'as1');
  const b = asn(f[1]!, 'as2');
  const sources = f[3] === undefined || f[3] === '' ? [] : f[3].split(',');
  if (f[2] === '-1') return { kind: 'transit', provider: a, customer: b, sources, line };
  if (f[2] === '0') return { kind: 'peering', peerA: a, peerB: b, sources, line };
  throw new Error(`rel: not -1 (provider-customer) or 0 (peers): ${JSON.stringify(f[2])}`);
}

export async function* readAsRelationships(file: string, options: ReadLinesOptions = {}): AsyncGenerator<AsRelItem> {
  for await (const { text, line } of readLines(file, options)) {
    const t = text.trim();
    if (t === '') continue;
    try {
      const item = t.startsWith('#') ? commentOf(t, line) : relationOf(t, line);
      if (item !== undefined) yield item;
    } catch (e) {
      yield lineProblem(line, errorText(e));
    }
  }
}
