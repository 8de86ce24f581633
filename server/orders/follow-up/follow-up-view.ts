// The follow-up of an order as the API and the page read it: when it was last checked, what was
// found (in words, with the evidence), the URLs whose last lookup was not answered, and, after a
// move, the new order the addressee suggestion proposes to the new hoster.
import type { GraphDb } from '../../db/driver.ts';
import { suggestAddressees } from '../../queries/addressees.ts';
import type { Instrument, Material, RuleTable } from '../../rules/rule-table.ts';
import type { OrderView } from '../orders.ts';
import { FOLLOW_UP_OF_ORDERS } from './follow-up-cypher.ts';

export interface FindingView {
  id: string;
  url: string;
  kind: 'moved' | 'stopped-resolving' | 'resolves-again';
  at: string;
  fromParty: string | null;
  toParty: string | null;
  fromName: string | null;
  toName: string | null;
  state: string | null;
  evidenceIds: string[];
}

export interface CheckView {
  url: string;
  at: string;
  answered: boolean;
  asked: string | null;
  state: string | null;
}

export interface FollowUpView {
  orderId: string;
  lastCheckedAt: string | null;
  findings: FindingView[];
  checks: CheckView[];
}

export interface SuggestedNewOrder {
  instrument: Instrument;
  addresseeKey: string;
  addresseeName: string;
  urls: string[];
  /** The rule whose suggestion it follows; null when the rules propose nothing for the new hoster (then a reason is needed to draft). */
  ruleId: string | null;
}

export async function followUpOf(db: GraphDb, ids: readonly string[]): Promise<Map<string, FollowUpView>> {
  const rows = await db.read<FollowUpView>(FOLLOW_UP_OF_ORDERS, { ids, limit: ids.length });
  return new Map(rows.map((r) => [r.orderId, r]));
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** "2026-11-20 10:00 UTC" */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** A finding in words, as legal staff read it in the order panel and in the enforcement file. */
export function findingWords(f: FindingView): string {
  const ev = f.evidenceIds.length === 0 ? '' : ` (evidence ${f.evidenceIds.join(', ')})`;
  const from = f.fromName ?? f.fromParty ?? 'its hoster';
  if (f.kind === 'moved') return `${hostOf(f.url)} moved from ${from} to ${f.toName ?? f.toParty ?? 'an unknown hoster'} on ${when(f.at)}${ev}`;
  if (f.kind === 'stopped-resolving') return `${hostOf(f.url)} stopped resolving on ${when(f.at)}: ${f.state === 'NODATA' ? 'the name exists but gives no address (NODATA)' : 'the name does not exist (NXDOMAIN)'}${ev}`;
  return `${hostOf(f.url)} resolves again on ${when(f.at)}${f.toName ? `, at ${f.toName}` : ''}${ev}`;
}

/** The URLs whose latest finding is a move to the same hoster, newest move first. */
function latestMoves(findings: FindingView[]): Map<string, { name: string; urls: string[]; at: string }> {
  const last = new Map<string, FindingView>();
  for (const f of findings) last.set(f.url, f);
  const byParty = new Map<string, { name: string; urls: string[]; at: string }>();
  for (const f of [...last.values()].sort((a, b) => b.at.localeCompare(a.at))) {
    if (f.kind !== 'moved' || f.toParty === null) continue;
    const g = byParty.get(f.toParty) ?? { name: f.toName ?? f.toParty, urls: [], at: f.at };
    g.urls.push(f.url);
    byParty.set(f.toParty, g);
  }
  return byParty;
}

/** After a move: a new order to the new hoster for the URLs that moved there, as the rules suggest it. */
export async function suggestNewOrder(db: GraphDb, rules: RuleTable, order: OrderView, follow: FollowUpView): Promise<SuggestedNewOrder | null> {
  const [first] = latestMoves(follow.findings);
  if (first === undefined) return null;
  const [toParty, moved] = first;
  const material = (order.material ?? 'terrorist') as Material;
  const answer = await suggestAddressees(db, rules, { urls: moved.urls, material, homeCountry: order.authorityCountry ?? 'NL' });
  const groups = answer.groups.filter((g) => g.addressee.key === toParty);
  const group = groups.find((g) => g.instrument === order.instrument) ?? groups[0];
  if (group === undefined) return { instrument: order.instrument as Instrument, addresseeKey: toParty, addresseeName: moved.name, urls: moved.urls, ruleId: null };
  return { instrument: group.instrument, addresseeKey: toParty, addresseeName: group.addressee.name, urls: group.urls.filter((u) => moved.urls.includes(u)), ruleId: group.reasons[0]?.ruleId ?? null };
}
