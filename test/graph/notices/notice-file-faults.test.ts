import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importNotices } from '../../../importers/notices/notice-import.ts';
import { evidenceWhere, nodesOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// Notice files as they arrive from spreadsheets: Latin-1, a broken quote, a ticket exported twice
// with another report time.
const db = openTestGraph();
const dir = mkdtempSync(path.join(tmpdir(), 'hc-notice-faults-'));
const file = (name: string, content: string | Buffer) => (writeFileSync(path.join(dir, name), content), path.join(dir, name));

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('a notice file that is not UTF-8', () => {
  const latin = file('latin.csv', Buffer.from('id,url,reported_at,case\nL-1,example.com/a,2022-03-01 10:00,Caf\u00e9 zaak\n', 'latin1'));

  it('is refused with the line and the way to import it, and leaves nothing behind: no notice, no run', async () => {
    await expect(importNotices({ db, file: latin })).rejects.toThrow('latin.csv is not UTF-8: line 2 holds bytes that are not');
    expect(await nodesOf(db, 'Notice', ['id'])).toEqual(new Set());
    expect(await evidenceWhere(db, 'latin\\.csv')).toEqual([]);
  });

  it('imports with its characters right when the encoding is given', async () => {
    const r = await importNotices({ db, file: latin, encoding: 'latin1' });
    expect(r.records).toBe(1);
    expect(await nodesOf(db, 'Case', ['name'])).toEqual(new Set(['Café zaak']));
  });
});

describe('a quoted field that is never closed', () => {
  it('is one named bad line; the lines after it import and the run is closed, not left running', async () => {
    const r = await importNotices({ db, file: file('quote.csv', 'id,url,reported_at\nQ-1,example.com/q1,2022-03-01 10:00\nQ-2,"example.com/q2,2022-03-01 10:00\nQ-3,example.com/q3,2022-03-01 11:00\n') });
    expect([r.records, r.problems]).toEqual([2, [{ position: 'line 3', reason: 'a quoted field opened on this line is never closed: the line is skipped, the lines after it are read on' }]]);
    const [run] = await evidenceWhere(db, 'quote\\.csv');
    expect([run!.status, run!.error]).toEqual(['ok', '1 records skipped']);
  });
});

describe('a ticket exported again with another report time', () => {
  it('takes the new time and keeps the earlier one, with both answers', async () => {
    const first = await importNotices({ db, file: file('t1.csv', 'id,url,reported_at\nH-1,example.com/h,2022-03-01 10:00\n'), now: () => new Date('2022-03-02T00:00:00Z') });
    const second = await importNotices({ db, file: file('t2.csv', 'id,url,reported_at\nH-1,example.com/h,2022-03-01 09:30\n'), now: () => new Date('2022-03-03T00:00:00Z') });
    // The notice time defaults to the report time, so it moved with it.
    const was = (field: string) => `${field} was 2022-03-01T10:00:00Z (evidence ${first.evidenceId}), restated 2022-03-03T00:00:00.000Z (evidence ${second.evidenceId})`;
    expect([...(await nodesOf(db, 'Notice', ['id', 'reportedAt', 'history']))].filter((n) => n.startsWith('notice:H-1'))).toEqual([`notice:H-1|2022-03-01T09:30:00Z|${was('reportedAt')};${was('noticeAt')}`]);
  });
});
