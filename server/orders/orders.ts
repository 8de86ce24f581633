// Orders and demands: drafted from a suggestion group (or against it, with a recorded reason),
// moved through their statuses with time and author, removals recorded per URL. A removal after
// the deadline makes the order late; compliance feeds the party's record (PARTY_RECORDS), which
// the addressee rules read.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../db/driver.ts';
import type { Instrument, Material, RuleTable } from '../rules/rule-table.ts';
import { CHANGE_STATUS, CREATE_ORDER, MARK_REMOVED, ORDERS_BY_ID, ORDER_STATUS, PARTY_RECORDS, RECORD_FEEDBACK, SAME_OPEN_ORDERS } from './order-cypher.ts';
import { checkTransition, OrderError, type OrderStatus } from './order-status.ts';
import type { Channel, ContentForm, Outcome, Target, TcoGround } from './order-terms.ts';

export interface DraftOrder {
  instrument: Instrument;
  addresseeKey: string;
  urls: string[];
  material: Material;
  caseId?: string | undefined;
  /** The suggestion it follows; without one (or against it) a reason is required. */
  suggestedRuleId?: string | undefined;
  overrideReason?: string | undefined;
  note?: string | undefined;
  /** The authority's member state (config authority.country), kept with the order. */
  authorityCountry: string;
  /** Draft even when an open order to the same addressee with the same instrument covers one of the URLs. */
  allowDuplicate?: boolean | undefined;
  /** A TCO removal order's reasons: which kinds of terrorist content (Article 2(7)) the material is. */
  tcoGrounds?: TcoGround[] | undefined;
  /** What identifies the content beyond its URLs (title, file name, timestamp in a video, …). */
  contentDescription?: string | undefined;
  /** Article 11(3): the provider must not tell the content provider (for as long as the order says). */
  confidential?: boolean | undefined;
}

export interface OrderView {
  id: string;
  instrument: string;
  status: OrderStatus;
  material: string | null;
  legalBasis: string | null;
  deadlineHours: number | null;
  deadline: string | null;
  sentAt: string | null;
  caseId: string | null;
  createdAt: string;
  createdBy: string;
  suggestedRuleId: string | null;
  overrideReason: string | null;
  /** The authority's member state when the order was drafted: its reasons are read against it. */
  authorityCountry: string | null;
  tcoGrounds: TcoGround[];
  contentDescription: string | null;
  confidential: boolean;
  /** How it was sent (set with the status sent). */
  channel: Channel | null;
  /** The sent e-mail kept as evidence (source smtp), when sent by e-mail. */
  sentMessageEvidenceId: string | null;
  /** The provider's answer (Annex II / III), when recorded. */
  outcome: Outcome | null;
  outcomeAt: string | null;
  outcomeReason: string | null;
  contentForm: ContentForm | null;
  target: Target | null;
  addresseeKey: string;
  addresseeName: string;
  addresseeCountry: string | null;
  urls: { url: string; removedAt: string | null }[];
  events: { status: string; at: string; by: string; note: string | null }[];
}

export interface PartyRecord {
  received: number;
  compliedInTime: number;
  late: number;
  notComplied: number;
  /** URLs removed under its orders that came back online (reported again, or covered by a later order). */
  reUploads: number;
}

interface Actor {
  by: string;
  at: Date;
}

export interface Sending {
  channel: Channel;
  /** The kept message, when sent by e-mail. */
  messageEvidenceId?: string | undefined;
  note?: string | undefined;
}

export interface ProviderFeedback {
  outcome: Outcome;
  /** When the provider says it acted (or answered it could not). */
  at: Date;
  contentForm?: ContentForm | undefined;
  target?: Target | undefined;
  /** Why it could not be executed (required with not-executed), or any note. */
  reason?: string | undefined;
}

