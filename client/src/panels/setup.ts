// The page the one-time setup link opens (/setup#token=…): create the first administrator, then
// sign in with it. The token comes from the fragment, which the browser never sends anywhere.
import { setUpFirstAdmin } from '../api/admin.ts';
import { byId, el, errorText, say } from '../dom.ts';

/** server/auth/setup-token.ts SETUP_PATH. */
const SETUP_PAGE = '/setup';

export function isSetupPage(): boolean {
  return location.pathname === SETUP_PAGE;
}

export function showSetup(onCreated: (username: string) => void): void {
  const section = byId('setup');
  // Built only on this page, so the sign-in form stays the one "User name" field elsewhere.
  const status = el('p', { id: 'setup-status', role: 'alert' });
  const form = el('form', { id: 'setup-form' },
    el('label', {}, 'User name ', el('input', { name: 'username', autocomplete: 'username', required: true })),
    el('label', {}, 'Password (12 characters at least) ', el('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true })),
    el('label', {}, 'Password again ', el('input', { name: 'again', type: 'password', autocomplete: 'new-password', required: true })),
    el('button', { type: 'submit' }, 'Create administrator'), status);
  section.replaceChildren(el('h2', { id: 'setup-title' }, 'Create the first administrator'), form,
    el('p', { class: 'hint' }, 'This one-time link works once, on the machine the server runs on.'));
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  section.hidden = false;
  if (token === '') say(status, 'This link has no setup token: use the link the server printed when it started.', true);
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    if (data.get('password') !== data.get('again')) return say(status, 'The two passwords differ.', true);
    say(status, 'Creating the administrator…');
    setUpFirstAdmin(token, String(data.get('username')).trim(), String(data.get('password')))
      .then((a) => {
        section.replaceChildren();
        section.hidden = true;
        // The link is used up: leave it, so a reload shows the sign-in form rather than a dead link.
        history.replaceState(null, '', '/');
        onCreated(a.username);
      })
      .catch((err: unknown) => say(status, `Not created: ${errorText(err)}`, true));
  };
}
