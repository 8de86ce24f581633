// What a crash must never leave behind, asked of the graph after one (the fault campaign,
// `npm run faults`): open facts stated twice, evidence whose bytes no longer match their hash,
// list lines or bulk records that were taken in but not stored.
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import type { GraphDb } from '../db/driver.ts';

// Open fact edges stated twice (same ends, type, source and record type): must be none.
const DUPLICATE_OPEN_FACTS = `
MATCH (a)-[r {open: true}]->(b)
WITH a, b, type(r) AS t, r.source AS s, r.recordType AS k, count(r) AS n WHERE n > 1
RETURN count(*) AS c LIMIT $limit`;

// A page of stored evidence, in id order: its stated hash and its bytes (or the file that holds them).
const EVIDENCE_PAGE = `
MATCH (e:Evidence) WHERE e.id > $after AND e.sha256 IS NOT NULL
RETURN e.id AS id, e.sha256 AS sha256, e.raw AS raw, e.rawPath AS rawPath
ORDER BY e.id LIMIT $limit`;

// Which of these URLs are stored and carry the resolved mark.
const RESOLVED_OF = `
UNWIND $urls AS url
MATCH (u:Url {url: url}) WHERE u.resolvedAt IS NOT NULL
RETURN count(u) AS c LIMIT $limit`;

// A bulk run by its file name: its status, its checkpoint and the route facts it stated.
const ROUTE_RUN = `
MATCH (e:Evidence {source: $source, query: $file})
OPTIONAL MATCH (:Route)-[r:ORIGINATED_BY {evidenceId: e.id}]->(:AutonomousSystem)
RETURN e.status AS status, e.progress AS progress, count(r) AS facts LIMIT $limit`;

export async function countDuplicateOpenFacts(db: GraphDb): Promise<number> {
  const [row] = await db.read<{ c: number }>(DUPLICATE_OPEN_FACTS, { limit: 1 });
  return row?.c ?? 0;
}

export interface EvidenceHashReport {
  checked: number;
  /** Evidence ids whose bytes do not hash to the stored SHA-256 (or whose file is gone). */
  mismatched: string[];
}

/** Hashes every stored answer again, a page at a time. */
export async function checkEvidenceHashes(db: GraphDb, page = 500): Promise<EvidenceHashReport> {
  const out: EvidenceHashReport = { checked: 0, mismatched: [] };
  let after = '';
  for (;;) {
    const rows = await db.read<{ id: string; sha256: string; raw: Int8Array | null; rawPath: string | null }>(EVIDENCE_PAGE, { after, limit: page });
    for (const r of rows) {
      const bytes = r.raw !== null ? Buffer.from(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength) : r.rawPath !== null && existsSync(r.rawPath) ? readFileSync(r.rawPath) : undefined;
      if (bytes === undefined && r.rawPath === null) continue; // a failed lookup with no bytes: nothing to hash
      out.checked += 1;
      if (bytes === undefined || createHash('sha256').update(bytes).digest('hex') !== r.sha256) out.mismatched.push(r.id);
    }
    if (rows.length < page) return out;
    after = rows.at(-1)!.id;
  }
}

export async function countResolvedOf(db: GraphDb, urls: string[]): Promise<number> {
  const [row] = await db.read<{ c: number }>(RESOLVED_OF, { urls, limit: 1 });
  return row?.c ?? 0;
}

export async function findRouteRun(db: GraphDb, source: string, file: string): Promise<{ status: string; progress: number; facts: number } | undefined> {
  const [row] = await db.read<{ status: string; progress: number; facts: number }>(ROUTE_RUN, { source, file, limit: 1 });
  return row;
}