export async function draftOrder(db: GraphDb, table: RuleTable, d: DraftOrder, actor: Actor): Promise<OrderView> {
  if (d.urls.length === 0) throw new OrderError('NO_URLS', 'an order covers at least one URL');
  if (d.suggestedRuleId === undefined && (d.overrideReason ?? '').trim() === '') {
    throw new OrderError('OVERRIDE_WITHOUT_REASON', 'an order that does not follow a suggestion needs the reason for choosing this addressee and instrument (overrideReason)');
  }
  await refuseDuplicate(db, d);
  const removal = d.instrument === 'removal-order';
  const material = table.materials[d.material];
  const rule = table.rules.find((r) => r.id === d.suggestedRuleId);
  const legalBasis = removal ? material.legalBasis : rule !== undefined && 'legalBasis' in rule ? (rule.legalBasis ?? null) : null;
  const id = `ord-${randomUUID()}`;
  await db.write(CREATE_ORDER, {
    id, eventId: randomUUID(), instrument: d.instrument, material: d.material, legalBasis, deadlineHours: removal ? material.deadlineHours : null,
    caseId: d.caseId ?? null, at: actor.at.toISOString(), by: actor.by, suggestedRuleId: d.suggestedRuleId ?? null, overrideReason: d.overrideReason ?? null,
    note: d.note ?? null, addresseeKey: d.addresseeKey, urls: d.urls, authorityCountry: d.authorityCountry,
    tcoGrounds: d.tcoGrounds ?? [], contentDescription: d.contentDescription ?? null, confidential: d.confidential ?? false,
  });
  // Nothing is created when the addressee is unknown: the order is not there to read back.
  const order = await getOrder(db, id);
  if (order === undefined) throw new OrderError('NO_ADDRESSEE', `no organisation or block with key ${d.addresseeKey}`);
  return order;
}

/** "Accept and draft" twice for one group must not silently make a second order for the same URLs. */
async function refuseDuplicate(db: GraphDb, d: DraftOrder): Promise<void> {
  if (d.allowDuplicate === true) return;
  const same = await db.read<{ id: string; createdAt: string; status: string }>(SAME_OPEN_ORDERS, { instrument: d.instrument, addresseeKey: d.addresseeKey, urls: d.urls, limit: 5 });
  if (same.length === 0) return;
  const list = same.map((o) => `${o.id} (${o.status}, drafted ${o.createdAt})`).join(', ');
  throw new OrderError('DUPLICATE', `an open ${d.instrument} to this addressee already covers some of these URLs: ${list}; draft again only if a second order is meant (allowDuplicate)`);
}

export async function getOrder(db: GraphDb, id: string): Promise<OrderView | undefined> {
  const [o] = await getOrders(db, [id]);
  return o;
}

/** The orders of these ids that exist, in no particular order. */
export function getOrders(db: GraphDb, ids: readonly string[]): Promise<OrderView[]> {
  return db.read<OrderView>(ORDERS_BY_ID, { ids, limit: ids.length });
}

export async function changeOrderStatus(db: GraphDb, id: string, to: OrderStatus, actor: Actor & { note?: string | undefined; sending?: Sending | undefined }): Promise<OrderView> {
  const [cur] = await db.read<{ status: OrderStatus }>(ORDER_STATUS, { id });
  if (cur === undefined) throw new OrderError('NOT_FOUND', `no order ${id}`);
  checkTransition(cur.status, to);
  // A status change to sent without saying how records the channel as other.
  const channel = to === 'sent' ? (actor.sending?.channel ?? 'other') : null;
  await db.write(CHANGE_STATUS, {
    id, status: to, at: actor.at.toISOString(), by: actor.by, note: actor.note ?? actor.sending?.note ?? null, eventId: randomUUID(),
    channel, messageEvidenceId: actor.sending?.messageEvidenceId ?? null,
  });
  return (await getOrder(db, id))!;
}

/** Records that the order was sent, how and when: its deadline runs from `at`. */
export function recordSending(db: GraphDb, id: string, sending: Sending, actor: Actor): Promise<OrderView> {
  return changeOrderStatus(db, id, 'sent', { ...actor, sending, note: sending.note ?? `sent by ${sending.channel}` });
}

