// What the signed-in user may do, as the server says (`me { actions }`, from
// server/auth/permissions.ts): the page shows a control only to those who may use it, and says who
// may instead of offering a button the server would refuse.
export type Action = 'read-case' | 'read-evidence' | 'write-case' | 'import-data' | 'create-order' | 'change-order' | 'send-order' | 'override-suggestion' | 'manage-users' | 'read-audit';

let actions = new Set<string>();
let roleName = '';

export function setPermissions(role: string, list: readonly string[]): void {
  roleName = role;
  actions = new Set(list);
}

export function may(action: Action): boolean {
  return actions.has(action);
}

const WHO: Partial<Record<Action, string>> = {
  'write-case': 'investigators, legal staff and administrators',
  'create-order': 'investigators, legal staff and administrators',
  'change-order': 'legal staff and administrators',
  'send-order': 'legal staff and administrators',
  'override-suggestion': 'legal staff and administrators',
};

/** "Changing the status is for legal staff and administrators (you are signed in as a viewer)." */
export function notForYou(what: string, action: Action): string {
  return `${what} is for ${WHO[action] ?? 'other roles'} (you are signed in as ${/^[aeiou]/.test(roleName) ? 'an' : 'a'} ${roleName}).`;
}
