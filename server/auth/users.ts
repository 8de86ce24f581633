// User accounts: the first admin (created once, from the command line), further users created by
// an admin, and the password check of a sign-in. There is no default account or password.
import type { GraphDb } from '../db/driver.ts';
import { AuthError } from './auth-error.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { randomSecret } from './secrets.ts';
import { isRole, type AuthUser, type Role } from './permissions.ts';
import { ADMIN_EXISTS, CREATE_FIRST_ADMIN, CREATE_USER, LIST_USERS, SET_USER_DISABLED, SET_USER_ROLE, USER_EXISTS, USER_FOR_SIGN_IN } from './users-cypher.ts';

/** Lower case, so "Alice" and "alice" cannot be two accounts; safe in logs and audit lines. */
const USERNAME = /^[a-z][a-z0-9._-]{1,63}$/;

export interface NewUser {
  username: string;
  password: string;
}

export async function createFirstAdmin(db: GraphDb, u: NewUser, now: Date = new Date()): Promise<AuthUser> {
  checkUsername(u.username);
  const passwordHash = await hashPassword(u.password);
  const rows = await db.write<{ username: string }>(CREATE_FIRST_ADMIN, { username: u.username, passwordHash, at: now.toISOString() });
  if (rows.length === 0) throw new AuthError('ADMIN_EXISTS', 'an admin account exists already: the first admin is created only once; an admin creates further accounts');
  return { username: u.username, role: 'admin' };
}

export async function createUser(db: GraphDb, u: NewUser & { role: string; by: string }, now: Date = new Date()): Promise<AuthUser> {
  checkUsername(u.username);
  if (!isRole(u.role)) throw new AuthError('BAD_ROLE', `unknown role "${u.role}"; one of: viewer, investigator, legal, admin`);
  const role: Role = u.role;
  if ((await db.read(USER_EXISTS, { username: u.username, limit: 1 })).length > 0) throw new AuthError('USER_EXISTS', `a user named ${u.username} exists already`);
  const passwordHash = await hashPassword(u.password);
  const rows = await db.write<{ username: string }>(CREATE_USER, { username: u.username, role, passwordHash, by: u.by, at: now.toISOString() });
  if (rows.length === 0) throw new AuthError('FORBIDDEN', `${u.by} is not an admin: only an admin creates accounts`);
  return { username: u.username, role };
}

// Unknown users get the same scrypt work as known ones, so timing does not tell which names exist.
let decoy: Promise<string> | undefined;

/** The user when the password is theirs; undefined otherwise (without saying which part was wrong). */
export async function checkCredentials(db: GraphDb, username: string, password: string): Promise<AuthUser | undefined> {
  const [row] = USERNAME.test(username) ? await db.read<{ username: string; role: string; passwordHash: string }>(USER_FOR_SIGN_IN, { username, limit: 1 }) : [];
  decoy ??= hashPassword(randomSecret());
  const ok = await verifyPassword(password, row?.passwordHash ?? (await decoy));
  if (row === undefined || !ok || !isRole(row.role)) return undefined;
  return { username: row.username, role: row.role };
}

function checkUsername(username: string): void {
  if (!USERNAME.test(username)) {
    throw new AuthError('BAD_USERNAME', `"${username}" is not a valid username: 2 to 64 characters, lower-case letters, digits, ".", "_" or "-", starting with a letter`);
  }
}

export interface UserInfo extends AuthUser {
  createdAt: string;
  createdBy: string;
  /** When an admin disabled the account; null while it may sign in. */
  disabledAt: string | null;
}

export function listUsers(db: GraphDb): Promise<UserInfo[]> {
  return db.read<UserInfo>(LIST_USERS, { limit: 10_000 });
}

export async function adminExists(db: GraphDb): Promise<boolean> {
  return (await db.read(ADMIN_EXISTS, { limit: 1 })).length > 0;
}

/** An admin changes another account's role (never their own: the last admin cannot lock everyone out). */
export async function setUserRole(db: GraphDb, a: { username: string; role: string; by: string }): Promise<UserInfo> {
  if (!isRole(a.role)) throw new AuthError('BAD_ROLE', `unknown role "${a.role}"; one of: viewer, investigator, legal, admin`);
  return oneAccount(await db.write<UserInfo>(SET_USER_ROLE, { ...a }), a);
}

/** An admin disables another account (its sessions end, its tokens stop working) or enables it again. */
export async function setUserDisabled(db: GraphDb, a: { username: string; disabled: boolean; by: string }, now: Date = new Date()): Promise<UserInfo> {
  return oneAccount(await db.write<UserInfo>(SET_USER_DISABLED, { ...a, at: now.toISOString() }), a);
}

function oneAccount(rows: UserInfo[], a: { username: string; by: string }): UserInfo {
  if (rows[0] !== undefined) return rows[0];
  if (a.username === a.by) throw new AuthError('FORBIDDEN', 'an administrator does not change their own account here: another administrator does');
  throw new AuthError('UNKNOWN_USER', `there is no user named ${a.username}`);
}
