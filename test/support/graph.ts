// What graph tests share: a driver to the globalSetup's Neo4j, and a reset between files that
// keeps the schema (constraints, indexes and the SchemaMigration records).
import { inject } from 'vitest';
import { openGraphDb, type GraphDb } from '../../server/db/driver.ts';
import { clearGraphData } from './graph-assert.ts';

export function openTestGraph(): GraphDb {
  return openGraphDb({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
}

export async function resetGraph(db: GraphDb): Promise<void> {
  await clearGraphData(db);
}
