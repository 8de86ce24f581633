// The year the authority's 2025 transparency report describes (../shared/seeds/, "TRANSPARENCY
// REPORT THE NETHERLANDS 2025"), built the way staff would build it: URLs put into cases in the
// year, then every order drafted, recorded as sent through PERCI and answered by the provider
// through the real GraphQL mutations. Around it: orders of 2024 and 2026 that the year must not
// count (one sent a few minutes either side of New Year), a draft never sent, one CSAM order and
// one information demand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSourceIo } from '../../importers/core/source-io.ts';
import { importNotices } from '../../importers/notices/notice-import.ts';
import { importRpslDump } from '../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';
import type { Config } from '../../server/config.ts';
import type { GraphDb } from '../../server/db/driver.ts';
import { runResolveJob } from '../../server/jobs/resolve-job.ts';

export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The published figures: 187 orders, by timing, outcome, content form and target (67 channels, 61 profiles, 59 messages). */
export const SEED_2025 = {
  urlsAssessed: 804,
  orders: 187,
  timing: { 'in-time': 173, late: 14 },
  outcomes: { removed: 171, disabled: 10, 'not-established': 6 },
  contentForms: { video: 164, image: 14, pdf: 5, 'audio-image': 1, audio: 1, other: 2 },
  targets: { channel: 67, profile: 61, message: 59 },
} as const;

/** Orders to the German hoster: each needs a copy for Germany's authority (Article 4). */
export const CROSS_BORDER_2025 = 20;
export const NL_HOSTER = 'RIPE:ORG-H1-RIPE';
export const DE_HOSTER = 'RIPE:ORG-H2-RIPE';
const BATCH = 25;
const HOUR = 3_600_000;

const spread = (counts: Record<string, number>): string[] => Object.entries(counts).flatMap(([v, n]) => Array<string>(n).fill(v));
/** i → (i·k) mod n is a permutation when k and n share no factor: each list keeps its counts, the combinations mix. */
const pick = <T>(list: readonly T[], i: number, k: number): T => list[(i * k) % list.length]!;
const enumOf = (v: string) => v.toUpperCase().replaceAll('-', '_');

export interface YearOrder {
  addresseeKey: string;
  url: string;
  material: 'TERRORIST' | 'CSAM';
  instrument: 'REMOVAL_ORDER' | 'INFORMATION_DEMAND';
  draftedAt: Date;
  sent?: { at: Date; channel: string };
  feedback?: { at: Date; outcome: string; contentForm: string; target: string };
}

export const url = (year: number, i: number) => `http://198.51.100.${1 + (i % 15)}/y${year}/item-${i}`;

/** The 187 TCO orders of 2025, one URL each: sent every 46 hours from 1 January, answered after 40 minutes or, for the late ones, 3 hours. */
export function seedOrders(): YearOrder[] {
  const timing = spread(SEED_2025.timing), outcomes = spread(SEED_2025.outcomes), forms = spread(SEED_2025.contentForms), targets = spread(SEED_2025.targets);
  return Array.from({ length: SEED_2025.orders }, (_, i) => {
    const sentAt = new Date(Date.UTC(2025, 0, 1, 8) + i * 46 * HOUR);
    const late = pick(timing, i, 3) === 'late';
    return {
      addresseeKey: i < CROSS_BORDER_2025 ? DE_HOSTER : NL_HOSTER, url: url(2025, i), material: 'TERRORIST', instrument: 'REMOVAL_ORDER',
      draftedAt: new Date(sentAt.getTime() - 10 * 60_000), sent: { at: sentAt, channel: 'perci' },
      feedback: { at: new Date(sentAt.getTime() + (late ? 3 * HOUR : 40 * 60_000)), outcome: outcomes[i]!, contentForm: pick(forms, i, 2), target: pick(targets, i, 5) },
    };
  });
}

/** Around the year: orders of 2024 and 2026 (two a few minutes either side of New Year), a 2025 draft never sent, a CSAM order and an information demand. */
export function otherOrders(): YearOrder[] {
  const tco = (y: number, i: number, sentAt: string, extra: Partial<YearOrder> = {}): YearOrder => ({
    addresseeKey: NL_HOSTER, url: url(y, 900 + i), material: 'TERRORIST', instrument: 'REMOVAL_ORDER', draftedAt: new Date(Date.parse(sentAt) - 20 * 60_000),
    sent: { at: new Date(sentAt), channel: 'email' }, feedback: { at: new Date(Date.parse(sentAt) + 30 * 60_000), outcome: 'removed', contentForm: 'text', target: 'site' }, ...extra,
  });
  const unsent = tco(2025, 3, '2025-07-01T12:00:00Z');
  delete unsent.sent;
  delete unsent.feedback;
  return [
    tco(2024, 1, '2024-06-10T09:00:00Z'), tco(2024, 2, '2024-12-31T23:55:00Z'), tco(2026, 1, '2026-01-01T00:05:00Z'), tco(2026, 2, '2026-03-02T10:00:00Z'), unsent,
    { addresseeKey: NL_HOSTER, url: url(2025, 950), material: 'CSAM', instrument: 'REMOVAL_ORDER', draftedAt: new Date('2025-04-01T08:00:00Z'), sent: { at: new Date('2025-04-01T09:00:00Z'), channel: 'email' }, feedback: { at: new Date('2025-04-01T15:00:00Z'), outcome: 'removed', contentForm: 'image', target: 'item' } },
    { addresseeKey: 'RIPE:ORG-UP2-RIPE', url: url(2025, 951), material: 'CSAM', instrument: 'INFORMATION_DEMAND', draftedAt: new Date('2025-05-12T08:00:00Z'), sent: { at: new Date('2025-05-12T09:00:00Z'), channel: 'post' } },
  ];
}

