// Reuse of stored answers: the newest successful answer of one server to one query line, when it
// is younger than the source's freshness window. WHOIS servers ration queries (RIPE blocks an
// address that asks for too much personal data), so a rerun must not ask what it knows fresh.
import type { GraphDb } from '../../server/db/driver.ts';
import type { RawEvidence, SourceName } from './importer.ts';

// Served by the (source, query) index of migration 0003.
const FRESH_EVIDENCE = `
MATCH (e:Evidence {source: $source, query: $query})
WHERE e.server = $server AND e.status = 'ok' AND e.observedAt >= datetime($since)
RETURN e.id AS id, e.serverAddress AS serverAddress, toString(e.observedAt) AS observedAt, e.raw AS raw, e.meta AS meta
ORDER BY e.observedAt DESC LIMIT $limit`;

export async function findFreshEvidence(db: GraphDb, q: { source: SourceName; server: string; query: string; since: Date }): Promise<{ id: string; raw: RawEvidence } | undefined> {
  const [row] = await db.read<{ id: string; serverAddress: string; observedAt: string; raw: Int8Array | null; meta: string | null }>(FRESH_EVIDENCE, {
    source: q.source, server: q.server, query: q.query, since: q.since.toISOString(), limit: 1,
  });
  if (row === undefined || row.raw === null) return undefined;
  const body = Buffer.from(row.raw.buffer, row.raw.byteOffset, row.raw.byteLength);
  const meta = row.meta === null ? undefined : (JSON.parse(row.meta) as RawEvidence['meta']);
  return { id: row.id, raw: { source: q.source, server: q.server, serverAddress: row.serverAddress, query: q.query, observedAt: new Date(row.observedAt), body, status: 'ok', meta } };
}
