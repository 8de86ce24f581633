// While the database is away every call that needs it gets one clear answer: HTTP 503 with
// extensions.code DATABASE_UNAVAILABLE and since when, instead of a masked "Unexpected error".
// Nothing is cached on our side: the driver reconnects by itself once Neo4j is back.
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../db/db-errors.ts';
import type { GraphDb } from '../db/driver.ts';
import { maskError } from './known-errors.ts';

/** Seconds a client may wait before asking again (the Retry-After header). */
const RETRY_AFTER_S = 5;

export function databaseUnavailableError(db: GraphDb, error: unknown): GraphQLError | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (!(original instanceof DatabaseUnavailableError) && !isDatabaseUnavailable(original)) return undefined;
  const since = original instanceof DatabaseUnavailableError ? original.since : db.availability.markDown();
  return new GraphQLError(`database unavailable since ${since.toISOString()}; try again when it is back`, {
    ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
    extensions: { code: 'DATABASE_UNAVAILABLE', since: since.toISOString(), http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_S) } } },
  });
}

/** The API's error mask (known-errors.ts) with the database-unavailable answer in front of it. */
export function maskErrorsExceptDatabaseUnavailable(db: GraphDb) {
  return (error: unknown, message: string, isDev?: boolean): Error => databaseUnavailableError(db, error) ?? maskError(error, message, isDev);
}
