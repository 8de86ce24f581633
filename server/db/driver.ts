// The one way the product talks to Neo4j. Reads go through `routing: READ` so that on a cluster
// (neo4j:// URI) followers can serve them; writes go to the leader.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';

export interface GraphDbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

export type Params = Record<string, unknown>;

export interface GraphDb {
  readonly driver: Driver;
  readonly uri: string;
  readonly database: string | undefined;
  /** Runs a read-only query; rows come back as plain objects keyed by the RETURN names. */
  read<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  /** Runs a write query in its own managed (retried) transaction. */
  write<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  close(): Promise<void>;
}

export function openGraphDb(opts: GraphDbOptions): GraphDb {
  // With auth disabled (our local server) the server ignores whatever credentials are sent.
  const auth = neo4j.auth.basic(opts.user, opts.password);
  const driver = neo4j.driver(opts.uri, auth, {
    // ASNs (< 2^32), counts and epoch-ms all fit in 2^53, so plain JS numbers are safe here.
    disableLosslessIntegers: true,
    // A 2-core machine: a small pool, importer concurrency is bounded elsewhere.
    maxConnectionPoolSize: 20,
    connectionAcquisitionTimeout: 60_000,
    telemetryDisabled: true,
  });
  const run = async <T extends RecordShape>(cypher: string, params: Params, routing: 'READ' | 'WRITE'): Promise<T[]> => {
    const res: QueryResult = await driver.executeQuery(cypher, params, {
      routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      database: opts.database,
    });
    return res.records.map((r) => r.toObject() as T);
  };
  return {
    driver,
    uri: opts.uri,
    database: opts.database,
    read: (cypher, params = {}) => run(cypher, params, 'READ'),
    write: (cypher, params = {}) => run(cypher, params, 'WRITE'),
    close: () => driver.close(),
  };
}
