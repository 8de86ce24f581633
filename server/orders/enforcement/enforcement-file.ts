// A party's enforcement file: every order and demand it received (dates, deadline, outcome), the
// deadlines it missed, the material that came back after removal, the demands about the same URLs
// to the parties above it, and what the follow-up found, each with the evidence it rests on. One
// document legal staff attach to a penalty decision (last onder dwangsom, bestuurlijke boete). It
// holds only orders the reader may read (the rest are counted as withheld); the same party, graph
// and reader give the same bytes.
import { createHash } from 'node:crypto';
import type { GraphDb } from '../../db/driver.ts';
import { buildEvidencePack, packBytes, packSha256 } from '../../packs/evidence-pack.ts';
import type { RuleTable } from '../../rules/rule-table.ts';
import { findingWords, followUpOf } from '../follow-up/follow-up-view.ts';
import { lateOrders, type AuthorityNoticeView } from '../late/late-orders.ts';
import { getOrders, type OrderView } from '../orders.ts';
import { DEMANDS_ABOVE, ORDERS_TO_PARTY, PARTY, RE_UPLOADS } from './enforcement-cypher.ts';
import { missedDeadline, type MissedDeadline } from './missed-deadline.ts';

export const ENFORCEMENT_FORMAT = 'hostchain-enforcement-file/1';
const MAX_ORDERS = 5000;

export interface FileOrder {
  order: OrderView;
  /** SHA-256 of the order's evidence pack (JSON), as served at /orders/<id>/evidence-pack.json. */
  evidencePackSha256: string | null;
  followUp: { at: string; kind: string; words: string; evidenceIds: string[] }[];
  authorityNotices: AuthorityNoticeView[];
}

export interface ReUpload {
  orderId: string;
  url: string;
  removedAt: string;
  noticeId: string | null;
  noticeAt: string | null;
  noticeEvidenceId: string | null;
  laterOrderId: string | null;
  laterOrderAt: string | null;
}

export interface EnforcementFile {
  format: string;
  party: { key: string; name: string; country: string | null };
  /** The newest moment the file records (not the time it was made: the same graph gives the same file). */
  asOf: string | null;
  summary: { orders: number; removalOrders: number; demands: number; compliedInTime: number; missedDeadlines: number; notComplied: number; open: number; reUploads: number; demandsAbove: number; followUpFindings: number };
  orders: FileOrder[];
  missedDeadlines: MissedDeadline[];
  reUploads: ReUpload[];
  demandsAbove: OrderView[];
  /** Orders to the party the reader may not read (need-to-know): not in the file, only counted. */
  withheld: number;
}

export async function buildEnforcementFile(db: GraphDb, rules: RuleTable, q: { partyKey: string; user: string | null; now: Date }): Promise<EnforcementFile | undefined> {
  const [party] = await db.read<EnforcementFile['party']>(PARTY, { key: q.partyKey });
  if (party === undefined) return undefined;
  const rows = await db.read<{ id: string; visible: boolean }>(ORDERS_TO_PARTY, { key: q.partyKey, user: q.user, limit: MAX_ORDERS });
  const ids = rows.filter((r) => r.visible).map((r) => r.id);
  const orders = sortOrders(await getOrders(db, ids));
  const follow = await followUpOf(db, ids);
  const notices = new Map((await lateOrders(db, q.user, q.now, MAX_ORDERS)).map((l) => [l.id, l.notices]));
  const fileOrders: FileOrder[] = [];
  for (const o of orders) {
    const pack = await buildEvidencePack(db, rules, o.id);
    const findings = follow.get(o.id)?.findings ?? [];
    fileOrders.push({
      order: o, evidencePackSha256: pack === undefined ? null : packSha256(packBytes(pack)),
      followUp: findings.map((f) => ({ at: f.at, kind: f.kind, words: findingWords(f), evidenceIds: f.evidenceIds })), authorityNotices: notices.get(o.id) ?? [],
    });
  }
  const reUploads = await db.read<ReUpload>(RE_UPLOADS, { ids, limit: MAX_ORDERS });
  const aboveIds = (await db.read<{ id: string }>(DEMANDS_ABOVE, { ids, key: q.partyKey, user: q.user, limit: MAX_ORDERS })).map((r) => r.id);
  const demandsAbove = sortOrders(await getOrders(db, aboveIds));
  const missed = orders.flatMap((o) => missedDeadline(o, q.now) ?? []);
  return {
    format: ENFORCEMENT_FORMAT, party, asOf: newestMoment(fileOrders, demandsAbove), orders: fileOrders, missedDeadlines: missed, reUploads, demandsAbove,
    withheld: rows.length - ids.length, summary: summarise(orders, missed, reUploads, demandsAbove, fileOrders),
  };
}

const sortOrders = (os: OrderView[]) => [...os].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

function summarise(orders: OrderView[], missed: MissedDeadline[], reUploads: ReUpload[], above: OrderView[], file: FileOrder[]): EnforcementFile['summary'] {
  return {
    orders: orders.length,
    removalOrders: orders.filter((o) => o.instrument === 'removal-order').length,
    demands: orders.filter((o) => o.instrument === 'information-demand').length,
    compliedInTime: orders.filter((o) => o.status === 'complied' && !o.events.some((e) => e.status === 'late')).length,
    missedDeadlines: missed.length,
    notComplied: orders.filter((o) => o.status === 'not-complied').length,
    open: orders.filter((o) => ['drafted', 'sent', 'acknowledged', 'late'].includes(o.status)).length,
    reUploads: new Set(reUploads.map((r) => r.url)).size,
    demandsAbove: above.length,
    followUpFindings: file.reduce((n, f) => n + f.followUp.length, 0),
  };
}

/** The newest time any record in the file carries: its date, so that the same graph gives the same bytes. */
function newestMoment(file: FileOrder[], above: OrderView[]): string | null {
  const times = [
    ...[...file.map((f) => f.order), ...above].flatMap((o) => [o.createdAt, ...o.events.map((e) => e.at), ...(o.outcomeAt ? [o.outcomeAt] : [])]),
    ...file.flatMap((f) => [...f.followUp.map((x) => x.at), ...f.authorityNotices.map((n) => n.at)]),
  ];
  return times.length === 0 ? null : times.reduce((a, b) => (new Date(a).getTime() >= new Date(b).getTime() ? a : b));
}

/** The file as JSON bytes: keys in a fixed order, so the same file gives the same hash. */
export const enforcementBytes = (f: EnforcementFile) => Buffer.from(`${JSON.stringify(f, null, 2)}\n`, 'utf8');
export const enforcementSha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
