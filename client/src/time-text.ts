// Dates as people say them ("3 Dec 2026, 14:05", "2 hours ago"), with the exact ISO 8601 time in
// the tooltip and the element's datetime attribute; exports keep ISO (they are not built from here).
import { el } from './dom.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [['second', 60], ['minute', 60], ['hour', 24], ['day', 30], ['month', 12], ['year', Infinity]];

/** "3 Dec 2026, 14:05" in the browser's time zone. */
export function dateText(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d).replace(' at ', ', ');
}

/** "2 hours ago", "in 40 minutes" (for deadlines). */
export function relativeText(iso: string, now: Date = new Date()): string {
  let amount = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(amount)) return iso;
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return RELATIVE.format(Math.trunc(amount), unit);
    amount /= size;
  }
  return iso;
}

/** A <time> with the date in words, how long ago, and ISO in the tooltip; '–' for none. */
export function timeEl(iso: string | null | undefined, opts: { relative?: boolean } = {}): HTMLElement | string {
  if (iso === null || iso === undefined || iso === '') return '–';
  const words = opts.relative === false ? dateText(iso) : `${dateText(iso)} (${relativeText(iso)})`;
  return el('time', { datetime: iso, title: iso }, words);
}
