// `hostchain import notices <file.csv>`: the hotline's takedown records as one bulk run, the file
// itself the evidence of every notice. Bad lines are skipped and reported by line and field;
// nothing earlier runs imported is ended (a notice is an event, not a state a newer file retracts).
import { createReadStream } from 'node:fs';
import type { GraphDb } from '../../server/db/driver.ts';
import { runBulkImport, type BulkItem, type BulkRunResult } from '../core/bulk-run.ts';
import { noticeColumnsSchema, type NoticeColumns } from './notice-columns.ts';
import { noticeFacts } from './notice-facts.ts';
import { readNoticeCsv } from './read-notice-csv.ts';

export interface NoticeImportResult extends BulkRunResult {
  dataset: string;
  /** Distinct URLs the file's good lines report. */
  urls: number;
}

export async function importNotices(opts: { db: GraphDb; file: string; columns?: Partial<NoticeColumns>; now?: () => Date; batchSize?: number; onProgress?: (p: { records: number; problems: number }) => void }): Promise<NoticeImportResult> {
  const columns = noticeColumnsSchema.parse(opts.columns ?? {});
  const urls = new Set<string>();
  async function* items(): AsyncGenerator<BulkItem> {
    for await (const l of readNoticeCsv(createReadStream(opts.file), columns)) {
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
