// The administrator's screen: accounts (create, role, disable), the admin's own API tokens, and
// the audit log with its check (hash chain, HMACs under the key outside the graph, signed head).
import { changeRole, createAccount, createApiToken, fetchAccounts, fetchAudit, fetchTokens, revokeApiToken, setDisabled, type Account } from '../api/admin.ts';
import { button, byId, el, errorText, say, table } from '../dom.ts';
import { timeEl } from '../time-text.ts';

const ROLES = ['viewer', 'investigator', 'legal', 'admin'];
const AUDIT_SHOWN = 100;

function roleSelect(label: string, selected: string): HTMLSelectElement {
  return el('select', { 'aria-label': label }, ...ROLES.map((r) => el('option', { value: r, selected: r === selected }, r)));
}

function accountRow(a: Account, me: string, status: HTMLElement): (Node | string)[] {
  if (a.username === me) return [a.username, a.role, timeEl(a.createdAt), a.createdBy, 'active (you)', ''];
  const role = roleSelect(`Role of ${a.username}`, a.role);
  const act = (p: Promise<Account>, done: string) => p.then(() => renderAccounts(me, done)).catch((err: unknown) => say(status, `Not changed: ${errorText(err)}`, true));
  return [
    a.username,
    el('span', {}, role, ' ', button('Change role', () => void act(changeRole(a.username, role.value), `${a.username} is now ${role.value}.`), { class: 'secondary', 'aria-label': `Change the role of ${a.username}` })),
    timeEl(a.createdAt), a.createdBy,
    a.disabledAt === null ? 'active' : el('span', { class: 'bad' }, 'disabled ', timeEl(a.disabledAt)),
    a.disabledAt === null
      ? button('Disable', () => void act(setDisabled(a.username, true), `${a.username} is disabled: signed out, password and tokens refused.`), { class: 'secondary', 'aria-label': `Disable ${a.username}` })
      : button('Enable', () => void act(setDisabled(a.username, false), `${a.username} may sign in again.`), { class: 'secondary', 'aria-label': `Enable ${a.username}` }),
  ];
}

async function renderAccounts(me: string, done = ''): Promise<void> {
  const region = byId('admin-users');
  const status = byId('admin-users-status');
  try {
    const accounts = await fetchAccounts();
    region.replaceChildren(table('Accounts', ['User', 'Role', 'Created', 'By', 'State', ''], accounts.map((a) => accountRow(a, me, status))));
    say(status, done);
  } catch (err) {
    say(status, `Accounts could not be read: ${errorText(err)}`, true);
  }
}

function wireCreateForm(me: string): void {
  const form = el('form', { 'aria-label': 'New account' },
    el('h3', {}, 'New account'),
    el('label', {}, 'User name ', el('input', { name: 'username', required: true })),
    el('label', {}, 'Role ', el('select', { name: 'role' }, ...ROLES.map((r) => el('option', { value: r }, r)))),
    el('label', {}, 'Password ', el('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true })),
    el('button', { type: 'submit' }, 'Create account'));
  byId('admin-create').replaceChildren(form);
  const status = byId('admin-users-status');
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const username = String(data.get('username')).trim();
    createAccount(username, String(data.get('role')), String(data.get('password')))
      .then(() => {
        form.reset();
        return renderAccounts(me, `Account ${username} created.`);
      })
      .catch((err: unknown) => say(status, `Not created: ${errorText(err)}`, true));
  };
}

async function renderTokens(shown = ''): Promise<void> {
  const region = byId('admin-tokens');
  const status = byId('admin-tokens-status');
  try {
    const tokens = await fetchTokens();
    region.replaceChildren(tokens.length === 0 ? el('p', { class: 'hint' }, 'No API tokens yet.') : table('Your API tokens', ['Label', 'Created', 'State', ''], tokens.map((t) => [
      t.label, timeEl(t.createdAt), t.revokedAt === null ? 'in use' : el('span', {}, 'revoked ', timeEl(t.revokedAt)),
      t.revokedAt === null ? button('Revoke', () => void revokeApiToken(t.id).then(() => renderTokens(`Token “${t.label}” revoked.`)), { class: 'secondary', 'aria-label': `Revoke token ${t.label}` }) : '',
    ])));
    if (shown !== '') say(status, shown);
  } catch (err) {
    say(status, `Tokens could not be read: ${errorText(err)}`, true);
  }
}

function wireTokenForm(): void {
  const input = el('input', { required: true });
  const form = el('form', { 'aria-label': 'New API token' }, el('label', {}, 'Token label ', input), el('button', { type: 'submit' }, 'Create token'));
  byId('admin-token-form').replaceChildren(form);
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const label = input.value.trim();
    createApiToken(label)
      .then((t) => {
        form.reset();
        byId('admin-token-new').replaceChildren(el('p', {}, 'The new token, shown this once (send it as “Authorization: Bearer …”):'), el('code', { class: 'token' }, t.token));
        return renderTokens(`Token “${label}” created.`);
      })
      .catch((err: unknown) => say(byId('admin-tokens-status'), `Not created: ${errorText(err)}`, true));
  };
}

async function renderAudit(): Promise<void> {
  const region = byId('admin-audit');
  say(region, 'Reading and verifying the audit log…');
  try {
    const { entries, check } = await fetchAudit(new Date(Date.now() - 24 * 3600_000));
    const verdict = check.ok
      ? el('p', { class: 'ok', id: 'audit-verdict' }, 'Verified: every entry of the audit log holds (hash chain intact).')
      : el('p', { class: 'bad', id: 'audit-verdict' }, check.broken === null ? 'The audit log does not verify.' : `Broken at entry ${check.broken.seq} (${check.broken.reason}): ${check.broken.message}`);
    const findings = el('ul', { class: 'plain hint', id: 'audit-findings', 'aria-label': 'What the check found' }, ...check.findings.map((f) => el('li', {}, f)));
    const latest = entries.slice(-AUDIT_SHOWN).reverse();
    region.replaceChildren(verdict, findings, table(`Audit log, last 24 hours (newest first, ${latest.length} of ${entries.length})`, ['#', 'When', 'Who', 'What', 'Target', 'From'], latest.map((e) => [
      e.seq, timeEl(e.at), e.username ?? '–', e.action, e.target ?? '', e.ip ?? '',
    ])));
  } catch (err) {
    say(region, `The audit log could not be read: ${errorText(err)}`, true);
  }
}

export async function renderAdmin(me: string): Promise<void> {
  wireCreateForm(me);
  wireTokenForm();
  await Promise.all([renderAccounts(me), renderTokens(), renderAudit()]);
}
