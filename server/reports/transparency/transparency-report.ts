// The yearly transparency figures, counted from the orders in the graph: the year is the calendar
// year (UTC) in which an order was sent. One report, three sections (transparency-sections.ts);
// the CLI, GraphQL and the page show it, CSV and JSON carry it.
import type { GraphDb } from '../../db/driver.ts';
import { InputError } from '../../input-error.ts';
import { ordersSentIn, proceedingsIn, urlsAssessedIn, urlsOrderedIn, type Period, type SentOrderRow } from '../../queries/transparency.ts';
import { countOrders, emptyProceedings, type OrderFigures, type ProceedingCounts } from './transparency-figures.ts';
import { SECTIONS, sectionOf, type SectionDef, type SectionKey } from './transparency-sections.ts';

export interface TransparencySection extends OrderFigures {
  key: SectionKey;
  title: string;
  noun: [string, string];
  perci: boolean;
  timed: boolean;
  crossBorderApplies: boolean;
  /** Distinct URLs the section's orders of the year cover. */
  urlsInOrders: number;
  /** Complaint procedures, review proceedings, specific measures on the section's orders, started and decided in the year. */
  proceedings: Record<string, ProceedingCounts>;
}

export interface TransparencyReport {
  year: number;
  from: string;
  to: string;
  /** When counted: an order without an answer is overdue when its deadline is before this. */
  asOf: string;
  /** Distinct URLs added to a case in the year, whatever their material (the graph learns that only from an order). */
  urlsAssessed: number;
  sections: TransparencySection[];
}

export const FIRST_YEAR = 2000;

export function yearPeriod(year: number): Period {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 2999) throw new InputError('year', `a calendar year from ${FIRST_YEAR} to 2999, not ${year}`);
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

const inSection = (s: SectionDef) => (o: { instrument: string; material: string | null }) => sectionOf(o)?.key === s.key;

export async function transparencyReport(db: GraphDb, opts: { year: number; asOf: Date }): Promise<TransparencyReport> {
  const period = yearPeriod(opts.year);
  const [orders, urls, assessed, proceedings] = await Promise.all([ordersSentIn(db, period), urlsOrderedIn(db, period), urlsAssessedIn(db, period), proceedingsIn(db, period)]);
  const sections = SECTIONS.map((s): TransparencySection => {
    const mine = inSection(s);
    const counts = emptyProceedings();
    for (const p of proceedings.filter(mine)) {
      const c = (counts[p.kind] ??= { started: 0, decided: 0 });
      c.started += p.started;
      c.decided += p.decided;
    }
    return {
      key: s.key, title: s.title, noun: s.noun, perci: s.perci, timed: s.timed, crossBorderApplies: s.crossBorderCopies,
      ...countOrders(orders.filter(mine) as SentOrderRow[], opts.asOf),
      urlsInOrders: urls.filter(mine).reduce((n, r) => n + r.urls, 0),
      proceedings: counts,
    };
  });
  return { year: opts.year, from: period.from.toISOString(), to: period.to.toISOString(), asOf: opts.asOf.toISOString(), urlsAssessed: assessed, sections };
}
