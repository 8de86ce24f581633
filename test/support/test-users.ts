// Accounts for graph tests, made the way an admin makes them (first admin, then createUser), each
// with an API token: the tests call the API as a real, signed-in user of the given role.
import { createToken } from '../../server/auth/tokens.ts';
import { adminExists, createFirstAdmin, createUser, listUsers } from '../../server/auth/users.ts';
import type { Role } from '../../server/auth/permissions.ts';
import type { GraphDb } from '../../server/db/driver.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
const ADMIN = 'test-admin';

/** Creates `test-<role>` when missing (and the first admin when there is none) and returns a new bearer token for it. */
export async function testUserToken(db: GraphDb, role: Role, name = `test-${role}`): Promise<string> {
  if (!(await adminExists(db))) await createFirstAdmin(db, { username: ADMIN, password: TEST_PASSWORD });
  const exists = (await listUsers(db)).some((u) => u.username === name);
  if (!exists) await createUser(db, { username: name, password: TEST_PASSWORD, role, by: ADMIN });
  return (await createToken(db, name, { label: 'graph test', now: new Date() })).token;
}
