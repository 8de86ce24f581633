// Reads a hotline's notice-and-takedown CSV: a header row, then one record per line, quoted
// fields allowed. Line numbers count the header, as a spreadsheet shows them.
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { columnIndexes, type NoticeColumns } from './notice-columns.ts';
import { noticeRecordOf, type NoticeLine } from './notice-record.ts';

export async function* readNoticeCsv(input: Readable, columns: NoticeColumns): AsyncGenerator<NoticeLine> {
  const parser = input.pipe(parseCsv({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let index: ReturnType<typeof columnIndexes> | undefined;
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (index === undefined) {
      index = columnIndexes(rec.record, columns);
      continue;
    }
    yield noticeRecordOf(rec.info.lines, rec.record, index);
  }
}
