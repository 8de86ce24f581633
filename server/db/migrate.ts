// Applies schema/migrations/NNNN-*.cypher in order, once each, and records each as a
// (:SchemaMigration {id, checksum, appliedAt}) node, so the graph says which schema it has.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphDb } from './driver.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', '..', 'schema', 'migrations');

// Which migrations this graph has recorded.
const APPLIED = `MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum ORDER BY m.id LIMIT $limit`;
// Records one applied migration.
const RECORD = `MERGE (m:SchemaMigration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime($appliedAt)`;
// Constraints and indexes as the server lists them, for the idempotence check and health.
const SHOW_CONSTRAINTS = `SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name`;
const SHOW_INDEXES = `SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name`;

export class MigrationError extends Error {
  readonly code = 'MIGRATION_FAILED';
}

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}-[a-z0-9-]+\.cypher$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      return { id: f.replace(/\.cypher$/, ''), checksum: createHash('sha256').update(text).digest('hex'), statements: splitStatements(text) };
    });
}

/** Statements end with ";" at a line end; "//" comment lines are dropped. */
export function splitStatements(text: string): string[] {
  const body = text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  return body.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter((s) => s !== '');
}

export async function applyMigrations(db: GraphDb, opts: { dir?: string; now?: () => Date } = {}): Promise<{ applied: string[]; skipped: string[] }> {
  const now = opts.now ?? (() => new Date());
  const done = new Map((await db.read<{ id: string; checksum: string }>(APPLIED, { limit: 10_000 })).map((r) => [r.id, r.checksum]));
  const result = { applied: [] as string[], skipped: [] as string[] };
  for (const m of readMigrations(opts.dir)) {
    const recorded = done.get(m.id);
    if (recorded !== undefined) {
      if (recorded !== m.checksum) throw new MigrationError(`migration ${m.id}.cypher was changed after it was applied to this graph (checksum ${recorded.slice(0, 12)}… → ${m.checksum.slice(0, 12)}…): add a new migration instead of editing an applied one`);
      result.skipped.push(m.id);
      continue;
    }
    // Schema statements cannot share a transaction with data writes: one auto-commit each.
    for (const stmt of m.statements) {
      try {
        await db.write(stmt);
      } catch (err) {
        throw new MigrationError(`migration ${m.id}.cypher failed at "${stmt.slice(0, 80)}…": ${(err as Error).message}`);
      }
    }
    await db.write(RECORD, { id: m.id, checksum: m.checksum, appliedAt: now().toISOString() });
    result.applied.push(m.id);
  }
  if (result.applied.length > 0) await db.write('CALL db.awaitIndexes(300)');
  return result;
}

export interface SchemaListing {
  constraints: Record<string, unknown>[];
  indexes: Record<string, unknown>[];
}

export async function listSchema(db: GraphDb): Promise<SchemaListing> {
  return { constraints: await db.read(SHOW_CONSTRAINTS), indexes: await db.read(SHOW_INDEXES) };
}
