// Turns UrlChain answers into canvas elements: URL → host names (CNAME chain) → IPs → netblocks
// (inside their holder, a compound party node) → origin AS → transit; domain, registrar and name
// servers beside. Elements of several URLs merge by id, so a case shows shared parties once.
// Only the chain at one moment is drawn (a last known chain is one too).
import type { ChainAddress, ChainBlock, ChainAt as UrlChain } from '../api/chain.ts';
import { euState, nodeId, type EdgeData, type EuState, type NodeData } from './node-data.ts';

export interface GraphParts {
  nodes: Map<string, NodeData>;
  edges: Map<string, EdgeData>;
}

export function emptyParts(): GraphParts {
  return { nodes: new Map(), edges: new Map() };
}

function addNode(g: GraphParts, n: NodeData): string {
  const old = g.nodes.get(n.id);
  g.nodes.set(n.id, old === undefined ? n : { ...n, ...old, cdn: old.cdn ?? n.cdn, parent: old.parent ?? n.parent });
  return n.id;
}

function addEdge(g: GraphParts, e: Omit<EdgeData, 'id'>): void {
  const id = `${e.type}:${e.source}->${e.target}`;
  if (!g.edges.has(id)) g.edges.set(id, { id, ...e });
}

// A label longer than this is cut in the middle ("https://www.shop.exa…/upload/4.mp4"): the start
// names the site, the end the item; the whole text is in the side panel and the chain card.
const CAPTION_CHARS = 36;

