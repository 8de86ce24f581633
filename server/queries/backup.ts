// Reads that `hostchain db backup|restore|verify` need: who else is connected, whether the graph
// holds data, and the stored evidence with its hash, page by page.
import type { GraphDb } from '../db/driver.ts';

// Bolt clients other than the one asking (told apart by user agent): an app still using the database.
const OTHER_CONNECTIONS = `
CALL dbms.listConnections() YIELD connector, clientAddress, userAgent
WITH connector, clientAddress, userAgent WHERE connector = 'bolt' AND userAgent <> $userAgent
RETURN clientAddress, userAgent
LIMIT $limit`;

// Whether the graph holds anything besides the schema's own bookkeeping (a restore would replace it).
const DATA_NODES = `
MATCH (n) WHERE NOT n:SchemaMigration
WITH n LIMIT $limit
RETURN count(n) AS nodes`;

// One page of stored evidence in id order: the hash it was stored under and its bytes (or file).
const EVIDENCE_PAGE = `
MATCH (e:Evidence) WHERE e.id > $after
RETURN e.id AS id, e.sha256 AS sha256, e.byteLength AS byteLength, e.raw AS raw, e.rawPath AS rawPath
ORDER BY e.id LIMIT $limit`;

export async function findOtherConnections(db: GraphDb, userAgent: string): Promise<Array<{ clientAddress: string; userAgent: string }>> {
  return db.read(OTHER_CONNECTIONS, { userAgent, limit: 20 });
}

/** Nodes other than schema bookkeeping, counted up to `upTo`. */
export async function countDataNodes(db: GraphDb, upTo = 1_000_000): Promise<number> {
  const [row] = await db.read<{ nodes: number }>(DATA_NODES, { limit: upTo });
  return Number(row?.nodes ?? 0);
}

export interface StoredEvidenceBytes {
  id: string;
  sha256: string | null;
  byteLength: number | null;
  raw: Buffer | null;
  rawPath: string | null;
}

export async function readEvidencePage(db: GraphDb, after: string, limit: number): Promise<StoredEvidenceBytes[]> {
  const rows = await db.read<Omit<StoredEvidenceBytes, 'raw'> & { raw: Int8Array | null }>(EVIDENCE_PAGE, { after, limit });
  return rows.map((r) => ({
    id: r.id,
    sha256: r.sha256 ?? null,
    byteLength: r.byteLength === null || r.byteLength === undefined ? null : Number(r.byteLength),
    rawPath: r.rawPath ?? null,
    raw: r.raw === null || r.raw === undefined ? null : Buffer.from(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength),
  }));
}
