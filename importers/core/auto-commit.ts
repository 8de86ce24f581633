// Statements that batch themselves with CALL … IN TRANSACTIONS: Neo4j runs those only in an
// auto-commit transaction, never inside a managed (retried) one.
import type { GraphDb } from '../../server/db/driver.ts';
import { toCypherParams } from '../../server/db/driver.ts';

export async function runAutoCommit<T>(db: GraphDb, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    const res = await session.run(cypher, toCypherParams(params));
    return res.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}
