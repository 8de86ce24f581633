// The evidence pack of an order: everything legal staff need to defend the choice of addressee
// months later, in one JSON document. For each URL its chain with every party and the evidence
// ids; for each cited answer its source, server, address contacted, query, time, SHA-256 and an
// excerpt of the raw bytes; and the suggestion's reasons. Deterministic: nothing in it depends
// on when it is built, keys are written in a fixed order and lists are sorted, so the same order
// on the same graph gives the same bytes (and the same SHA-256, printed on every page).
import { createHash } from 'node:crypto';
import { withRoles, type ChainReport } from '../chain/chain-report.ts';
import type { GraphDb } from '../db/driver.ts';
import { getOrder, type OrderView } from '../orders/orders.ts';
import { findChainForUrl, type ChainCache } from '../queries/chain.ts';
import { addressViews } from '../rules/chain-parties.ts';
import type { RuleTable } from '../rules/rule-table.ts';
import { groupProposals } from '../rules/suggest.ts';
import { readEvidence, type StoredEvidence } from '../queries/evidence.ts';
import { digText } from './dns-text.ts';

export const PACK_FORMAT = 'hostchain-evidence-pack/1';
/** Bytes of each raw answer quoted in the pack; the SHA-256 covers the whole answer. */
export const EXCERPT_BYTES = 2048;

/** A cited answer in the pack: the stored evidence without its bytes, error and transport notes, plus an excerpt. */
export interface PackEvidence extends Omit<StoredEvidence, 'raw' | 'error' | 'meta'> {
  /** The start of the raw answer as text (UTF-8, invalid bytes replaced); null for bulk files kept by path and for binary DNS answers. */
  excerpt: string | null;
  excerptBytes: number;
  /** A DNS answer decoded as `dig` prints it. */
  decoded: string | null;
  /** A DNS answer's whole wire bytes, base64: `base64 -d | sha256sum` gives the sha256 above. */
  rawBase64: string | null;
}

export interface EvidencePack {
  format: string;
  order: OrderView;
  urls: { url: string; chain: ChainReport | null }[];
  reasons: { ruleId: string; url: string; address: string; text: string; evidenceIds: string[] }[];
  /** What the legal staff must also do for this addressee: notify another member state's authority, note a missing EU representative. */
  flags: { flag: string; ruleId: string; party: string; url: string; text: string; evidenceIds: string[] }[];
  evidence: PackEvidence[];
}

function evidenceIdsOf(chain: ChainReport): string[] {
  const ids: (string | null)[] = [...chain.dnsStates.map((s) => s.evidenceId), ...(chain.domain?.states.map((s) => s.evidenceId) ?? [])];
  for (const a of chain.addresses) {
    ids.push(a.evidenceId, ...a.blocks.map((b) => b.evidenceId), ...a.origins.map((o) => o.evidenceId), ...a.cdn.map((c) => c.evidenceId), ...(a.hoster?.evidenceIds ?? []));
  }
  // The last known chain is what an order to the hoster of record rests on.
  if (chain.lastKnown !== undefined) ids.push(...evidenceIdsOf(chain.lastKnown.chain));
  return ids.filter((i): i is string => typeof i === 'string');
}

export async function buildEvidencePack(db: GraphDb, table: RuleTable, orderId: string): Promise<EvidencePack | undefined> {
  const order = await getOrder(db, orderId);
  if (order === undefined) return undefined;
  const urls: EvidencePack['urls'] = [];
  const hosts: ChainCache = new Map();
  for (const { url } of order.urls) {
    const chain = await findChainForUrl(db, url, { cache: hosts });
    urls.push({ url, chain: chain === undefined ? null : withRoles(chain) });
  }
  // The suggestion's reasons for this addressee, as the rules give them on the current chains.
  const views = urls.flatMap((u) => (u.chain === null ? [] : addressViews(u.chain)));
  const material = order.material === 'csam' ? 'csam' : 'terrorist';
  const groups = groupProposals(views, { table, material, homeCountry: order.authorityCountry ?? 'NL', dedicatedDomains: new Set(), unanswered: () => 0 });
  const mine = groups.filter((g) => g.addressee.key === order.addresseeKey);
  // An order drafted against the suggestion stands on its override reason, not on the rules' text.
  const reasons = order.overrideReason !== null
    ? order.urls.map(({ url }) => ({ ruleId: 'override', url, address: '', text: `Chosen against the suggestion by ${order.createdBy}: ${order.overrideReason}`, evidenceIds: [] as string[] }))
    : mine.flatMap((g) => g.reasons).sort((a, b) => a.url.localeCompare(b.url) || a.ruleId.localeCompare(b.ruleId));
  const flagRows = mine.flatMap((g) => g.flags).map((f) => ({ flag: f.flag, ruleId: f.ruleId, party: f.party.name, url: f.reason.url, text: f.reason.text, evidenceIds: f.reason.evidenceIds }));
  const flags = [...new Map(flagRows.map((f) => [`${f.flag} ${f.party} ${f.url}`, f])).values()].sort((a, b) => a.url.localeCompare(b.url) || a.flag.localeCompare(b.flag));
  const ids = [...new Set([...urls.flatMap((u) => (u.chain === null ? [] : evidenceIdsOf(u.chain))), ...reasons.flatMap((r) => r.evidenceIds)])].sort();
  const evidence = (await readEvidence(db, ids)).map(({ raw, error: _error, meta: _meta, ...e }): PackEvidence => {
    const live = raw !== null && e.rawPath === null;
    // DNS answers are binary: decoded for the eye, whole in base64 for the hash.
    if (live && e.source === 'dns') return { ...e, excerpt: null, excerptBytes: 0, decoded: digText(raw), rawBase64: raw.toString('base64') };
    const cut = live ? raw.subarray(0, EXCERPT_BYTES) : undefined;
    return { ...e, excerpt: cut === undefined ? null : cut.toString('utf8'), excerptBytes: cut?.length ?? 0, decoded: null, rawBase64: null };
  });
  return { format: PACK_FORMAT, order, urls, reasons, flags, evidence };
}

/** The pack as bytes: JSON with two-space indents and a final newline. */
export function packBytes(pack: EvidencePack): Buffer {
  return Buffer.from(`${JSON.stringify(pack, null, 2)}\n`, 'utf8');
}

export const packSha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
