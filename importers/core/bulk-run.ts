// One bulk import run (a RIR dump, delegation statistics, a CAIDA file, a CDN range list): the
// file itself is the evidence (name, size, SHA-256, the data's own date, counts), facts are
// written in batches that each commit with a progress checkpoint, and at the end the facts that
// earlier runs of the same dataset stated and this file no longer does are ended, not deleted.
// A killed run started again on the same file continues after the last committed batch. A
// database that goes away pauses the run (each batch is asked again once it is back); after the
// bounded wait the run stops with DatabaseUnavailableError, resumable from its last batch.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { GraphDb } from '../../server/db/driver.ts';
import { toCypherParams } from '../../server/db/driver.ts';
import { withDatabasePause, type PauseOptions } from '../../server/db/database-pause.ts';
import { DatabaseUnavailableError } from '../../server/db/db-errors.ts';
import { CHECKPOINT_BULK_RUN, endDatasetCypher, FINISH_BULK_RUN, START_BULK_RUN } from './bulk-cypher.ts';
import type { Observation, SourceName } from './importer.ts';
import { runAutoCommit } from './auto-commit.ts';
import { inWriteTransaction, writeObservation } from './upsert.ts';

/** What a bulk parser hands the run: facts of one record, a skipped record, or the data's date. */
export type BulkItem =
  | { kind: 'facts'; observation: Observation; /** Overrides the run's dataset for these facts (one dump holds several object classes). */ dataset?: string }
  | { kind: 'problem'; position: string; reason: string }
  | { kind: 'data-date'; date: string };

export interface BulkProblem {
  position: string;
  reason: string;
}

export interface BulkRunOptions {
  db: GraphDb;
  source: SourceName;
  /** What this run is authoritative for, e.g. "RIPE" or "Cloudflare": its facts carry it unless an item names its own. */
  dataset: string;
  file: string;
  /** Edge types whose open edges of this dataset a complete run ends when it no longer states them. */
  endTypes: string[];
  /** Records per transaction. */
  batchSize?: number;
  now?: () => Date;
  onProgress?: (p: BulkProgress) => void;
  /** How long to wait for a database that went away (default: the database's neo4j.pauseSeconds). */
  pause?: PauseOptions | undefined;
  /**
   * Writes that need the whole file (a dump's block hierarchy), run before the run is marked done:
   * a run killed in them is not "imported before" but taken up again. Must be safe to run twice.
   */
  beforeFinish?: (run: { evidenceId: string; observedAt: Date }) => Promise<void>;
}

export interface BulkProgress {
  records: number;
  problems: number;
  /** Set while the run waits for a database that went away. */
  databaseUnavailableSince?: Date | undefined;
}

export interface BulkRunResult {
  evidenceId: string;
  /** Records written by this run (after any resumed part). */
  records: number;
  /** Records an earlier, killed run of the same file had already committed. */
  resumedFrom: number;
  problems: BulkProblem[];
  problemCount: number;
  ended: number;
  dataDate: string | undefined;
  alreadyImported: boolean;
  /** The run's time: a resumed run keeps the time of the run it continues. */
  observedAt: Date;
}

/** Files up to this size keep their bytes inside the evidence node; larger ones are kept by path and hash. */
const MAX_INLINE_BYTES = 8 << 20;
const KEPT_PROBLEMS = 1000;

export async function fileDigest(file: string): Promise<{ sha256: string; byteLength: number }> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return { sha256: h.digest('hex'), byteLength: statSync(file).size };
}