/**
 * Records the provider's answer. Content gone (removed, disabled, not established which) marks the
 * URLs not yet seen removed as removed at the answer's time and completes the order, late when
 * after its deadline; not-executed makes it not-complied, with the provider's reason.
 */
export async function recordFeedback(db: GraphDb, id: string, f: ProviderFeedback, actor: Actor): Promise<OrderView> {
  const [cur] = await db.read<{ status: OrderStatus }>(ORDER_STATUS, { id });
  if (cur === undefined) throw new OrderError('NOT_FOUND', `no order ${id}`);
  if (cur.status === 'drafted' || cur.status === 'withdrawn') throw new OrderError('BAD_TRANSITION', `an order that is ${cur.status} has no provider answer to record: it was not sent`);
  const reason = (f.reason ?? '').trim();
  if (f.outcome === 'not-executed' && reason === '') throw new OrderError('NO_REASON', 'an order the provider could not execute needs the reason it gave (Annex III)');
  const gone = f.outcome !== 'not-executed';
  const [r] = await db.write<{ status: OrderStatus; deadline: string | null }>(RECORD_FEEDBACK, {
    id, outcome: f.outcome, at: f.at.toISOString(), reason: reason === '' ? null : reason, contentForm: f.contentForm ?? null, target: f.target ?? null, gone,
  });
  const at = { by: actor.by, at: f.at };
  if (gone && r !== undefined && !['complied', 'withdrawn'].includes(r.status)) {
    const late = r.deadline !== null && f.at.getTime() > new Date(r.deadline).getTime();
    if (late && r.status !== 'late') await changeOrderStatus(db, id, 'late', { ...at, note: `the provider acted after the deadline ${r.deadline}` });
    await changeOrderStatus(db, id, 'complied', { ...at, note: `provider: ${f.outcome}${late ? ', late' : ', in time'}` });
  } else if (!gone && r !== undefined && r.status !== 'not-complied' && r.status !== 'complied') {
    await changeOrderStatus(db, id, 'not-complied', { ...at, note: `provider could not execute: ${reason}` });
  }
  return (await getOrder(db, id))!;
}

/** Records one URL as removed; when all are, the order is complied (or late, after its deadline). */
export async function recordRemoval(db: GraphDb, id: string, url: string, actor: Actor): Promise<OrderView> {
  const [r] = await db.write<{ covered: number; removed: number; deadline: string | null; status: OrderStatus }>(MARK_REMOVED, { id, url, at: actor.at.toISOString() });
  if (r === undefined) throw new OrderError('NOT_FOUND', `order ${id} does not cover ${url}`);
  if (Number(r.removed) === Number(r.covered) && !['complied', 'withdrawn'].includes(r.status)) {
    const late = r.deadline !== null && actor.at.getTime() > new Date(r.deadline).getTime();
    if (late && r.status !== 'late') await changeOrderStatus(db, id, 'late', { ...actor, note: `all URLs removed after the deadline ${r.deadline}` });
    await changeOrderStatus(db, id, 'complied', { ...actor, note: late ? 'complied late' : 'all URLs removed in time' });
  }
  return (await getOrder(db, id))!;
}

export async function partyRecord(db: GraphDb, key: string): Promise<PartyRecord> {
  return (await partyRecords(db, [key])).get(key)!;
}

/** The record of each key (all zero for a party that received nothing), in one statement. */
export async function partyRecords(db: GraphDb, keys: readonly string[]): Promise<Map<string, PartyRecord>> {
  const rows = await db.read<PartyRecord & { key: string }>(PARTY_RECORDS, { keys });
  const found = new Map(rows.map((r) => [r.key, r]));
  return new Map(keys.map((k) => {
    const r = found.get(k);
    return [k, { received: Number(r?.received ?? 0), compliedInTime: Number(r?.compliedInTime ?? 0), late: Number(r?.late ?? 0), notComplied: Number(r?.notComplied ?? 0), reUploads: Number(r?.reUploads ?? 0) }];
  }));
}
