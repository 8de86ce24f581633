// `hostchain report transparency --year Y --format csv|json|table`: the figures a spreadsheet or a
// script takes, counted from orders made through the API.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { joinCases } from '../../support/case-members.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { DE_HOSTER, issueOrders, loadYearUrls, NL_HOSTER, url, type YearOrder } from '../../support/transparency-year.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
const config = offlineConfig();
let clock = new Date('2025-01-01T00:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock });
const cli = (args: string[]) =>
  promisify(execFile)('node', ['bin/hostchain.mjs', 'report', 'transparency', ...args], { cwd: root, env: { ...process.env, NEO4J_URI: inject('neo4jUri') } })
    .then((r) => ({ ...r, code: 0 }))
    .catch((e: { stdout: string; stderr: string; code: number }) => e);

const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);
const tco = (i: number, addresseeKey: string, sent: string, minutes: number, outcome: string, contentForm: string): YearOrder => ({
  addresseeKey, url: url(2025, i), material: 'TERRORIST', instrument: 'REMOVAL_ORDER', draftedAt: at(sent, -5),
  sent: { at: new Date(sent), channel: i === 3 ? 'email' : 'perci' }, feedback: { at: at(sent, minutes), outcome, contentForm, target: 'item' },
});
// Three TCO orders (one late, one by e-mail, one to a German hoster) and a CSAM order answered in 6 hours.
const ORDERS: YearOrder[] = [
  tco(1, NL_HOSTER, '2025-02-01T10:00:00Z', 30, 'removed', 'video'),
  tco(2, DE_HOSTER, '2025-03-01T10:00:00Z', 90, 'disabled', 'video'),
  tco(3, NL_HOSTER, '2025-04-01T10:00:00Z', 50, 'removed', 'pdf'),
  { addresseeKey: NL_HOSTER, url: url(2025, 4), material: 'CSAM', instrument: 'REMOVAL_ORDER', draftedAt: new Date('2025-05-01T09:00:00Z'), sent: { at: new Date('2025-05-01T10:00:00Z'), channel: 'email' }, feedback: { at: new Date('2025-05-01T16:00:00Z'), outcome: 'removed', contentForm: 'image', target: 'item' } },
];

beforeAll(async () => {
  await resetGraph(db);
  const cases = await loadYearUrls(db, config, ORDERS, 0);
  await joinCases(yoga, db, 'legal', cases);
  await issueOrders(graphqlClient(yoga, { db, role: 'legal' }), (d) => void (clock = d), ORDERS);
}, 180_000);
afterAll(() => db.close());

describe('hostchain report transparency', () => {
  it('writes CSV with one row per figure: year, section, figure, what it counts, count', async () => {
    const out = await cli(['--year', '2025', '--format', 'csv']);
    const rows = out.stdout.trimEnd().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['year', 'section', 'figure', 'words', 'count']);
    const tuples = new Set(rows.slice(1).filter((r) => r.at(-1) !== '0').map((r) => `${r[1]} ${r[2]} ${r.at(-1)}`));
    for (const t of ['tco orders 3', 'tco within_deadline 2', 'tco after_deadline 1', 'tco outcome.removed 2', 'tco outcome.disabled 1', 'tco content_form.video 2', 'tco content_form.pdf 1',
      'tco outside_perci 1', 'tco channel.email 1', 'tco cross_border_copies 1', 'csam orders 1', 'csam within_deadline 1']) expect(tuples).toContain(t);
    expect([...tuples].filter((t) => t.startsWith('demands '))).toEqual([]);
  }, 60_000);

  it('writes JSON with the same figures in each section, and the deadline each ran under', async () => {
    const r = JSON.parse((await cli(['--year', '2025', '--format', 'json'])).stdout) as { year: number; sections: { key: string; issued: number; deadlineHours: number | null; afterDeadline: number; outsidePerci: number }[] };
    expect(r.year).toBe(2025);
    expect(new Set(r.sections.map((s) => [s.key, s.issued, s.deadlineHours, s.afterDeadline]))).toEqual(new Set([['tco', 3, 1, 1], ['csam', 1, 12, 0], ['demands', 0, null, 0]]));
  }, 60_000);

  it('prints the figures in sentences as a table, and counts nothing for a year without orders', async () => {
    expect((await cli(['--year', '2025'])).stdout).toContain('3 removal orders sent in the year, covering 3 URLs.\n  2 within the deadline (1 hour), 1 after it; 0 not (yet) removed or disabled.');
    expect((await cli(['--year', '2024'])).stdout).toContain('0 removal orders sent in the year');
  }, 60_000);

  it('refuses a year that is not one, saying so', async () => {
    const bad = await cli(['--year', 'last']);
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('--year')]);
  }, 60_000);
});
