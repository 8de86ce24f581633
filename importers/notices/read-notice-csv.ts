// Reads a hotline's notice-and-takedown CSV: a header row, then one record per line, quoted
// fields allowed. Line numbers count the header, as a spreadsheet shows them. A CSV syntax error
// (a quote opened and never closed swallows the rest of the file) is one bad line: it is named,
// and reading goes on on the line after it.
import { CsvError, parse as parseCsv } from 'csv-parse';
import { columnIndexes, type NoticeColumns } from './notice-columns.ts';
import { noticeRecordOf, type NoticeLine } from './notice-record.ts';

type Parsed = { record: string[]; info: { lines: number } };

/** One pass of the parser over the text: the records it gave before any syntax error, and the error. */
function parsePass(text: string, bom: boolean): Promise<{ records: Parsed[]; error: CsvError | undefined }> {
  return new Promise((resolve, reject) => {
    const records: Parsed[] = [];
    const parser = parseCsv({ bom, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
    parser.on('data', (r: Parsed) => records.push(r));
    parser.on('error', (err) => (err instanceof CsvError ? resolve({ records, error: err }) : reject(err)));
    parser.on('end', () => resolve({ records, error: undefined }));
    parser.end(text);
  });
}

export async function* readNoticeCsv(text: string, columns: NoticeColumns): AsyncGenerator<NoticeLine> {
  let index: ReturnType<typeof columnIndexes> | undefined;
  let rest = text;
  // Physical line of the file just before `rest` starts.
  let offset = 0;
  for (;;) {
    let last = offset;
    const { records, error: err } = await parsePass(rest, offset === 0);
    for (const rec of records) {
      const line = offset + rec.info.lines;
      if (index === undefined) index = columnIndexes(rec.record, columns);
      else yield noticeRecordOf(line, rec.record, index);
      last = line;
    }
    if (err === undefined) return;
    {
      // The record after the last good one is the broken one (an unclosed quote is reported only at the end of the file).
      const broken = err.code === 'CSV_QUOTE_NOT_CLOSED' ? last + 1 : Math.max(last + 1, offset + Number(err.lines ?? 0));
      if (index === undefined) throw new Error(`line ${broken}: the header row is not valid CSV (${err.message})`);
      yield { kind: 'problem', line: broken, field: undefined, reason: err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field opened on this line is never closed: the line is skipped, the lines after it are read on' : `not valid CSV (${err.message}): the line is skipped` };
      const lines = rest.split('\n');
      rest = lines.slice(broken - offset).join('\n');
      offset = broken;
      if (rest.trim() === '') return;
    }
  }
}
