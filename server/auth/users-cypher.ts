// The Cypher of user accounts: creating the first admin and further users, and the sign-in lookup.

// Creates the first admin, only while the graph holds no admin.
export const CREATE_FIRST_ADMIN = `
OPTIONAL MATCH (a:User {role: 'admin'})
WITH count(a) AS admins
WHERE admins = 0
CREATE (u:User {username: $username, role: 'admin', passwordHash: $passwordHash, createdAt: datetime($at), createdBy: $username})
RETURN u.username AS username`;

// Creates a user on behalf of an existing admin; no row when `by` is not an admin.
export const CREATE_USER = `
MATCH (a:User {username: $by, role: 'admin'})
CREATE (u:User {username: $username, role: $role, passwordHash: $passwordHash, createdAt: datetime($at), createdBy: a.username})
RETURN u.username AS username`;

// Whether a username is taken (for a clear message before the constraint would refuse it).
export const USER_EXISTS = `MATCH (u:User {username: $username}) RETURN u.username AS username LIMIT $limit`;

// The account and password hash a sign-in is checked against.
export const USER_FOR_SIGN_IN = `MATCH (u:User {username: $username}) WHERE u.disabledAt IS NULL RETURN u.username AS username, u.role AS role, u.passwordHash AS passwordHash LIMIT $limit`;

// Every account, for the admin's list (never the hash).
export const LIST_USERS = `MATCH (u:User) RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt, u.createdBy AS createdBy, toString(u.disabledAt) AS disabledAt ORDER BY u.username LIMIT $limit`;

// Whether the first admin has been created (the server asks for one on its first start).
export const ADMIN_EXISTS = `MATCH (u:User {role: 'admin'}) RETURN u.username AS username LIMIT $limit`;

// Gives an account another role, on behalf of an admin who is not that account; no row otherwise.
export const SET_USER_ROLE = `
MATCH (a:User {username: $by, role: 'admin'}), (u:User {username: $username})
WHERE a <> u
SET u.role = $role
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt, u.createdBy AS createdBy, toString(u.disabledAt) AS disabledAt`;

// Disables an account (its sessions end; sign-in, sessions and tokens are refused while disabled) or
// enables it again, on behalf of an admin who is not that account; no row otherwise.
export const SET_USER_DISABLED = `
MATCH (a:User {username: $by, role: 'admin'}), (u:User {username: $username})
WHERE a <> u
SET u.disabledAt = CASE WHEN $disabled THEN coalesce(u.disabledAt, datetime($at)) ELSE null END
WITH u
OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session)
WHERE $disabled AND s.endedAt IS NULL
SET s.endedAt = datetime($at)
WITH DISTINCT u
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt, u.createdBy AS createdBy, toString(u.disabledAt) AS disabledAt`;
