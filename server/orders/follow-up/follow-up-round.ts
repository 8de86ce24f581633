// One follow-up round: every URL of every open order is resolved again with the resolve machinery
// (DNS, registry and routing only: never the content, never the host's web ports), then its chain
// now is compared with the order: a move to another hoster, a name that stopped resolving or
// resolves again is a finding on the order, with the answers it rests on. A failed or throttled
// lookup is recorded as "not answered" (what was asked, when, why) and concludes nothing.
import { randomUUID } from 'node:crypto';
import type { ImportDeps, ImportResult } from '../../../importers/core/run-import.ts';
import { ResolveMemo } from '../../../importers/resolve/resolve-memo.ts';
import { resolveUrl, type UrlResolution } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { withRoles } from '../../chain/chain-report.ts';
import { findChainForUrl } from '../../queries/chain.ts';
import { ANSWER_STATES, compareFollowUp, type Before, type Change, type Now } from './follow-up-compare.ts';
import { CREATE_FINDING, OPEN_ORDERS, RECORD_CHECK } from './follow-up-cypher.ts';
import type { GraphDb } from '../../db/driver.ts';

export interface FollowUpDeps extends ImportDeps {
  bulkMaxAgeMs?: number | undefined;
}

interface OpenOrder {
  orderId: string;
  sentAt: string | null;
  addresseeKey: string;
  addresseeName: string;
  urls: { url: string; state: string | null; hosterKey: string | null }[];
}

export interface RoundFinding extends Change {
  orderId: string;
  url: string;
  at: string;
  evidenceIds: string[];
}

export interface FollowUpRound {
  at: string;
  orders: number;
  urls: number;
  answered: number;
  /** URLs whose lookup failed or was throttled: nothing concluded, asked again next round. */
  notAnswered: { orderId: string; url: string; asked: string }[];
  findings: RoundFinding[];
}

/** Orders followed in one round at most: more wait for the next round (oldest sent first). */
const MAX_ORDERS = 2000;

export async function runFollowUpRound(deps: FollowUpDeps, opts: { orderId?: string | undefined } = {}): Promise<FollowUpRound> {
  const at = deps.io.now();
  const orders = await deps.db.read<OpenOrder>(OPEN_ORDERS, { orderId: opts.orderId ?? null, limit: MAX_ORDERS });
  const round: FollowUpRound = { at: at.toISOString(), orders: orders.length, urls: 0, answered: 0, notAnswered: [], findings: [] };
  // A URL on several open orders is asked once per round; URLs on one host share its answers.
  const memo = new ResolveMemo();
  const asked = new Map<string, Promise<UrlResolution>>();
  const list = `follow-up ${round.at}`;
  for (const o of orders) {
    for (const [i, u] of o.urls.entries()) {
      let r = asked.get(u.url);
      if (r === undefined) asked.set(u.url, (r = resolveUrl({ url: normalizeUrl(u.url), list, line: i + 1, input: u.url }, { ...deps, memo, ...(deps.bulkMaxAgeMs === undefined ? {} : { bulkMaxAgeMs: deps.bulkMaxAgeMs }) })));
      round.urls += 1;
      await followOne(deps.db, o, u, await r, round);
    }
  }
  return round;
}

async function followOne(db: GraphDb, o: OpenOrder, u: OpenOrder['urls'][number], r: UrlResolution, round: FollowUpRound): Promise<void> {
  const now = await stateNow(db, u.url, r);
  const sending = await stateAt(db, u.url, o.sentAt);
  const before: Before = { state: u.state ?? sending.state, hosterKey: u.hosterKey ?? sending.hosters[0]?.key ?? o.addresseeKey };
  const asked = askedText(r, now.answered);
  await db.write(RECORD_CHECK, { orderId: o.orderId, url: u.url, at: round.at, answered: now.answered, asked, state: now.state, hosterKey: now.hosters[0]?.key ?? null });
  if (!now.answered) {
    round.notAnswered.push({ orderId: o.orderId, url: u.url, asked });
    return;
  }
  round.answered += 1;
  const change = compareFollowUp(before, now, { addresseeKey: o.addresseeKey, hostersAtSending: sending.hosters.map((h) => h.key) });
  if (change === undefined) return;
  const finding: RoundFinding = { ...change, orderId: o.orderId, url: u.url, at: round.at, evidenceIds: [...dnsEvidence(r), ...now.evidenceIds] };
  const fromName = change.fromParty === o.addresseeKey ? o.addresseeName : (sending.hosters.find((h) => h.key === change.fromParty)?.name ?? change.fromParty);
  await db.write(CREATE_FINDING, { ...finding, id: `fu-${randomUUID()}`, fromName, state: change.kind === 'stopped-resolving' ? now.state : null, evidenceIds: [...new Set(finding.evidenceIds)] });
  round.findings.push(finding);
}

type Hosters = { state: string; hosters: { key: string; name: string }[]; evidenceIds: string[] };

/** The chain the graph holds now, after this round's answers: who hosts the URL's addresses. */
async function stateNow(db: GraphDb, url: string, r: UrlResolution): Promise<Now & { evidenceIds: string[] }> {
  if (r.noAddressState !== undefined) {
    return { answered: ANSWER_STATES.has(r.noAddressState), state: r.noAddressState, hosters: [], evidenceIds: [] };
  }
  const h = await stateAt(db, url, null);
  return { answered: true, ...h, state: 'resolving' };
}

/** Who hosted the URL at a moment (null: now), from the dated facts. */
async function stateAt(db: GraphDb, url: string, at: string | null): Promise<Hosters> {
  const chain = await findChainForUrl(db, url, at === null ? {} : { at: new Date(at) });
  if (chain === undefined || chain.addresses.length === 0) return { state: chain?.dnsStates[0]?.state ?? 'resolving', hosters: [], evidenceIds: [] };
  const hosters = new Map<string, { key: string; name: string }>();
  const evidenceIds: string[] = [];
  for (const a of withRoles(chain).addresses) {
    if (a.hoster === undefined) continue;
    hosters.set(a.hoster.key, { key: a.hoster.key, name: a.hoster.name });
    evidenceIds.push(...a.hoster.evidenceIds);
  }
  return { state: 'resolving', hosters: [...hosters.values()], evidenceIds };
}

/** The DNS answers of the host name this round (A and AAAA): what the finding first rests on. */
function dnsEvidence(r: UrlResolution): string[] {
  return r.evidence.filter((e) => e.raw.source === 'dns' && / (A|AAAA)$/.test(e.raw.query)).map((e) => e.evidenceId);
}

/** "DNS A shop.example at 127.0.0.1:53 (TIMEOUT)": what was asked, and why it was not answered. */
function askedText(r: UrlResolution, answered: boolean): string {
  const dns = r.evidence.filter((e: ImportResult) => e.raw.source === 'dns' && / (A|AAAA)$/.test(e.raw.query));
  const parts = dns.map((e) => `DNS ${e.raw.query} at ${e.raw.serverAddress}${e.status === 'failed' ? ` (${e.raw.error ?? 'failed'})` : ''}`);
  const text = parts.length > 0 ? parts.join('; ') : `DNS of ${r.url}`;
  return answered ? text : `${text}: not answered (${r.noAddressState ?? 'failed'}); nothing is concluded from it`;
}
