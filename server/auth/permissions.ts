// Who may do what, as a table legal staff can read and review. Roles are ordered
// viewer < investigator < legal < admin: each role may do what the one below it may (a unit test
// holds the table to that), so the table lists for each action the roles that may take it.
import { AuthError } from './auth-error.ts';

export const ROLES = ['viewer', 'investigator', 'legal', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read-case', 'read-evidence', 'write-case', 'import-data', 'create-order', 'change-order', 'send-order', 'override-suggestion', 'manage-users', 'read-audit'] as const;
export type Action = (typeof ACTIONS)[number];

/** Who is signed in, as the rest of the server sees it. */
export interface AuthUser {
  username: string;
  role: Role;
}

export const PERMISSIONS: Record<Action, readonly Role[]> = {
  // Cases and the evidence behind their chains: everyone with an account.
  'read-case': ['viewer', 'investigator', 'legal', 'admin'],
  'read-evidence': ['viewer', 'investigator', 'legal', 'admin'],
  // Working a case: adding URLs, resolving, importing registry data, drafting orders.
  'write-case': ['investigator', 'legal', 'admin'],
  'import-data': ['investigator', 'legal', 'admin'],
  'create-order': ['investigator', 'legal', 'admin'],
  // Sending, withdrawing and closing an order, and choosing another addressee or instrument than
  // the rules suggest, are legal decisions.
  'change-order': ['legal', 'admin'],
  // Sending an order or demand to a provider is the authority speaking: legal staff only.
  'send-order': ['legal', 'admin'],
  'override-suggestion': ['legal', 'admin'],
  // Accounts and the audit log.
  'manage-users': ['admin'],
  'read-audit': ['admin'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/** Every action the role may take, in the table's order: what a client shows controls for. */
export function actionsOf(role: Role): Action[] {
  return ACTIONS.filter((a) => can(role, a));
}

/** Throws UNAUTHENTICATED without a user and FORBIDDEN when the user's role may not take the action. */
export function requireRole(user: AuthUser | undefined, action: Action): AuthUser {
  if (user === undefined) throw new AuthError('UNAUTHENTICATED', `sign in to ${action}`);
  if (!can(user.role, action)) {
    throw new AuthError('FORBIDDEN', `${user.username} (${user.role}) may not ${action}; it needs one of the roles: ${PERMISSIONS[action].join(', ')}`);
  }
  return user;
}
