// Errors of the local Neo4j lifecycle, each with a code and a message that says what to do.
export type LocalNeo4jErrorCode = 'JAVA_MISSING' | 'JAVA_TOO_OLD' | 'MAVEN_MISSING' | 'MAVEN_CENTRAL_UNREACHABLE' | 'JAR_FETCH_FAILED' | 'PORT_TAKEN' | 'NEO4J_DID_NOT_START' | 'NEO4J_UNREACHABLE' | 'NEO4J_ADMIN_FAILED';

export class LocalNeo4jError extends Error {
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// The database going away (killed, restarting, network gone) is not a failure of the work in
// hand: jobs pause and wait for it, the API answers 503. This is the one place that tells such an
// error from any other. The driver's codes: ServiceUnavailable (no connection could be made),
// SessionExpired (the connection died under a transaction); the server's own while a database is
// stopping or starting: Neo.TransientError.General.DatabaseUnavailable.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable', 'DATABASE_UNAVAILABLE']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** True when the error (or one it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  }
  return false;
}

/** The database stayed away longer than the work may wait: the work stops, resumable, nothing marked failed. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(
    readonly since: Date,
    options?: { cause?: unknown },
  ) {
    super(`database unavailable since ${since.toISOString()}`, options);
  }
}
