import { describe, expect, it } from 'vitest';
import { noticeFileText } from '../../../importers/notices/notice-file-text.ts';

const latin1 = Buffer.from('url,reported_at,case\nexample.com/a,2022-03-01 10:00,Caf\u00e9\n', 'latin1');

describe('the encoding of a notice file', () => {
  it('refuses a Latin-1 file instead of storing mojibake, naming the line and how to import it', () => {
    expect(() => noticeFileText(latin1, '/tmp/export.csv')).toThrow('export.csv is not UTF-8: line 2 holds bytes that are not ("example.com/a,2022-03-01 10:00,Café" read as Windows-1252); if the file is Latin-1 or Windows-1252, import it with --encoding latin1 (over the API: encoding LATIN1), or save it as UTF-8');
  });

  it('reads it right when told it is Latin-1, and UTF-8 as it is', () => {
    expect(noticeFileText(latin1, 'x.csv', 'latin1')).toContain('Café');
    expect(noticeFileText(Buffer.from('a\nCafé\n', 'utf8'), 'x.csv')).toBe('a\nCafé\n');
  });

  it('refuses text already damaged by a lossy conversion (U+FFFD), naming the line', () => {
    expect(() => noticeFileText(Buffer.from('url\nexample.com/\uFFFD\n', 'utf8'), 'x.csv')).toThrow('x.csv: line 2 holds U+FFFD replacement characters');
  });
});
