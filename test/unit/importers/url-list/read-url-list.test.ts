import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { normalizeUrlList, readCsvColumn, readTextLines } from '../../../../importers/url-list/read-url-list.ts';

describe('reading URL lists', () => {
  it('reports a bad line with its line number and reason while the good lines still import', async () => {
    const text = '# notices of 2026-11-20\nexample.com/a\n\nhttp://localhost/x\r\nhttps://example.org/b\nexample.com/a\n';
    const report = await normalizeUrlList(readTextLines(Readable.from([text])));
    expect(report.urls.map((u) => [u.line, u.url])).toEqual([
      [2, 'http://example.com/a'],
      [5, 'https://example.org/b'],
    ]);
    expect(report.errors).toEqual([{ line: 4, input: 'http://localhost/x', reason: expect.stringMatching(/single label/) }]);
    expect(report.duplicates).toBe(1);
  });

  it('takes the URL column of a CSV by name, with quoted fields and line numbers counting the header', async () => {
    const csv = 'id,Reported URL,received\n1,"http://example.com/x,y",2026-11-20\n2,not a url at all,2026-11-21\n3,example.net/z,2026-11-21\n';
    const report = await normalizeUrlList(readCsvColumn(Readable.from([csv]), 'reported url'));
    expect(report.urls.map((u) => [u.line, u.url])).toEqual([
      [2, 'http://example.com/x,y'],
      [4, 'http://example.net/z'],
    ]);
    expect(report.errors.map((e) => e.line)).toEqual([3]);
  });

  it('names the columns it has when the chosen column is missing', async () => {
    const csv = 'id,link\n1,example.com\n';
    await expect(normalizeUrlList(readCsvColumn(Readable.from([csv]), 'url'))).rejects.toThrow(/no column "url" \(columns: id, link\)/);
  });
});
