// One CSV line into a takedown record, or a problem that names the line and the field: a bad
// line is skipped and reported, the others still import.
import { createHash } from 'node:crypto';
import { normalizeUrl } from '../url-list/normalize-url.ts';
import type { NoticeField } from './notice-columns.ts';

export interface NoticeRecord {
  id: string;
  line: number;
  url: string;
  input: string;
  reportedAt: Date;
  /** When the notice went out; the report time when the record has none. */
  noticeAt: Date;
  removedAt: Date | undefined;
  lastOnlineAt: Date | undefined;
  caseName: string | undefined;
}

export type NoticeLine = { kind: 'record'; record: NoticeRecord } | { kind: 'problem'; line: number; field: NoticeField | undefined; reason: string };

// ISO 8601 date-time (T or space), seconds and fraction optional, offset optional; a time without
// offset is read as UTC (hotline exports are in UTC; a local time would be ambiguous twice a year).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export function parseNoticeTime(text: string): Date | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', off = 'Z'] = m;
  const offset = off.toUpperCase() === 'Z' ? 'Z' : off.includes(':') ? off : `${off.slice(0, 3)}:${off.slice(3)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${offset}`);
  // Date rolls 2022-02-30 over to March: refuse what it had to roll.
  if (Number.isNaN(date.getTime()) || (offset === 'Z' && date.getUTCDate() !== Number(d))) return undefined;
  return date;
}

class FieldProblem extends Error {
  constructor(readonly field: NoticeField, message: string) {
    super(message);
  }
}

function timeOf(field: NoticeField, value: string | undefined, required: boolean): Date | undefined {
  const v = (value ?? '').trim();
  if (v === '') {
    if (required) throw new FieldProblem(field, `${field} is empty`);
    return undefined;
  }
  const t = parseNoticeTime(v);
  if (t === undefined) throw new FieldProblem(field, `${field} ${JSON.stringify(v)} is not a date-time (YYYY-MM-DD HH:MM[:SS], offset optional, UTC when absent)`);
  return t;
}

export function noticeRecordOf(line: number, cells: string[], index: Partial<Record<NoticeField, number>>): NoticeLine {
  const cell = (f: NoticeField) => (index[f] === undefined ? undefined : cells[index[f]]);
  try {
    const input = (cell('url') ?? '').trim();
    let url: string;
    try {
      url = normalizeUrl(input).url;
    } catch (err) {
      throw new FieldProblem('url', `url ${JSON.stringify(input)}: ${(err as Error).message}`);
    }
    const reportedAt = timeOf('reportedAt', cell('reportedAt'), true)!;
    const noticeAt = timeOf('noticeAt', cell('noticeAt'), false) ?? reportedAt;
    const removedAt = timeOf('removedAt', cell('removedAt'), false);
    const lastOnlineAt = timeOf('lastOnlineAt', cell('lastOnlineAt'), false);
    if (noticeAt < reportedAt) throw new FieldProblem('noticeAt', `noticeAt ${noticeAt.toISOString()} is before reportedAt ${reportedAt.toISOString()}`);
    if (removedAt !== undefined && removedAt < noticeAt) throw new FieldProblem('removedAt', `removedAt ${removedAt.toISOString()} is before the notice (${noticeAt.toISOString()})`);
    const ownId = (cell('id') ?? '').trim();
    const id = ownId !== '' ? `notice:${ownId}` : `notice:${createHash('sha256').update(`${url}\0${reportedAt.toISOString()}`).digest('hex').slice(0, 24)}`;
    const caseName = (cell('case') ?? '').trim();
    return { kind: 'record', record: { id, line, url, input, reportedAt, noticeAt, removedAt, lastOnlineAt, caseName: caseName === '' ? undefined : caseName } };
  } catch (err) {
    if (err instanceof FieldProblem) return { kind: 'problem', line, field: err.field, reason: err.message };
    throw err;
  }
}
