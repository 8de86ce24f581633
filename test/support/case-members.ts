// Cases made in a test's setup the way the command line makes them (runResolveJob with a caseId)
// have no members (need-to-know); an administrator puts the test's account on them over the API,
// as one would on a real server.
import type { Role } from '../../server/auth/permissions.ts';
import type { GraphDb } from '../../server/db/driver.ts';
import type { HostchainYoga } from '../../server/graphql/yoga.ts';
import { graphqlClient } from './gql.ts';
import { testUserToken } from './test-users.ts';

/** Makes `test-<role>` a member of each case. */
export async function joinCases(yoga: HostchainYoga, db: GraphDb, role: Role, caseNames: readonly string[]): Promise<void> {
  await testUserToken(db, role);
  const admin = graphqlClient(yoga, { db, role: 'admin' });
  for (const c of caseNames) {
    const r = await admin<{ addCaseMember: { __typename: string } }>('mutation($c: String!, $u: String!) { addCaseMember(caseName: $c, username: $u) { __typename } }', { c, u: `test-${role}` });
    if (r.addCaseMember.__typename !== 'Case') throw new Error(`could not add test-${role} to ${c}: ${r.addCaseMember.__typename}`);
  }
}
