// The four steps of every import (STYLE.md): fetch → keep the raw evidence → parse → upsert.
import type { GraphDb } from '../../server/db/driver.ts';
import type { Importer, Observation, RawEvidence } from './importer.ts';
import type { SourceIo } from './source-io.ts';
import { saveEvidence, upsertObservation } from './upsert.ts';

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
  let ended = 0;
  const observations: Observation[] = [];
  // 3 + 4. parse (pure) and upsert, one transaction per observation.
  for (const obs of imp.parse(raw)) {
    ended += (await upsertObservation(deps.db, obs, { evidenceId, source: raw.source, observedAt: raw.observedAt })).ended;
    observations.push(obs);
  }
  return { evidenceId, status: raw.status, ended, raw, observations };
}
