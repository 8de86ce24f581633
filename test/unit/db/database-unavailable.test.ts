import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../../../server/db/db-errors.ts';
import { databaseUnavailableText } from '../../../server/cli/database-unavailable-text.ts';

// The driver's own error class, as it throws it (code, GQL status, diagnostic record).
const newError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error', { OPERATION: '', OPERATION_CODE: '0', CURRENT_SCHEMA: '/' });

describe('telling a database that went away from any other error', () => {
  it('counts the driver\'s ServiceUnavailable and SessionExpired, the server\'s DatabaseUnavailable and refused or reset sockets as the database being away', () => {
    const away = [
      newError('Failed to connect to server … ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'),
      newError('connection lost', 'SessionExpired'),
      newError('database is shutting down', 'Neo.TransientError.General.DatabaseUnavailable'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' }),
      new Error('wrapped', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
      new DatabaseUnavailableError(new Date('2026-12-03T16:40:00Z')),
    ];
    expect(away.map(isDatabaseUnavailable)).toEqual(away.map(() => true));
  });

  it('does not count a Cypher error, a constraint violation, a deadlock or a plain error as the database being away', () => {
    const other = [
      newError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'),
      newError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed'),
      newError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'),
      new Error('property value is too large to index'),
      undefined,
    ];
    expect(other.map(isDatabaseUnavailable)).toEqual(other.map(() => false));
    expect(other[0]).toBeInstanceOf(Neo4jError);
  });

  it('says since when in words, with the exact time in ISO 8601', () => {
    const since = new Date('2026-12-03T16:40:12Z');
    expect(databaseUnavailableText(since, new Date('2026-12-03T16:42:30Z'))).toBe('database unavailable since 16:40:12 UTC on 2026-12-03 (2 min ago; 2026-12-03T16:40:12.000Z)');
  });
});
