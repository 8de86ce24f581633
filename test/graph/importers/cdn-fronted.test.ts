import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnRangesHolding } from '../../../importers/cloud-ranges/cdn-lookup.ts';
import { importCdnRanges } from '../../../importers/cloud-ranges/cdn-range-import.ts';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { withRoles } from '../../../server/chain/chain-report.ts';
import { formatChainText } from '../../../server/chain/format-chain.ts';
import { findChainForUrl } from '../../../server/queries/chain.ts';
import { suggestAddressees } from '../../../server/queries/addressees.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { describeRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { countOf, relPropsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { CDN_PROVIDER, CDN_RANGES_FILE, startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';

const db = openTestGraph();
let scenario: RunningScenario;
let listEvidence: string;
const URL_TEXT = 'https://www.clips.example/v/123';
const resolve = (at: string) => resolveUrl({ url: normalizeUrl(URL_TEXT), list: 'notices.txt', line: 1, input: URL_TEXT }, { db, io: createSourceIo(scenario.config, () => new Date(at)) });

beforeAll(async () => {
  await resetGraph(db);
  scenario = await startResellerChain();
  const r = await importCdnRanges({ db, file: CDN_RANGES_FILE, provider: CDN_PROVIDER, now: () => new Date('2026-11-22T08:00:00Z') });
  listEvidence = r.evidenceId;
  await resolve('2026-11-22T09:00:00Z');
});
afterAll(async () => {
  await scenario.close();
  await db.close();
});

describe('a CDN-fronted site', () => {
  it('follows the site name to the CDN edge name and its address', async () => {
    const chain = (await findChainForUrl(db, normalizeUrl(URL_TEXT).url))!;
    expect(chain.aliases).toEqual(['www.clips.example', 'clips-example.edge.cdn.example']);
    expect(chain.addresses.map((a) => a.address)).toEqual(['203.0.113.10']);
  });

  it("marks the address as fronted by the CDN whose published list holds it, with the list's import run as evidence", async () => {
    const [a] = (await findChainForUrl(db, normalizeUrl(URL_TEXT).url))!.addresses;
    expect(a!.cdn).toEqual([{ provider: 'Example CDN', cidr: '203.0.113.0/24', service: null, region: null, operatorKey: 'NAME:Example CDN', abuse: [], evidenceId: listEvidence }]);
    // The registry view stays beside it: the CDN's own block and holder.
    expect(a!.blocks.map((b) => [b.holder, b.status])).toEqual([['Example CDN Inc.', 'ASSIGNED PI']]);
  });

  it('tells the investigator in the printed chain that the hoster is hidden and whom to ask', async () => {
    const text = formatChainText(withRoles((await findChainForUrl(db, normalizeUrl(URL_TEXT).url))!));
    expect(text).toContain('cdn       Example CDN  published range 203.0.113.0/24: the hoster behind it is hidden; ask Example CDN for the origin');
  });

  it('keeps the list file as evidence: name, size, hash, counts', async () => {
    const [ev] = await db.read<{ query: string; byteLength: number; sha256: string; status: string; meta: string }>(
      'MATCH (e:Evidence {id: $id}) RETURN e.query AS query, e.byteLength AS byteLength, e.sha256 AS sha256, e.status AS status, e.meta AS meta',
      { id: listEvidence },
    );
    expect(ev).toMatchObject({ query: 'cdn-ranges.txt', status: 'ok' });
    expect(ev!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(ev!.meta)).toMatchObject({ dataset: 'Example CDN', records: 2, problems: 0 });
  });

  it('says a list was imported before instead of importing it twice', async () => {
    const again = await importCdnRanges({ db, file: CDN_RANGES_FILE, provider: CDN_PROVIDER });
    expect(again).toMatchObject({ alreadyImported: true, evidenceId: listEvidence, records: 0 });
    expect(await countOf(db, 'CdnRange')).toBe(2);
  });

  it('ends the mark when a newer list no longer holds the address, keeping the old interval', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-cdn-'));
    const newer = path.join(dir, 'cdn-ranges.txt');
    writeFileSync(newer, '# a newer list without the documentation /24\n2001:db8:cd0::/48\nnot-a-range\n');
    const r = await importCdnRanges({ db, file: newer, provider: CDN_PROVIDER, now: () => new Date('2026-11-23T08:00:00Z') });
    expect(r.problems).toEqual([{ position: 'line 3', reason: expect.stringMatching(/not-a-range/) }]);
    expect(r.ended).toBe(1);
    await resolve('2026-11-23T09:00:00Z');
    const [a] = (await findChainForUrl(db, normalizeUrl(URL_TEXT).url))!.addresses;
    expect(a!.cdn).toEqual([]);
    const marks = await relPropsOf(db, { from: ['IpAddress', 'address', '203.0.113.10'], type: 'IN_CDN_RANGE' });
    expect(marks.map((m) => [m.open, m.evidenceId])).toEqual([[false, listEvidence]]);
  });
});

describeRecorded('the providers’ real published lists', () => {
  it('finds the provider of an address in Cloudflare’s text list and in AWS’s JSON, service included', async () => {
    const cf = await importCdnRanges({ db, file: recordedPath('cloud-cdn-ranges/cloudflare-v4-ip-ranges.txt'), provider: 'Cloudflare' });
    const aws = await importCdnRanges({ db, file: recordedPath('cloud-cdn-ranges/aws-ip-ranges.2021-07-28.json') });
    expect([cf.records, cf.problemCount]).toEqual([15, 0]);
    expect([aws.provider, aws.records, aws.problemCount]).toEqual(['AWS', 6381, 0]);
    expect(aws.dataDate).toMatch(/^2021-07-26/);
    expect((await cdnRangesHolding(db, '104.16.1.1')).map((h) => [h.provider, h.key])).toEqual([['Cloudflare', 'Cloudflare 104.16.0.0/13']]);
    expect(new Set((await cdnRangesHolding(db, '13.32.0.5')).map((h) => `${h.provider}|${h.service}`))).toEqual(new Set(['AWS|AMAZON', 'AWS|CLOUDFRONT']));
    expect(await cdnRangesHolding(db, '198.51.100.7')).toEqual([]);
  });

  it('asks Cloudflare, from its real list, for the origin of a site on one of its addresses', async () => {
    const url = 'http://104.16.1.1/v/1';
    await resolveUrl({ url: normalizeUrl(url), list: 'notices.txt', line: 2, input: url }, { db, io: createSourceIo(scenario.config) });
    const a = await suggestAddressees(db, loadRuleTable(), { urls: [url], material: 'csam', homeCountry: 'NL' });
    expect(a.groups.map((g) => [g.instrument, g.addressee.name, g.reasons[0]!.ruleId])).toEqual([['information-demand', 'Cloudflare', 'cdn-disclose-origin']]);
  });
});
