// What happens around an order that the TCO Regulation's yearly report (Article 21(1)) counts
// besides the orders themselves: complaint procedures (Article 10, (d)), administrative or
// judicial review proceedings ((e)) and specific measures (Article 5, (b)).
import type { Term } from '../order-terms.ts';

export const PROCEEDING_KINDS = [
  { value: 'complaint', en: 'complaint procedure (Article 10)', nl: 'klachtprocedure (artikel 10)' },
  { value: 'review', en: 'administrative or judicial review proceeding', nl: 'bezwaar- of beroepsprocedure' },
  { value: 'specific-measure', en: 'specific measure (Article 5)', nl: 'specifieke maatregel (artikel 5)' },
] as const satisfies readonly Term<string>[];
export type ProceedingKind = (typeof PROCEEDING_KINDS)[number]['value'];
