import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { SourceIo } from '../../../../importers/core/source-io.ts';
import { MAX_URL_BYTES, normalizeUrl } from '../../../../importers/url-list/normalize-url.ts';
import { normalizeUrlList, readTextLines } from '../../../../importers/url-list/read-url-list.ts';
import { urlImporter } from '../../../../importers/url-list/url-importer.ts';

describe('what a URL list may not bring in', () => {
  it('refuses a 1 MiB URL between two good ones as a named bad line, saying the limit; the good ones stay', async () => {
    const huge = `http://shop.example/${'a'.repeat(1 << 20)}`;
    const report = await normalizeUrlList(readTextLines(Readable.from(`http://shop.example/1\n${huge}\nhttp://shop.example/2\n`)));
    expect(report.urls.map((u) => [u.line, u.url])).toEqual([[1, 'http://shop.example/1'], [3, 'http://shop.example/2']]);
    expect(report.errors.map((e) => [e.line, e.reason])).toEqual([[2, '1,048,596 bytes long; a URL may have at most 8,000']]);
  });

  it('takes a URL right at the limit', () => {
    const path = 'a'.repeat(MAX_URL_BYTES - 'http://shop.example/'.length);
    expect(normalizeUrl(`http://shop.example/${path}`).url).toHaveLength(MAX_URL_BYTES);
  });

  it('keeps no user name or password of a reported URL in its evidence, and says so', async () => {
    const io = { now: () => new Date('2026-12-03T12:00:00Z') } as SourceIo;
    const raw = await urlImporter.fetch({ url: normalizeUrl('http://alice:s3cret@shop.example/x'), list: 'l', line: 4, input: 'http://alice:s3cret@shop.example/x' }, io);
    expect(raw.body.toString('utf8')).toBe('http://[redacted]@shop.example/x');
    expect(raw.meta?.redacted).toBe('the user name and password in the URL were replaced by [redacted]');
    expect([...urlImporter.parse(raw)][0]!.facts[0]).toMatchObject({ label: 'Url', key: { url: 'http://shop.example/x' } });
    const plain = await urlImporter.fetch({ url: normalizeUrl('shop.example/a@b'), list: 'l', line: 5, input: 'shop.example/a@b' }, io);
    expect(plain.body.toString('utf8')).toBe('shop.example/a@b');
    expect(plain.meta?.redacted).toBeUndefined();
  });
});
