import { describe, expect, it } from 'vitest';
import { noticeColumnsSchema, parseColumnPairs } from '../../../importers/notices/notice-columns.ts';
import { parseNoticeTime } from '../../../importers/notices/notice-record.ts';
import { readNoticeCsv } from '../../../importers/notices/read-notice-csv.ts';

const read = async (csv: string, columns = {}) => {
  const out = [];
  for await (const l of readNoticeCsv(csv, noticeColumnsSchema.parse(columns))) out.push(l);
  return out;
};

describe('reading a hotline notice-and-takedown CSV', () => {
  it('maps the hotline\'s own column names to the fields, case-insensitively', async () => {
    const csv = 'Ticket,Reported URL,Received,Sent to hoster,Gone\nT-1,example.com/a,2022-03-01 10:00,2022-03-01T11:00:00Z,2022-03-01 20:30\n';
    const [l] = await read(csv, parseColumnPairs(['id=ticket', 'url=reported url', 'reportedAt=received', 'noticeAt=Sent to hoster', 'removedAt=gone']));
    expect(l).toEqual({ kind: 'record', record: expect.objectContaining({ id: 'notice:T-1', line: 2, url: 'http://example.com/a', noticeAt: new Date('2022-03-01T11:00:00Z'), removedAt: new Date('2022-03-01T20:30:00Z'), lastOnlineAt: undefined }) });
  });

  it('names the line and the field of a bad value, and still reads the lines after it', async () => {
    const csv = 'url,reported_at,removed_at\nexample.com/a,2022-03-01 10:00,\nexample.com/b,yesterday,\nexample.com/c,2022-03-02 10:00,2022-03-01 09:00\nhttp://localhost/x,2022-03-02 10:00,\nexample.com/d,2022-03-02 10:00,2022-03-02 12:00\n';
    const lines = await read(csv);
    expect(lines.map((l) => (l.kind === 'record' ? [l.record.line, l.record.url] : [l.line, l.field, l.reason]))).toEqual([
      [2, 'http://example.com/a'],
      [3, 'reportedAt', 'reportedAt "yesterday" is not a date-time (YYYY-MM-DD HH:MM[:SS], offset optional, UTC when absent)'],
      [4, 'removedAt', 'removedAt 2022-03-01T09:00:00.000Z is before the notice (2022-03-02T10:00:00.000Z)'],
      [5, 'url', expect.stringMatching(/^url "http:\/\/localhost\/x": .*single label/)],
      [6, 'http://example.com/d'],
    ]);
  });

  it('starts the clock at the report when the record has no notice time, and gives a record without id a stable one', async () => {
    const csv = 'url,reported_at\nexample.com/a,2022-03-01T10:00:00+01:00\n';
    const [a] = await read(csv);
    const [b] = await read(csv);
    if (a?.kind !== 'record' || b?.kind !== 'record') throw new Error('expected records');
    expect(a.record.noticeAt).toEqual(new Date('2022-03-01T09:00:00Z'));
    expect(a.record.id).toBe(b.record.id);
  });

  it('refuses a mapped column the file does not have, naming the columns it has', async () => {
    await expect(read('link,when\nexample.com,2022-03-01\n', { url: 'URL' })).rejects.toThrow('CSV has no column "URL" for url (columns: link, when)');
  });

  it('refuses an unknown field in a column mapping', () => {
    expect(() => parseColumnPairs(['removed=Gone'])).toThrow(/unknown field "removed"/);
  });

  it('reads dates without offset as UTC and refuses impossible dates', () => {
    expect(parseNoticeTime('2022-03-01 10:00')).toEqual(new Date('2022-03-01T10:00:00Z'));
    expect(parseNoticeTime('2022-02-30 10:00')).toBeUndefined();
    expect(parseNoticeTime('01/03/2022')).toBeUndefined();
  });

  it('names a line whose quoted field is never closed, and reads the lines after it', async () => {
    const csv = 'url,reported_at\nexample.com/a,2022-03-01 10:00\n"example.com/b,2022-03-01 11:00\nexample.com/c,2022-03-01 12:00\nexample.com/d,2022-03-01 13:00\n';
    const lines = await read(csv);
    expect(lines.map((l) => (l.kind === 'record' ? [l.record.line, l.record.url] : [l.line, l.reason]))).toEqual([
      [2, 'http://example.com/a'],
      [3, 'a quoted field opened on this line is never closed: the line is skipped, the lines after it are read on'],
      [4, 'http://example.com/c'],
      [5, 'http://example.com/d'],
    ]);
  });
});
