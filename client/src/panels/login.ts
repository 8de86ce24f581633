// The sign-in form, shown whenever nobody is signed in (also when a session expires mid-work).
import { signIn, type SessionUser } from '../api/session.ts';
import { byId, errorText, say } from '../dom.ts';

export function showLogin(onSignedIn: (u: SessionUser) => void): void {
  const section = byId('login');
  const form = byId<HTMLFormElement>('login-form');
  const status = byId('login-status');
  section.hidden = false;
  byId<HTMLInputElement>('login-username').focus();
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    say(status, 'Signing in…');
    signIn(String(data.get('username')), String(data.get('password')))
      .then((u) => {
        say(status, '');
        form.reset();
        section.hidden = true;
        onSignedIn(u);
      })
      .catch((err: unknown) => say(status, `Not signed in: ${errorText(err)}`, true));
  };
}
