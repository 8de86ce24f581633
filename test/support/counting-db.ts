// The real database with a tally of the statements sent through it: tests of batching count how
// many reads a GraphQL request makes (no N+1), while every statement still runs against Neo4j.
import type { GraphDb } from '../../server/db/driver.ts';

export interface CountingDb extends GraphDb {
  /** Reads sent since the last reset, each as its Cypher text. */
  readonly reads: string[];
  resetCount(): void;
}

export function countingDb(db: GraphDb): CountingDb {
  const reads: string[] = [];
  return {
    driver: db.driver,
    uri: db.uri,
    database: db.database,
    availability: db.availability,
    reads,
    resetCount: () => void reads.splice(0),
    read: (cypher, params) => {
      reads.push(cypher);
      return db.read(cypher, params);
    },
    write: (cypher, params) => db.write(cypher, params),
    close: () => db.close(),
  };
}
