// The four steps of every import (STYLE.md): fetch → keep the raw evidence → parse → upsert.
import type { GraphDb } from '../../server/db/driver.ts';
import type { Importer, Observation, RawEvidence } from './importer.ts';
import type { SourceIo } from './source-io.ts';
import { markEvidenceFailed, saveEvidence, upsertObservation } from './upsert.ts';

export interface ImportDeps {
  db: GraphDb;
  io: SourceIo;
}

export interface ImportResult {
  evidenceId: string;
  status: 'ok' | 'failed';
  ended: number;
  raw: RawEvidence;
  /** What was written, for the caller to plan its next query (e.g. the IPs of a name). */
  observations: Observation[];
}

export async function runImport<Q>(imp: Importer<Q>, query: Q, deps: ImportDeps): Promise<ImportResult> {
  // 1. fetch: a transport failure is returned as failed evidence, never thrown as "nothing there".
  const raw = await imp.fetch(query, deps.io);
  // 2. the raw answer is kept before parsing, so a parser bug never loses evidence.
  const evidenceId = await saveEvidence(deps.db, raw, deps.io.now());
  // 3. parse (pure). Garbage from a server is a failed observation, not a failed job: the raw
  // answer stays as evidence with the parser's reason, and nothing is ended on its account.
  let observations: Observation[];
  try {
    observations = [...imp.parse(raw)];
  } catch (err) {
    const error = `unreadable answer: ${(err as Error).message}`;
    await markEvidenceFailed(deps.db, evidenceId, error);
    return { evidenceId, status: 'failed', ended: 0, raw: { ...raw, status: 'failed', error }, observations: [] };
  }
  // 4. upsert, one transaction per observation.
  let ended = 0;
  for (const obs of observations) ended += (await upsertObservation(deps.db, obs, { evidenceId, source: raw.source, observedAt: raw.observedAt })).ended;
  return { evidenceId, status: raw.status, ended, raw, observations };
}