/** Each year's order URLs; 2025's with the others put before the authority that year, so that 804 are assessed. */
export function yearUrls(orders: readonly YearOrder[], assessed2025: number): { ordered: Map<string, string[]>; reportedOnly2025: string[] } {
  const ordered = new Map<string, string[]>();
  for (const o of orders) {
    const y = /\/y(\d{4})\//.exec(o.url)![1]!;
    ordered.set(y, [...(ordered.get(y) ?? []), o.url]);
  }
  const count = ordered.get('2025')?.length ?? 0;
  return { ordered, reportedOnly2025: Array.from({ length: Math.max(0, assessed2025 - count) }, (_, i) => url(2025, 1000 + i)) };
}

/**
 * The registry data the orders' addressees come from; each year's order URLs resolved into a case of
 * that year (as of 2 January); the rest of 2025's assessed URLs reported by the hotline's notices
 * into the same case (as of 15 January), which puts them in the case without resolving them.
 */
export async function loadYearUrls(db: GraphDb, config: Config, orders: readonly YearOrder[], assessed2025: number = SEED_2025.urlsAssessed): Promise<string[]> {
  await importRpslDump({ db, file: path.resolve(import.meta.dirname, '../fixtures/bulk/ripe-five-parties.db'), now: () => new Date('2024-01-01T00:00:00Z') });
  const { ordered, reportedOnly2025 } = yearUrls(orders, assessed2025);
  const cases: string[] = [];
  for (const [year, urls] of ordered) {
    const caseName = `TCO ${year}`;
    cases.push(caseName);
    const io = createSourceIo(config, () => new Date(`${year}-01-02T00:00:00Z`));
    await runResolveJob({ db, io, concurrency: 8, bulkMaxAgeMs: 10 * 365 * 24 * HOUR, inputs: urls.map((u, i) => ({ url: normalizeUrl(u), list: `${year}.txt`, line: i + 1, input: u, caseId: `case:${caseName}`, caseName })) });
  }
  if (reportedOnly2025.length === 0) return cases;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hc-year-')), 'notices-2025.csv');
  writeFileSync(file, ['url,reported_at,case', ...reportedOnly2025.map((u) => `${u},2025-01-15T10:00:00Z,TCO 2025`)].join('\n'));
  await importNotices({ db, file, now: () => new Date('2025-01-15T12:00:00Z') });
  return cases;
}

const str = (s: string) => JSON.stringify(s);

/** Drafts, sends and answers the orders through the API in the order they were drafted, BATCH orders per request; `at` moves the API's clock. Their ids, in that order. */
export async function issueOrders(gql: Gql, at: (d: Date) => void, unsorted: readonly YearOrder[]): Promise<{ order: YearOrder; id: string }[]> {
  const orders = [...unsorted].sort((a, b) => a.draftedAt.getTime() - b.draftedAt.getTime());
  const ids: string[] = [];
  for (let start = 0; start < orders.length; start += BATCH) {
    const batch = orders.slice(start, start + BATCH);
    at(batch[0]!.draftedAt);
    const drafts = batch.map((o, i) => `d${i}: draftOrder(instrument: ${o.instrument}, addresseeKey: ${str(o.addresseeKey)}, urls: [${str(o.url)}], material: ${o.material}, caseName: ${str(`TCO ${/\/y(\d{4})\//.exec(o.url)![1]}`)}, suggestedRuleId: ${o.instrument === 'REMOVAL_ORDER' ? '"removal-to-hoster"' : '"hoster-unknown-demand-up"'}, tcoGrounds: [${o.material === 'TERRORIST' ? 'A_INCITES' : ''}]) { __typename ... on Order { id } ... on Refusal { message } }`);
    const drafted = await gql<Record<string, { __typename: string; id?: string; message?: string }>>(`mutation { ${drafts.join('\n')} }`);
    const batchIds = batch.map((_, i) => drafted[`d${i}`]!.id ?? (() => { throw new Error(`draft refused: ${drafted[`d${i}`]!.message}`); })());
    ids.push(...batchIds);
    const sends = batch.flatMap((o, i) => (o.sent ? [`s${i}: recordOrderSent(id: ${str(batchIds[i]!)}, channel: ${enumOf(o.sent.channel)}, at: ${str(o.sent.at.toISOString())}) { __typename ... on Refusal { message } }`] : []));
    if (sends.length > 0) await checked(gql, sends);
    const answers = batch.flatMap((o, i) => (o.feedback ? [`f${i}: recordProviderFeedback(id: ${str(batchIds[i]!)}, outcome: ${enumOf(o.feedback.outcome)}, at: ${str(o.feedback.at.toISOString())}, contentForm: ${enumOf(o.feedback.contentForm)}, target: ${enumOf(o.feedback.target)}) { __typename ... on Refusal { message } }`] : []));
    if (answers.length > 0) await checked(gql, answers);
  }
  return orders.map((order, i) => ({ order, id: ids[i]! }));
}

async function checked(gql: Gql, fields: string[]): Promise<void> {
  const r = await gql<Record<string, { __typename: string; message?: string }>>(`mutation { ${fields.join('\n')} }`);
  const refused = Object.values(r).filter((x) => x.__typename !== 'Order');
  if (refused.length > 0) throw new Error(`refused: ${refused.map((x) => x.message).join('; ')}`);
}