export async function runBulkImport(opts: BulkRunOptions, items: AsyncIterable<BulkItem>): Promise<BulkRunResult> {
  const now = opts.now ?? (() => new Date());
  const abs = path.resolve(opts.file);
  const { sha256, byteLength } = await fileDigest(abs);
  const evidenceId = `ev-${createHash('sha256').update(`${opts.source}\0${opts.dataset}\0${sha256}`).digest('hex').slice(0, 32)}`;
  const raw = byteLength <= MAX_INLINE_BYTES ? readFileSync(abs) : undefined;
  const row = {
    id: evidenceId, source: opts.source, server: 'file', serverAddress: 'file', query: path.basename(abs), observedAt: now().toISOString(),
    status: 'running', error: null, sha256, byteLength, rawPath: abs, meta: JSON.stringify({ dataset: opts.dataset }),
    ...(raw === undefined ? {} : { raw: new Int8Array(raw.buffer, raw.byteOffset, raw.length) }),
  };
  let seen = 0;
  let problemCount = 0;
  const pause: PauseOptions = { ...opts.pause, onPause: (since) => opts.onProgress?.({ records: seen, problems: problemCount, databaseUnavailableSince: since }) };
  const guarded = <T>(work: () => Promise<T>) => withDatabasePause(opts.db, work, pause);
  const [started] = await guarded(() => opts.db.write<{ progress: number; observedAt: string; status: string }>(START_BULK_RUN, { row, savedAt: now().toISOString() }));
  const resumedFrom = Number(started?.progress ?? 0);
  const base = { evidenceId, alreadyImported: started?.status === 'ok' };
  if (started?.status === 'ok') return { ...base, records: 0, resumedFrom, problems: [], problemCount: 0, ended: 0, dataDate: undefined, observedAt: new Date(started.observedAt) };
  // A resumed run keeps the time of the run it continues: its facts are one observation.
  const ctx = { evidenceId, source: opts.source, observedAt: new Date(started!.observedAt) };

  const problems: BulkProblem[] = [];
  let dataDate: string | undefined;
  let batch: { observation: Observation; dataset: string }[] = [];
  const datasets = new Set<string>();
  const flush = async () => {
    if (batch.length === 0) return;
    const obs: Observation = { facts: batch.flatMap((b) => b.observation.facts.map((f) => (f.kind === 'rel' ? { ...f, props: { ...f.props, dataset: b.dataset } } : f))), scope: [] };
    // The batch and its checkpoint commit together, so asking it again after a lost connection is safe.
    await guarded(() => inWriteTransaction(opts.db, async (tx) => {
      await writeObservation(tx, obs, ctx, { linkEvidence: false });
      await tx.run(CHECKPOINT_BULK_RUN, toCypherParams({ evidenceId, progress: seen }));
    }));
    batch = [];
    opts.onProgress?.({ records: seen, problems: problemCount });
  };
  try {
    await readItems();
  } catch (err) {
    // The database is away: nothing can be written; the run stays resumable from its last batch.
    if (err instanceof DatabaseUnavailableError) throw err;
    // A run that stops on an error says so (it stays resumable from its last batch): never "running" forever.
    await opts.db.write(FINISH_BULK_RUN, { evidenceId, status: 'failed', error: `stopped after ${seen} records: ${(err as Error).message}`, meta: JSON.stringify({ dataset: opts.dataset, records: seen, problems: problemCount, resumedFrom }), finishedAt: now().toISOString() });
    throw err;
  }
  async function readItems(): Promise<void> {
    for await (const item of items) {
      if (item.kind === 'problem') {
        problemCount += 1;
        if (problems.length < KEPT_PROBLEMS) problems.push({ position: item.position, reason: item.reason });
        continue;
      }
      if (item.kind === 'data-date') {
        dataDate = item.date;
        continue;
      }
      seen += 1;
      const dataset = item.dataset ?? opts.dataset;
      datasets.add(dataset);
      if (seen <= resumedFrom) continue;
      batch.push({ observation: item.observation, dataset });
      if (batch.length >= (opts.batchSize ?? 2000)) await flush();
    }
    await flush();
  }

  // Only the datasets this file stated are ended: an inetnum file says nothing about routes.
  let ended = 0;
  for (const dataset of datasets.size === 0 ? [opts.dataset] : datasets) {
    for (const type of opts.endTypes) {
      const [r] = await guarded(() => runAutoCommit<{ ended: number }>(opts.db, endDatasetCypher(type), { evidenceId, source: opts.source, observedAt: ctx.observedAt.toISOString(), dataset }));
      ended += Number(r?.ended ?? 0);
    }
  }
  if (opts.beforeFinish !== undefined) await guarded(() => opts.beforeFinish!(ctx));
  const meta = { dataset: opts.dataset, datasets: [...datasets], dataDate: dataDate ?? null, records: seen, problems: problemCount, firstProblems: problems.slice(0, 20), ended, resumedFrom };
  await guarded(() => opts.db.write(FINISH_BULK_RUN, { evidenceId, status: 'ok', error: problemCount === 0 ? null : `${problemCount} records skipped`, meta: JSON.stringify(meta), finishedAt: now().toISOString() }));
  return { ...base, records: seen - resumedFrom, resumedFrom, problems, problemCount, ended, dataDate, observedAt: ctx.observedAt };
}
