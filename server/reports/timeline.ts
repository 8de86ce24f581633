// Every dated chain fact reachable from a set of hosts, loaded once for a report: host names to
// CNAME targets and addresses, addresses to blocks and routes, blocks up to the top of their
// hierarchy, holders of blocks and origin ASes. Intervals open and ended alike: the report asks
// what was in force at each notice's time, not what holds today.
import type { GraphDb } from '../db/driver.ts';
import { findAddressEdges, findAsHolders, findBlockEdges, findNameEdges, type AddressEdge, type AsHolderEdge, type Interval, type NameEdge } from '../queries/hosters-timeline.ts';

export interface HolderEdge extends Interval { key: string; name: string | null; country: string | null; registry: string | null }
export interface BlockInfo { status: string | null; country: string | null; within: (Interval & { to: string })[]; holders: HolderEdge[] }

export interface Timeline {
  names: Map<string, NameEdge[]>;
  addresses: Map<string, AddressEdge[]>;
  blocks: Map<string, BlockInfo>;
  asHolders: Map<number, AsHolderEdge[]>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
}

export async function loadTimeline(db: GraphDb, hosts: { host: string; isIp: boolean }[]): Promise<Timeline> {
  const t: Timeline = { names: new Map(), addresses: new Map(), blocks: new Map(), asHolders: new Map() };
  const ips = new Set(hosts.filter((h) => h.isIp).map((h) => h.host));
  let names = [...new Set(hosts.filter((h) => !h.isIp).map((h) => h.host))];
  // CNAME chains: a round per alias level, until no new name is named.
  for (let depth = 0; names.length > 0 && depth < 16; depth += 1) {
    for (const n of names) t.names.set(n, []);
    const next = new Set<string>();
    for (const e of await findNameEdges(db, names)) {
      push(t.names, e.from, e);
      if (!e.alias) ips.add(e.to);
      else if (!t.names.has(e.to)) next.add(e.to);
    }
    names = [...next];
  }
  const asns = new Set<number>();
  let blockKeys = new Set<string>();
  for (const e of await findAddressEdges(db, [...ips])) {
    push(t.addresses, e.from, e);
    if (!e.route) blockKeys.add(e.to);
    if (e.asn !== null) asns.add(e.asn);
  }
  for (let depth = 0; blockKeys.size > 0 && depth < 16; depth += 1) {
    const next = new Set<string>();
    for (const row of await findBlockEdges(db, [...blockKeys])) {
      const b = t.blocks.get(row.key) ?? { status: row.status, country: row.country, within: [], holders: [] };
      t.blocks.set(row.key, b);
      if (row.type === null || row.to === null || row.start === null) continue;
      if (row.type === 'WITHIN') {
        b.within.push({ to: row.to, start: row.start, end: row.end });
        if (!t.blocks.has(row.to) && !blockKeys.has(row.to)) next.add(row.to);
      } else b.holders.push({ key: row.to, name: row.name, country: row.toCountry, registry: row.registry, start: row.start, end: row.end });
    }
    blockKeys = next;
  }
  for (const h of await findAsHolders(db, [...asns])) push(t.asHolders, h.asn, h);
  return t;
}
