// `hostchain order document` and `hostchain order templates`: an order's document made on the
// server itself, audited like a download; the templates checked with the file and line of a fault.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { readAudit } from '../../../server/auth/audit.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { DEFAULT_TEMPLATES_DIR } from '../../../server/orders/documents/template-files.ts';
import { draftOrder } from '../../../server/orders/orders.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
const config = offlineConfig();
const cli = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)('node', ['bin/hostchain.mjs', ...args], { cwd: root, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), ...env } })
    .then((r) => ({ ...r, code: 0 }))
    .catch((e: { stdout: string; stderr: string; code: number }) => e);
const URL = 'http://198.51.100.33/d';
let orderId = '';

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../fixtures/bulk/ripe-five-parties.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 1, inputs: [{ url: normalizeUrl(URL), list: 'cli.txt', line: 1, input: URL, caseId: 'case:Shell', caseName: 'Shell' }] });
  orderId = (await draftOrder(db, loadRuleTable(), { instrument: 'removal-order', addresseeKey: 'RIPE:ORG-H3-RIPE', urls: [URL], material: 'csam', caseId: 'case:Shell', suggestedRuleId: 'removal-to-hoster', authorityCountry: 'NL' }, { by: 'test-legal', at: new Date('2026-11-23T10:00:00Z') })).id;
}, 60_000);
afterAll(() => db.close());

describe('hostchain order document', () => {
  it("prints the order's own document and writes an audit entry saying it was made from the command line", async () => {
    const since = new Date(Date.now() - 1);
    const out = await cli(['order', 'document', orderId, '--lang', 'nl']);
    expect([out.code, out.stdout]).toEqual([0, expect.stringContaining('Aan: Voorbeeld Webhosting B.V. (registerkenmerk RIPE:ORG-H3-RIPE), Nederland')]);
    const entries = (await readAudit(db, { since, limit: 10 })).filter((e) => e.action === 'order-document');
    expect(entries.map((e) => [e.target, JSON.parse(e.detail!).kind, JSON.parse(e.detail!).via])).toEqual([[`order:${orderId}`, 'csam-order', 'command line']]);
  }, 120_000);

  it('refuses a PDF without a file to write it to, and a kind the order does not have', async () => {
    expect((await cli(['order', 'document', orderId, '--format', 'pdf'])).stderr).toContain('a PDF needs --out FILE');
    expect((await cli(['order', 'document', orderId, '--kind', 'tco-removal-order'])).stderr).toContain('has no tco-removal-order document');
  }, 120_000);

  it('checks the templates, naming the file and line of an unknown placeholder', async () => {
    expect((await cli(['order', 'templates'])).stdout).toContain('every template is sound');
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-templates-'));
    cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'information-demand.en.txt'), '# DEMAND\nTo: {{addressee.nam}}\n');
    const bad = await cli(['order', 'templates'], { HOSTCHAIN_DOCUMENT_TEMPLATES: dir });
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining(`${path.join(dir, 'information-demand.en.txt')}:2: unknown placeholder {{addressee.nam}}`)]);
  }, 120_000);
});
