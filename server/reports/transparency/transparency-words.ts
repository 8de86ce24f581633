// The report in words: one list of figures (section, figure key, what it counts, the count) that
// the CSV, the terminal table, GraphQL and the page all print, and the sentences a reader sees
// first. The words of the terms come from the order terms, so the report says what an order says.
import { CHANNELS, CONTENT_FORMS, OUTCOMES, TARGETS, type Term } from '../../orders/order-terms.ts';
import { PROCEEDING_KINDS } from '../../orders/proceedings/proceeding-terms.ts';
import type { Tally } from './transparency-figures.ts';
import type { TransparencyReport, TransparencySection } from './transparency-report.ts';
import { counted } from './transparency-sections.ts';

export interface FigureLine {
  section: string;
  figure: string;
  words: string;
  count: number | null;
}

const hoursText = (h: number | null) => (h === null ? 'the deadline' : `the deadline (${h === 1 ? '1 hour' : `${h} hours`})`);

function tallyLines(s: TransparencySection, [prefix, label]: [string, string], list: readonly Term<string>[], t: Tally, none: string): FigureLine[] {
  return [
    ...list.map((term) => ({ section: s.key, figure: `${prefix}.${term.value}`, words: `${label}: ${term.en}`, count: t[term.value] ?? 0 })),
    { section: s.key, figure: `${prefix}.none`, words: none, count: t.none ?? 0 },
  ];
}

export function sectionLines(s: TransparencySection): FigureLine[] {
  const line = (figure: string, words: string, count: number | null): FigureLine => ({ section: s.key, figure, words, count });
  const [, many] = s.noun;
  return [
    line('orders', `${many} sent in the year`, s.issued),
    line('urls_in_orders', `URLs the ${many} cover`, s.urlsInOrders),
    ...(s.timed ? [
      line('within_deadline', `content removed or access disabled within ${hoursText(s.deadlineHours)}`, s.withinDeadline),
      line('after_deadline', 'content removed or access disabled after the deadline', s.afterDeadline),
      line('not_gone', 'content not (yet) removed or disabled: could not be executed, or no answer recorded', s.notGone),
      line('overdue', 'of these, past their deadline when counted', s.overdue),
      line('median_minutes_to_gone', 'median minutes from sending to the content gone', s.medianMinutesToGone),
    ] : []),
    ...tallyLines(s, ['outcome', "provider's answer"], OUTCOMES, s.outcomes, "no provider's answer recorded"),
    ...tallyLines(s, ['content_form', 'content form'], CONTENT_FORMS, s.contentForms, 'content form not recorded'),
    ...tallyLines(s, ['target', 'target'], TARGETS, s.targets, 'target not recorded'),
    ...tallyLines(s, ['channel', 'sent by'], CHANNELS, s.channels, 'channel not recorded'),
    ...(s.perci ? [line('outside_perci', `${many} sent outside PERCI`, s.outsidePerci)] : []),
    ...(s.crossBorderApplies ? [line('cross_border_copies', "copies to another member state's competent authority (Article 4)", s.crossBorderCopies)] : []),
    ...(s.timed ? [
      line('late_order_notifications', "late-order notifications to another member state's authority", s.lateOrderNotifications),
      line('late_orders_notified', 'late orders whose provider\'s member state was told', s.lateOrdersNotified),
    ] : []),
    ...PROCEEDING_KINDS.flatMap((k) => [
      line(`proceedings.${k.value}.started`, `${k.en}: initiated in the year`, s.proceedings[k.value]?.started ?? 0),
      line(`proceedings.${k.value}.decided`, `${k.en}: decided in the year`, s.proceedings[k.value]?.decided ?? 0),
    ]),
  ];
}

export function reportLines(r: TransparencyReport): FigureLine[] {
  return [{ section: 'all', figure: 'urls_assessed', words: 'URLs added to a case in the year (assessed), whatever their material', count: r.urlsAssessed }, ...r.sections.flatMap(sectionLines)];
}

/** "video 164, image 14" for the values counted, in the terms' order; "none recorded" when none. */
function listed(list: readonly Term<string>[], t: Tally): string {
  const parts = list.filter((term) => (t[term.value] ?? 0) > 0).map((term) => `${term.en} ${t[term.value]}`);
  if ((t.none ?? 0) > 0) parts.push(`not recorded ${t.none}`);
  return parts.length === 0 ? 'none recorded' : parts.join(', ');
}

/** What a reader sees first: the section's figures in sentences. */
export function sectionSentences(s: TransparencySection): string[] {
  const [, many] = s.noun;
  const out = [`${counted(s.issued, s.noun)} sent in the year, covering ${counted(s.urlsInOrders, ['URL', 'URLs'])}.`];
  if (s.timed) out.push(`${s.withinDeadline} within ${hoursText(s.deadlineHours)}, ${s.afterDeadline} after it; ${s.notGone} not (yet) removed or disabled${s.overdue > 0 ? ` (${s.overdue} past the deadline)` : ''}.`);
  out.push(`Answers: ${listed(OUTCOMES, s.outcomes)}.`, `Content form: ${listed(CONTENT_FORMS, s.contentForms)}.`, `Target: ${listed(TARGETS, s.targets)}.`);
  if (s.perci) out.push(`${s.outsidePerci} sent outside PERCI.`);
  if (s.crossBorderApplies) out.push(`${counted(s.crossBorderCopies, ['copy', 'copies'])} to another member state's competent authority (Article 4).`);
  if (s.timed) out.push(`${counted(s.lateOrderNotifications, ['late-order notification', 'late-order notifications'])} to another member state's authority (for ${s.lateOrdersNotified} of the ${s.afterDeadline + s.overdue} late ${many}).`);
  const proceedings = PROCEEDING_KINDS.map((k) => `${k.en}: ${s.proceedings[k.value]?.started ?? 0} initiated, ${s.proceedings[k.value]?.decided ?? 0} decided`).join('; ');
  out.push(`${proceedings.charAt(0).toUpperCase()}${proceedings.slice(1)}.`);
  return out;
}
