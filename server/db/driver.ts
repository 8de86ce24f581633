// The one way the product talks to Neo4j. Reads go through `routing: READ` so that on a cluster
// (neo4j:// URI) followers can serve them; writes go to the leader.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { DbAvailability } from './db-availability.ts';
import { isDatabaseUnavailable } from './db-errors.ts';

export interface GraphDbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** What the server lists for this client (dbms.listConnections): lets a backup tell its own connections from an app's. */
  userAgent?: string | undefined;
  /** How long the driver itself retries a transaction on a transient error (its default: 30 s). */
  maxTransactionRetryTimeMs?: number | undefined;
  /** How long jobs wait for the database once it went away (default a minute). */
  maxPauseMs?: number | undefined;
}

export type Params = Record<string, unknown>;

export interface GraphDb {
  readonly driver: Driver;
  readonly uri: string;
  readonly database: string | undefined;
  /** Since when this process has seen the database away (undefined: it answers). */
  readonly availability: DbAvailability;
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
    ...(opts.userAgent === undefined ? {} : { userAgent: opts.userAgent }),
    ...(opts.maxTransactionRetryTimeMs === undefined ? {} : { maxTransactionRetryTime: opts.maxTransactionRetryTimeMs }),
  });
  const availability = new DbAvailability(opts.maxPauseMs);
  const run = async <T extends RecordShape>(cypher: string, params: Params, routing: 'READ' | 'WRITE'): Promise<T[]> => {
    let res: QueryResult;
    try {
      res = await driver.executeQuery(cypher, toCypherParams(params), {
        routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        database: opts.database,
      });
    } catch (err) {
      if (isDatabaseUnavailable(err)) availability.markDown();
      throw err;
    }
    availability.markUp();
    return res.records.map((r) => r.toObject() as T);
  };
  return {
    driver,
    uri: opts.uri,
    database: opts.database,
    availability,
    read: (cypher, params = {}) => run(cypher, params, 'READ'),
    write: (cypher, params = {}) => run(cypher, params, 'WRITE'),
    close: () => driver.close(),
  };
}

/**
 * The driver sends every JS number as a Cypher FLOAT ("Any javascript number value passed as a
 * parameter will be recognized as Float"): LIMIT would refuse it and ASNs would be stored as
 * 64500.0. Whole numbers become Cypher INTEGERs, recursively through rows.
 */
export function toCypherParams<T>(value: T): T {
  if (typeof value === 'number') return (Number.isSafeInteger(value) ? neo4j.int(value) : value) as T;
  if (Array.isArray(value)) return value.map((v) => toCypherParams(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)])) as T;
  }
  return value;
}
