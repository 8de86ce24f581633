// Health and schema-state reads: what the health query and `hostchain db status` report.
import type { GraphDb } from '../db/driver.ts';

// Which Neo4j answers us: product name, version and edition.
const DBMS_COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
LIMIT $limit`;

// Which schema migrations the graph has recorded, oldest first.
const APPLIED_MIGRATIONS = `
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY m.id
LIMIT $limit`;

export interface DbmsInfo {
  name: string;
  version: string;
  edition: string;
}

export interface AppliedMigration {
  id: string;
  checksum: string;
  appliedAt: string;
}

export async function findDbmsInfo(db: GraphDb): Promise<DbmsInfo | undefined> {
  const rows = await db.read<{ name: string; version: string; edition: string }>(DBMS_COMPONENTS, { limit: 1 });
  return rows[0];
}

export async function findAppliedMigrations(db: GraphDb, limit = 1000): Promise<AppliedMigration[]> {
  const rows = await db.read<{ id: string; checksum: string; appliedAt: unknown }>(APPLIED_MIGRATIONS, { limit });
  return rows.map((r) => ({ id: r.id, checksum: r.checksum, appliedAt: String(r.appliedAt) }));
}
