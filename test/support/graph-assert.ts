// The one place tests hold Cypher (STYLE.md): small read helpers that return sets of tuples, in
// cartography's check_nodes / check_rels manner, and the data reset.
import type { GraphDb } from '../../server/db/driver.ts';
import { MOST_SPECIFIC_BLOCK } from '../../importers/resolve/bulk-lookup-cypher.ts';

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const ident = (s: string) => {
  if (!IDENT.test(s)) throw new Error(`bad identifier ${s}`);
  return s;
};

/** Deletes all data but the schema-migration records, in batches. */
export async function clearGraphData(db: GraphDb): Promise<void> {
  for (;;) {
    const rows = await db.write<{ c: number }>('MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c');
    if ((rows[0]?.c ?? 0) === 0) return;
  }
}

/** Set of "a|b|c" tuples of the given properties of every node with the label (a list property as "x;y"). */
export async function nodesOf(db: GraphDb, label: string, props: string[]): Promise<Set<string>> {
  const text = (p: string) => `CASE WHEN n.${ident(p)} IS :: LIST<ANY> THEN reduce(s = '', x IN n.${ident(p)} | s + CASE WHEN s = '' THEN '' ELSE ';' END + toString(x)) ELSE toString(n.${ident(p)}) END`;
  const ret = props.map(text).join(" + '|' + ");
  const rows = await db.read<{ t: string }>(`MATCH (n:${ident(label)}) RETURN ${ret} AS t`);
  return new Set(rows.map((r) => r.t));
}

export interface RelQuery {
  from: [label: string, prop: string];
  type: string;
  to: [label: string, prop: string];
  /** Only edges still open (true), only ended ones (false), or all (undefined). */
  open?: boolean;
}

/** Set of "from|to" tuples of the relationships of a type between two labels. */
export async function relsOf(db: GraphDb, q: RelQuery): Promise<Set<string>> {
  const where = q.open === undefined ? '' : `WHERE r.open = ${q.open ? 'true' : 'false'}`;
  const rows = await db.read<{ t: string }>(
    `MATCH (a:${ident(q.from[0])})-[r:${ident(q.type)}]->(b:${ident(q.to[0])}) ${where} RETURN toString(a.${ident(q.from[1])}) + '|' + toString(b.${ident(q.to[1])}) AS t`,
  );
  return new Set(rows.map((r) => r.t));
}

/** Properties of every relationship of a type from a node, for interval assertions. */
export async function relPropsOf(db: GraphDb, q: { from: [string, string, string | number]; type: string }): Promise<Record<string, unknown>[]> {
  const rows = await db.read<{ p: Record<string, unknown>; to: Record<string, unknown> }>(
    `MATCH (a:${ident(q.from[0])} {${ident(q.from[1])}: $key})-[r:${ident(q.type)}]->(b) RETURN properties(r) AS p, properties(b) AS to ORDER BY r.firstSeen`,
    { key: q.from[2] },
  );
  return rows.map((r) => ({ ...r.p, to: r.to }));
}

/** Runs a read for assertions that the helpers above do not cover. */
export async function countOf(db: GraphDb, label: string): Promise<number> {
  const rows = await db.read<{ c: number }>(`MATCH (n:${ident(label)}) RETURN count(n) AS c`);
  return rows[0]?.c ?? 0;
}

/** Creates the same Url key twice with CREATE (not MERGE): the uniqueness constraint must refuse. */
export async function createDuplicateUrl(db: GraphDb, url: string): Promise<void> {
  await db.write('CREATE (:Url {url: $url})', { url });
  await db.write('CREATE (:Url {url: $url})', { url });
}

/** The most specific block covering an address key as the resolver finds it (its own query), and the plan operators it uses. */
export async function mostSpecificBlock(db: GraphDb, key: string): Promise<{ key: string | undefined; operators: string[] }> {
  const rows = await db.read<{ key: string }>(MOST_SPECIFIC_BLOCK, { key });
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const plan = (await session.run(`EXPLAIN ${MOST_SPECIFIC_BLOCK}`, { key })).summary.plan;
    const ops: string[] = [];
    const walk = (p: typeof plan) => {
      if (p === false || p === undefined) return;
      ops.push(p.operatorType);
      p.children.forEach(walk);
    };
    walk(plan);
    return { key: rows[0]?.key, operators: ops };
  } finally {
    await session.close();
  }
}

