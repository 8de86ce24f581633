// `importNotices(fileName, csv, columns)`: a hotline's takedown export uploaded as text. It is kept
// as a file under <home>/imports (the run's evidence names a file that stays on disk, as the CLI's
// downloads do) and imported like `hostchain import notices`.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { noticeColumnsSchema } from '../../../importers/notices/notice-columns.ts';
import { importNotices, type NoticeImportResult } from '../../../importers/notices/notice-import.ts';
import { claimImportedCases } from '../../queries/case-members.ts';
import { builder } from '../builder.ts';
import { actingUser } from '../context.ts';

const ColumnsInput = builder.inputType('NoticeColumnsInput', {
  description: 'The CSV header of each field (case-insensitive); unset fields are looked for under url, reported_at, notice_at, removed_at, last_online_at, id, case.',
  fields: (t) => ({
    url: t.string(), reportedAt: t.string(), noticeAt: t.string(), removedAt: t.string(), lastOnlineAt: t.string(), id: t.string(), case: t.string(),
  }),
});

const Problem = builder.objectRef<{ position: string; reason: string }>('NoticeLineProblem').implement({
  description: 'A line that was skipped: where (line and field) and why.',
  fields: (t) => ({ position: t.exposeString('position'), reason: t.exposeString('reason') }),
});

const Result = builder.objectRef<NoticeImportResult>('NoticeImport').implement({
  fields: (t) => ({
    evidenceId: t.exposeString('evidenceId', { description: 'the run: the evidence of every notice it imported' }),
    records: t.exposeInt('records'),
    urls: t.exposeInt('urls'),
    problemCount: t.exposeInt('problemCount'),
    problems: t.field({ type: [Problem], description: 'the first 1,000 skipped lines', resolve: (r) => r.problems }),
    alreadyImported: t.exposeBoolean('alreadyImported', { description: 'the same file was imported before; nothing was written' }),
  }),
});

const input = z.object({ fileName: z.string().trim().min(1).max(200), csv: z.string().min(1).max(64 << 20) });

builder.mutationField('importNotices', (t) =>
  t.field({
    type: Result,
    description: "Import the hotline's notice-and-takedown records (CSV); bad lines are skipped and named, the good ones import.",
    args: { fileName: t.arg.string({ required: true }), csv: t.arg.string({ required: true }), columns: t.arg({ type: ColumnsInput }) },
    resolve: async (_root, args, ctx) => {
      const a = input.parse({ fileName: args.fileName, csv: args.csv });
      const cols = Object.fromEntries(Object.entries(args.columns ?? {}).filter(([, v]) => typeof v === 'string'));
      const columns = noticeColumnsSchema.parse(cols);
      const dir = path.join(ctx.config.home, 'imports');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${createHash('sha256').update(a.csv).digest('hex').slice(0, 16)}-${path.basename(a.fileName).replace(/[^\w.-]+/g, '_')}`);
      writeFileSync(file, a.csv);
      const result = await importNotices({ db: ctx.db, file, columns, now: ctx.now });
      // Need-to-know: the cases this file made (named in its case column, new) are the importer's.
      if (!result.alreadyImported) await claimImportedCases(ctx.db, result.evidenceId, { user: actingUser(ctx), at: ctx.now() });
      return result;
    },
  }),
);