export function shortenMiddle(text: string, max = CAPTION_CHARS): string {
  if (text.length <= max) return text;
  const tail = Math.floor((max - 1) / 3);
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`;
}

function blockCaption(b: ChainBlock): string {
  const range = b.prefixLength === null ? `${b.start} – ${b.end}` : `${b.start}/${b.prefixLength}`;
  return [range, shortenMiddle(b.name ?? ''), b.status ?? ''].filter((s) => s !== '').join('\n');
}

function partyCaption(p: { name: string; role: string; country: string | null | undefined; eu: EuState; cdn?: boolean }): string {
  const flags = [p.country ?? '??', p.eu === 'non-eu' ? 'outside EU' : '', p.cdn ? 'CDN' : ''].filter((s) => s !== '').join(' · ');
  return `${shortenMiddle(p.name)}\n${p.role} · ${flags}`;
}

function addParty(g: GraphParts, p: { key: string; name: string; role: string; country: string | null; cdn?: boolean }): string {
  return addNode(g, {
    id: nodeId('Organization', p.key), kind: 'Organization', label: 'Organization', key: p.key, name: p.name,
    caption: partyCaption({ ...p, eu: euState(p.country) }), role: p.role, country: p.country ?? undefined, eu: euState(p.country), ...(p.cdn ? { cdn: 'yes' as const } : {}),
  });
}

function addBlocks(g: GraphParts, ipId: string, a: ChainAddress): string {
  let previous = ipId;
  a.blocks.forEach((b, i) => {
    const parent = b.holderKey === null ? undefined : addParty(g, { key: b.holderKey, name: b.holder ?? b.holderKey, role: b.role, country: b.country });
    const id = addNode(g, {
      id: nodeId('Netblock', b.key), kind: 'Netblock', label: 'Netblock', key: b.key, name: b.name ?? b.start, caption: blockCaption(b),
      role: b.role, country: b.country ?? undefined, ...(b.countryFrom === null ? {} : { countryFrom: b.countryFrom }), eu: euState(b.country), evidenceId: b.evidenceId ?? undefined, parent, detail: b.handle ?? undefined,
    });
    addEdge(g, { source: previous, target: id, type: i === 0 ? 'IN_NETBLOCK' : 'WITHIN', evidenceId: b.evidenceId ?? undefined });
    previous = id;
  });
  return previous;
}

function addAddress(g: GraphParts, hostId: string, a: ChainAddress): void {
  const ipId = addNode(g, {
    id: nodeId('IpAddress', a.address), kind: 'IpAddress', label: 'IpAddress', key: a.address, name: a.address,
    caption: a.cdn.length > 0 ? `${a.address}\nCDN-fronted` : a.address, evidenceId: a.evidenceId ?? undefined, ...(a.cdn.length > 0 ? { cdn: 'yes' as const } : {}),
  });
  addEdge(g, { source: hostId, target: ipId, type: 'RESOLVES_TO', caption: a.recordType ?? undefined, evidenceId: a.evidenceId ?? undefined });
  for (const c of a.cdn) {
    const cdnId = addParty(g, { key: c.operatorKey ?? `cdn:${c.provider}`, name: c.provider, role: 'cdn', country: null, cdn: true });
    addEdge(g, { source: ipId, target: cdnId, type: 'IN_CDN_RANGE', caption: c.cidr, evidenceId: c.evidenceId ?? undefined });
  }
  const top = addBlocks(g, ipId, a);
  for (const o of a.origins) {
    const asId = addNode(g, {
      id: nodeId('AutonomousSystem', String(o.asn)), kind: 'AutonomousSystem', label: 'AutonomousSystem', key: String(o.asn), name: `AS${o.asn}`,
      caption: `AS${o.asn}${o.name ? `\n${o.name}` : ''}\norigin · ${o.country ?? '??'}`, role: 'origin', country: o.country ?? undefined, eu: euState(o.country), evidenceId: o.evidenceId ?? undefined,
    });
    addEdge(g, { source: top, target: asId, type: 'ORIGINATED_BY', caption: o.prefix, evidenceId: o.evidenceId ?? undefined });
    for (const t of o.transitProviders) {
      const tId = addNode(g, { id: nodeId('AutonomousSystem', String(t.asn)), kind: 'AutonomousSystem', label: 'AutonomousSystem', key: String(t.asn), name: `AS${t.asn}`, caption: `AS${t.asn}${t.name ? `\n${t.name}` : ''}\ntransit`, role: 'transit' });
      addEdge(g, { source: asId, target: tId, type: 'BUYS_TRANSIT_FROM' });
    }
  }
}

function addDomain(g: GraphParts, hostId: string, chain: UrlChain): void {
  const d = chain.domain;
  if (d === null) return;
  const domainId = addNode(g, { id: nodeId('Domain', d.domain), kind: 'Domain', label: 'Domain', key: d.domain, name: d.domain, caption: shortenMiddle(d.domain) });
  addEdge(g, { source: hostId, target: domainId, type: 'IN_DOMAIN' });
  if (d.registrar !== null) {
    const regId = addParty(g, { key: d.registrarKey ?? `registrar:${d.registrar}`, name: d.registrar, role: 'registrar', country: null });
    addEdge(g, { source: domainId, target: regId, type: 'REGISTERED_VIA' });
  }
  for (const ns of d.nameservers) {
    const nsId = addNode(g, { id: nodeId('Hostname', ns), kind: 'Hostname', label: 'Hostname', key: ns, name: ns, caption: `${shortenMiddle(ns)}\nname server` });
    addEdge(g, { source: domainId, target: nsId, type: 'DELEGATED_TO' });
  }
}

// The server's judgement of each party wins over the client's country list: EU membership and
// the record of orders come from the same views the addressee rules read.
function applyParties(g: GraphParts, chain: UrlChain): void {
  for (const p of chain.parties ?? []) {
    const n = g.nodes.get(nodeId('Organization', p.key));
    if (n === undefined) continue;
    const eu = p.inEu === null ? 'unknown' : p.inEu ? 'eu' : 'non-eu';
    const r = p.record;
    const record = r.received === 0 ? undefined : `${r.received} received, ${r.compliedInTime} complied in time, ${r.late} late, ${r.notComplied} not complied`;
    const caption = partyCaption({ name: n.name, role: n.role ?? p.role, country: n.country ?? p.country, eu, cdn: n.cdn === 'yes' });
    const from = p.countryFrom ?? undefined;
    g.nodes.set(n.id, { ...n, eu, caption, country: n.country ?? p.country ?? undefined, ...(from === undefined ? {} : { countryFrom: from }), ...(record === undefined ? {} : { record }) });
  }
}

export function addChain(g: GraphParts, chain: UrlChain): void {
  const urlId = addNode(g, { id: nodeId('Url', chain.url), kind: 'Url', label: 'Url', key: chain.url, name: chain.url, caption: shortenMiddle(chain.url) });
  const names = chain.aliases.length > 0 ? chain.aliases : [chain.host];
  let previous = urlId;
  names.forEach((name, i) => {
    const id = addNode(g, { id: nodeId('Hostname', name), kind: 'Hostname', label: 'Hostname', key: name, name, caption: shortenMiddle(name) });
    addEdge(g, { source: previous, target: id, type: i === 0 ? 'ON_HOST' : 'ALIAS_OF' });
    previous = id;
  });
  for (const a of chain.addresses) addAddress(g, previous, a);
  addDomain(g, nodeId('Hostname', names[0]!), chain);
  applyParties(g, chain);
}
