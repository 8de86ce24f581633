// Who may read a case (need-to-know), in the case's details: its members, and for its creator or
// an administrator a form to add an account and a button to take one off. Someone who is not a
// member is told so in words, never shown an empty list that would pretend the case is empty.
import { changeCaseMember, fetchCaseAccess, type CaseAccess } from '../api/cases.ts';
import type { SessionUser } from '../api/session.ts';
import { button, el, errorText, say, table } from '../dom.ts';
import { timeEl } from '../time-text.ts';

export const NOT_A_MEMBER_TEXT = (name: string) => `You are not a member of the case “${name}”: its URLs, notices, orders and packs are shown only to its members. Its creator or an administrator can add you.`;

function membersTable(c: CaseAccess, onRemove: ((username: string) => void) | null): HTMLElement {
  if (c.members.length === 0) return el('p', { class: 'hint', id: 'case-no-members' }, 'Nobody is a member: the case is closed to everyone until an administrator adds members (it was made from the command line, or before cases had members).');
  return table('Members', ['Account', 'Added by', 'Added', ''], c.members.map((m) => [
    m.username, m.addedBy, timeEl(m.addedAt),
    onRemove === null ? '' : button('Remove', () => onRemove(m.username), { class: 'secondary', 'aria-label': `Remove ${m.username} from the case` }),
  ]));
}

/** Renders the members section into `region`; `onChanged` redraws the details after a change. */
export async function renderCaseMembers(region: HTMLElement, name: string, me: SessionUser | null, onChanged: () => void): Promise<CaseAccess | null> {
  const c = await fetchCaseAccess(name);
  if (c === null) {
    say(region, `There is no case “${name}”.`, true);
    return null;
  }
  const mayManage = me !== null && (me.role === 'admin' || me.username === c.createdBy);
  const status = el('p', { role: 'status', id: 'case-members-status' });
  const change = (username: string, remove: boolean) => void changeCaseMember(name, username, remove)
    .then((refused) => (refused === null ? onChanged() : say(status, refused, true)))
    .catch((err: unknown) => say(status, errorText(err), true));
  const form = mayManage ? el('form', { id: 'case-member-form', 'aria-label': 'Add a member' }) : null;
  if (form !== null) {
    const input = el('input', { id: 'case-member-name', name: 'username', required: true, placeholder: 'account name', 'aria-label': 'Account to add' });
    form.append(input, ' ', el('button', { type: 'submit' }, 'Add member'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      change(input.value.trim(), false);
    });
  }
  region.replaceChildren(
    el('h4', {}, 'Who may read this case'),
    el('p', { class: 'hint' }, `Made by ${c.createdBy ?? 'the command line (no account)'}.`),
    c.isMember ? '' : el('p', { class: 'bad', id: 'case-not-member' }, NOT_A_MEMBER_TEXT(name)),
    membersTable(c, mayManage ? (u) => change(u, true) : null),
    ...(form === null ? [] : [form]),
    status,
  );
  return c;
}