/** Status and error of every evidence node whose query matches a pattern. */
export async function evidenceWhere(db: GraphDb, queryPattern: string): Promise<{ source: string; query: string; status: string; error: string | null; byteLength: number; meta: string | null; serverAddress: string }[]> {
  return db.read(`MATCH (e:Evidence) WHERE e.query =~ $p RETURN e.source AS source, e.query AS query, e.status AS status, e.error AS error, e.byteLength AS byteLength, e.meta AS meta, e.serverAddress AS serverAddress ORDER BY e.query`, { p: queryPattern });
}

/** Open fact edges stated twice (same ends, type, source and record type): must be none. */
export async function duplicateOpenFacts(db: GraphDb): Promise<number> {
  const rows = await db.read<{ c: number }>(
    'MATCH (a)-[r {open: true}]->(b) WITH a, b, type(r) AS t, r.source AS s, r.recordType AS k, count(r) AS n WHERE n > 1 RETURN count(*) AS c',
  );
  return rows[0]?.c ?? 0;
}

/** How many URLs carry the resolved mark. */
export async function resolvedUrlCount(db: GraphDb): Promise<number> {
  const rows = await db.read<{ c: number }>('MATCH (u:Url) WHERE u.resolvedAt IS NOT NULL RETURN count(u) AS c');
  return rows[0]?.c ?? 0;
}

/** The raw bytes stored in each Evidence node, by id (to check hashes quoted elsewhere). */
export async function rawOfEvidence(db: GraphDb, ids: string[]): Promise<Map<string, Buffer>> {
  const rows = await db.read<{ id: string; raw: Int8Array | null }>('UNWIND $ids AS id MATCH (e:Evidence {id: id}) RETURN e.id AS id, e.raw AS raw', { ids });
  return new Map(rows.map((r) => [r.id, r.raw === null ? Buffer.alloc(0) : Buffer.from(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength)]));
}

/** "Label.prop" of every node and "TYPE.prop" of every relationship whose text value contains the needle. */
export async function propertiesContaining(db: GraphDb, needle: string): Promise<string[]> {
  const rows = await db.read<{ owner: string; props: Record<string, unknown> }>(
    `MATCH (n) RETURN head(labels(n)) AS owner, properties(n) AS props UNION ALL MATCH ()-[r]->() RETURN type(r) AS owner, properties(r) AS props`,
  );
  return rows.flatMap((r) => Object.entries(r.props).filter(([, v]) => JSON.stringify(v)?.includes(needle)).map(([k]) => `${r.owner}.${k}`));
}

/** Edits a stored audit entry behind the module's back, as a tamperer with database access would. */
export async function tamperAuditEntry(db: GraphDb, seq: number, changes: { action?: string; detail?: string; prevHash?: string; hash?: string; mac?: string | null }): Promise<void> {
  await db.write('MATCH (e:AuditEntry {seq: $seq}) SET e += $changes', { seq, changes });
}

/** Deletes a stored audit entry, as a tamperer with database access would. */
export async function deleteAuditEntry(db: GraphDb, seq: number): Promise<void> {
  await db.write('MATCH (e:AuditEntry {seq: $seq}) DELETE e', { seq });
}

/** Deletes the newest audit entries from a seq on, as a tamperer hiding what was done last would. */
export async function deleteAuditEntriesFrom(db: GraphDb, seq: number): Promise<void> {
  await db.write('MATCH (e:AuditEntry) WHERE e.seq >= $seq DELETE e', { seq });
}

/** Overwrites the stored bytes of an Evidence node, leaving its sha256, as a tamperer would. */
export async function tamperEvidenceRaw(db: GraphDb, id: string, bytes: Buffer): Promise<void> {
  await db.write('MATCH (e:Evidence {id: $id}) SET e.raw = $raw', { id, raw: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
}
