// A deadline an order missed, in figures and in words: acted on after it (late), not executed, or
// still not acted on after it.
import type { OrderView } from '../orders.ts';

export interface MissedDeadline {
  orderId: string;
  deadline: string;
  /** When the provider acted (the order complied late), else null. */
  actedAt: string | null;
  /** Hours past the deadline until it acted; null when it has not (the file does not depend on when it is made). */
  hoursOver: number | null;
  status: string;
  words: string;
}

const hours = (from: string, to: Date) => Math.round(((to.getTime() - new Date(from).getTime()) / 3_600_000) * 10) / 10;

export function missedDeadline(o: OrderView, now: Date): MissedDeadline | undefined {
  if (o.deadline === null) return undefined;
  const lateEvent = o.events.some((e) => e.status === 'late');
  const done = o.events.find((e) => e.status === 'complied');
  const acted = o.outcomeAt ?? done?.at ?? null;
  const open = ['sent', 'acknowledged', 'late', 'not-complied'].includes(o.status);
  if (!lateEvent && !(open && now.getTime() > new Date(o.deadline).getTime())) return undefined;
  if (acted !== null && o.status === 'complied') {
    const h = hours(o.deadline, new Date(acted));
    return { orderId: o.id, deadline: o.deadline, actedAt: acted, hoursOver: h, status: o.status, words: `acted on ${acted}, ${h} hours after the deadline ${o.deadline}` };
  }
  const what = o.status === 'not-complied' ? `not executed${o.outcomeReason ? ` (${o.outcomeReason})` : ''}` : 'not acted on';
  return { orderId: o.id, deadline: o.deadline, actedAt: null, hoursOver: null, status: o.status, words: `${what}: the deadline ${o.deadline} passed` };
}
