// Counting one section's figures from the rows of its orders (server/queries/transparency.ts).
// Pure: the same rows give the same figures, so the counting is tested without a graph.
import { needsCrossBorderCopy } from '../../orders/documents/cross-border.ts';
import { CHANNELS, CONTENT_FORMS, OUTCOMES, TARGETS, valuesOf } from '../../orders/order-terms.ts';
import { PROCEEDING_KINDS } from '../../orders/proceedings/proceeding-terms.ts';
import type { SentOrderRow } from '../../queries/transparency.ts';

/** A count per value of a term, and `none` for orders where it was not recorded. */
export type Tally = Record<string, number>;

export interface ProceedingCounts {
  started: number;
  decided: number;
}

export interface OrderFigures {
  issued: number;
  /** The deadline most of the section's orders ran under, in hours (null: none had one). */
  deadlineHours: number | null;
  /** The content was gone (removed, disabled, or gone without knowing which) by the deadline. */
  withinDeadline: number;
  afterDeadline: number;
  /** No content-gone answer (not executed, or nothing recorded yet); `overdue` of them late or past their deadline. */
  notGone: number;
  overdue: number;
  outcomes: Tally;
  contentForms: Tally;
  targets: Tally;
  channels: Tally;
  outsidePerci: number;
  /** Article 4 copies: addressee in another EU member state than the order's authority. */
  crossBorderCopies: number;
  /** Late-order notices to another member state's authority, and the late orders they cover. */
  lateOrderNotifications: number;
  lateOrdersNotified: number;
  /** Nearest-rank median of the time from sending to the content being gone, in minutes. */
  medianMinutesToGone: number | null;
}

const GONE = new Set(['removed', 'disabled', 'not-established']);

/** When the content was gone: the provider's answer saying so, else the last of its URLs seen removed when all were. */
export function goneAt(o: SentOrderRow): string | null {
  if (o.outcome !== null && GONE.has(o.outcome) && o.outcomeAt !== null) return o.outcomeAt;
  return o.urls > 0 && o.removedUrls === o.urls ? o.lastRemovedAt : null;
}

function tally(values: readonly string[], seen: Iterable<string | null>): Tally {
  const t: Tally = Object.fromEntries([...values, 'none'].map((v) => [v, 0]));
  for (const v of seen) t[v ?? 'none'] = (t[v ?? 'none'] ?? 0) + 1;
  return t;
}

function mode(xs: number[]): number | null {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.ceil(s.length / 2) - 1]!;
}

const ms = (iso: string) => new Date(iso).getTime();

export function countOrders(rows: readonly SentOrderRow[], asOf: Date): OrderFigures {
  const timing = rows.map((o) => ({ o, gone: goneAt(o), deadline: o.deadline === null ? null : ms(o.deadline) }));
  // Late: the order's record says so (it entered the status late), or its content went after the deadline.
  const afterIt = (t: (typeof timing)[number]) => t.gone !== null && t.deadline !== null && (t.o.wasLate || ms(t.gone) > t.deadline);
  const within = timing.filter((t) => t.gone !== null && t.deadline !== null && !afterIt(t)).length;
  const after = timing.filter(afterIt).length;
  const notGone = timing.filter((t) => t.gone === null);
  const overdue = (t: (typeof timing)[number]) => t.gone === null && t.deadline !== null && (t.o.wasLate || asOf.getTime() > t.deadline);
  const late = timing.filter((t) => afterIt(t) || overdue(t));
  return {
    issued: rows.length,
    deadlineHours: mode(rows.filter((o) => o.deadline !== null).map((o) => Math.round((ms(o.deadline!) - ms(o.sentAt)) / 60_000) / 60)),
    withinDeadline: within,
    afterDeadline: after,
    notGone: notGone.length,
    overdue: notGone.filter(overdue).length,
    outcomes: tally(valuesOf(OUTCOMES), rows.map((o) => o.outcome)),
    contentForms: tally(valuesOf(CONTENT_FORMS), rows.map((o) => o.contentForm)),
    targets: tally(valuesOf(TARGETS), rows.map((o) => o.target)),
    channels: tally(valuesOf(CHANNELS), rows.map((o) => o.channel)),
    outsidePerci: rows.filter((o) => o.channel !== 'perci').length,
    crossBorderCopies: rows.filter(needsCrossBorderCopy).length,
    lateOrderNotifications: rows.reduce((n, o) => n + o.lateOrderNotices, 0),
    lateOrdersNotified: late.filter((t) => t.o.lateOrderNotices > 0).length,
    medianMinutesToGone: median(timing.filter((t) => t.gone !== null).map((t) => Math.round((ms(t.gone!) - ms(t.o.sentAt)) / 60_000))),
  };
}

export function emptyProceedings(): Record<string, ProceedingCounts> {
  return Object.fromEntries(PROCEEDING_KINDS.map((k) => [k.value, { started: 0, decided: 0 }]));
}
