// The four steps of every import (STYLE.md): fetch → parse → keep the raw evidence → upsert, the
// last two in one transaction; an answer that cannot be parsed is kept alone, marked failed.
import type { GraphDb } from '../../server/db/driver.ts';
import type { Importer, Observation, RawEvidence } from './importer.ts';
import type { SourceIo } from './source-io.ts';
import { findFreshEvidence } from './evidence-cache.ts';
import { saveEvidence, saveEvidenceWithFacts } from './upsert.ts';

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
  /** True when a fresh stored answer was reused instead of asking the server (nothing written). */
  cached?: boolean;
}

export async function runImport<Q>(imp: Importer<Q>, query: Q, deps: ImportDeps): Promise<ImportResult> {
  // 0. a fresh answer to the same question from the same server is already evidence: reuse it.
  const key = imp.cache?.(query, deps.io);
  if (key !== undefined && key.freshnessMs > 0) {
    const stored = await findFreshEvidence(deps.db, { source: imp.source, ...key, since: new Date(deps.io.now().getTime() - key.freshnessMs) });
    if (stored !== undefined) {
      try {
        return { evidenceId: stored.id, status: 'ok', ended: 0, raw: stored.raw, observations: [...imp.parse(stored.raw)], cached: true };
      } catch {
        // An answer our parser no longer reads is asked again below.
      }
    }
  }
  // 1. fetch: a transport failure is returned as failed evidence, never thrown as "nothing there".
  const raw = await imp.fetch(query, deps.io);
  // 2. parse (pure). Garbage from a server is a failed observation, not a failed job: the raw
  // answer is kept as evidence with the parser's reason, and nothing is ended on its account.
  let observations: Observation[];
  try {
    observations = [...imp.parse(raw)];
  } catch (err) {
    const failed: RawEvidence = { ...raw, status: 'failed', error: `unreadable answer: ${(err as Error).message}` };
    const evidenceId = await saveEvidence(deps.db, failed, deps.io.now());
    return { evidenceId, status: 'failed', ended: 0, raw: failed, observations: [] };
  }
  // 3 + 4. the raw answer and its facts in one transaction: evidence is never missing behind a fact.
  const { evidenceId, ended } = await saveEvidenceWithFacts(deps.db, raw, { observations, savedAt: deps.io.now() });
  return { evidenceId, status: raw.status, ended, raw, observations };
}
