// The Cypher of bulk import runs (RIR dumps, delegation statistics, CAIDA, CDN ranges): the run's
// evidence node, its progress checkpoint, and ending the facts a newer file no longer states.
// Fact writes themselves go through upsert-cypher.ts like every other source.
import { checkIdentifier } from './upsert-cypher.ts';

// The run is one Evidence node: file name, size, SHA-256, the data's own date, counts. Created
// once per (source, dataset, file content): a rerun of the same file continues the same run.
export const START_BULK_RUN = `
MERGE (e:Evidence {id: $row.id})
ON CREATE SET e += $row, e.observedAt = datetime($row.observedAt), e.savedAt = datetime($savedAt), e.progress = 0
// A run that stopped on an error is taken up again: running once more, from its last batch.
ON MATCH SET e.status = CASE WHEN e.status = 'ok' THEN 'ok' ELSE 'running' END
RETURN e.progress AS progress, toString(e.observedAt) AS observedAt, e.status AS status`;

// Written in the same transaction as each batch: a killed run resumes after the last batch that
// committed, and never counts a batch that did not.
export const CHECKPOINT_BULK_RUN = `
MATCH (e:Evidence {id: $evidenceId}) SET e.progress = $progress`;

export const FINISH_BULK_RUN = `
MATCH (e:Evidence {id: $evidenceId})
SET e.status = $status, e.error = $error, e.meta = $meta, e.finishedAt = datetime($finishedAt)`;

/**
 * Ends the open edges of one type that earlier runs of the same dataset stated and this run did
 * not ("end, don't delete"), in batches so a whole registry fits in bounded memory.
 */
export function endDatasetCypher(type: string): string {
  return `
MATCH ()-[r:${checkIdentifier('type', type)} {dataset: $dataset, open: true}]->()
WHERE r.source = $source AND r.evidenceId <> $evidenceId
CALL (r) {
  SET r.open = false, r.endedAt = datetime($observedAt), r.endedByEvidenceId = $evidenceId
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(r) AS ended`;
}
