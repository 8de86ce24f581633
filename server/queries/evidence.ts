// Stored answers by id, as the evidence panel and the evidence packs show them: metadata, and the
// raw bytes as received (the panel shows them as text, never as HTML).
import type { EvidenceRow } from '../../importers/core/evidence.ts';
import type { GraphDb } from '../db/driver.ts';

/** An Evidence node as stored: the row the importers write (importers/core/evidence.ts), read back. */
export interface StoredEvidence extends Omit<EvidenceRow, 'raw' | 'meta'> {
  meta: string | null;
  /** Where a large bulk file is kept instead of its bytes. */
  rawPath: string | null;
  /** The answer byte for byte; null when a large bulk file is kept by path instead. */
  raw: Buffer | null;
}

// Evidence nodes by id, sorted by id (callers that need another order sort themselves).
const EVIDENCE_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN e.id AS id, e.source AS source, e.server AS server, e.serverAddress AS serverAddress, e.query AS query,
       toString(e.observedAt) AS observedAt, e.status AS status, e.error AS error, e.sha256 AS sha256, e.byteLength AS byteLength,
       e.rawPath AS rawPath, e.meta AS meta, e.raw AS raw
ORDER BY id LIMIT $limit`;

export async function readEvidence(db: GraphDb, ids: readonly string[]): Promise<StoredEvidence[]> {
  const rows = await db.read<Omit<StoredEvidence, 'raw'> & { raw: Int8Array | null }>(EVIDENCE_BY_IDS, { ids, limit: ids.length });
  return rows.map((r) => ({
    ...r,
    byteLength: Number(r.byteLength),
    error: r.error ?? null,
    rawPath: r.rawPath ?? null,
    meta: r.meta ?? null,
    raw: r.raw === null ? null : Buffer.from(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength),
  }));
}
