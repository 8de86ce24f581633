// `hostchain import notices <file.csv>`: the hotline's takedown records as one bulk run, the file
// itself the evidence of every notice. Bad lines are skipped and reported by line and field;
// nothing earlier runs imported is ended (a notice is an event, not a state a newer file retracts).
import { readFileSync } from 'node:fs';
import type { GraphDb } from '../../server/db/driver.ts';
import { runBulkImport, type BulkItem, type BulkRunResult } from '../core/bulk-run.ts';
import { noticeColumnsSchema, type NoticeColumns } from './notice-columns.ts';
import { noticeFacts } from './notice-facts.ts';
import { noticeFileText, type NoticeEncoding } from './notice-file-text.ts';
import { readNoticeCsv } from './read-notice-csv.ts';

export interface NoticeImportResult extends BulkRunResult {
  dataset: string;
  /** Distinct URLs the file's good lines report. */
  urls: number;
}

export interface NoticeImportOptions {
  db: GraphDb;
  file: string;
  columns?: Partial<NoticeColumns>;
  /** The file's encoding when it is not UTF-8 (a file that is not valid UTF-8 is refused otherwise). */
  encoding?: NoticeEncoding;
  now?: () => Date;
  batchSize?: number;
  onProgress?: (p: { records: number; problems: number }) => void;
}

export async function importNotices(opts: NoticeImportOptions): Promise<NoticeImportResult> {
  const columns = noticeColumnsSchema.parse(opts.columns ?? {});
  // Decoded before the run starts: a refused file writes nothing, not even a run left "running".
  const text = noticeFileText(readFileSync(opts.file), opts.file, opts.encoding);
  const urls = new Set<string>();
  async function* items(): AsyncGenerator<BulkItem> {
    for await (const l of readNoticeCsv(text, columns)) {
      if (l.kind === 'problem') {
        yield { kind: 'problem', position: `line ${l.line}${l.field === undefined ? '' : `, field ${l.field}`}`, reason: l.reason };
        continue;
      }
      urls.add(l.record.url);
      yield { kind: 'facts', observation: noticeFacts(l.record) };
    }
  }
  const dataset = 'notices';
  const run = await runBulkImport({ db: opts.db, source: 'notices', dataset, file: opts.file, endTypes: [], now: opts.now, batchSize: opts.batchSize ?? 1000, onProgress: opts.onProgress }, items());
  return { ...run, dataset, urls: urls.size };
}
