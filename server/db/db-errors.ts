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
