// Entry of the web client: sign-in first, then the screen the address bar names. Text from the
// API is only ever set as text (textContent, canvas labels), never parsed as HTML: WHOIS, RDAP
// and DNS strings are attacker-controlled.
import { onUnauthenticated } from './api/graphql.ts';
import { fetchMe, signOut, type SessionUser } from './api/session.ts';
import { byId, errorText } from './dom.ts';
import { renderAdmin } from './panels/admin.ts';
import { renderAddressees, wireAddresseeForm } from './panels/addressees.ts';
import { renderCaseList, wireStartForm } from './panels/cases.ts';
import { createGraphScreen, type GraphScreen } from './panels/graph-screen.ts';
import { renderHosters } from './panels/hosters.ts';
import { showLogin } from './panels/login.ts';
import { showOrder } from './panels/order.ts';
import { renderTransparency } from './panels/transparency.ts';
import { isSetupPage, showSetup } from './panels/setup.ts';
import { runSearch } from './panels/search.ts';
import { onStateChange, state, update, type View, type ViewState } from './state/url-state.ts';
import { may, notForYou, setPermissions } from './state/may.ts';

let graph: GraphScreen | null = null;
let signedIn: SessionUser | null = null;

const SECTIONS: Record<View, string> = { cases: 'view-cases', chain: 'view-graph', explore: 'view-graph', addressees: 'view-addressees', hosters: 'view-hosters', transparency: 'view-transparency', admin: 'view-admin' };

async function render(s: ViewState, previous: ViewState | null): Promise<void> {
  if (signedIn === null) return;
  for (const id of new Set(Object.values(SECTIONS))) byId(id).hidden = id !== SECTIONS[s.view];
  for (const b of byId('nav').querySelectorAll<HTMLButtonElement>('button[data-view]')) {
    if (b.dataset.view === s.view) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  document.title = `hostchain · ${s.view}${s.caseName ? ` · ${s.caseName}` : ''}`;
  const changed = (k: keyof ViewState) => previous === null || JSON.stringify(previous[k]) !== JSON.stringify(s[k]) || previous.view !== s.view;
  switch (s.view) {
    case 'cases':
      if (changed('view')) await renderCaseList();
      break;
    case 'chain':
    case 'explore':
      graph ??= createGraphScreen();
      await graph.show(s);
      if (s.q !== null && previous === null) void runSearch(s.q);
      break;
    case 'addressees':
      if (changed('caseName') || changed('material') || changed('urls')) await renderAddressees();
      if (changed('order')) await showOrder(s.order);
      break;
    case 'hosters':
      if (changed('view')) await renderHosters();
      break;
    case 'transparency':
      if (changed('view')) await renderTransparency();
      break;
    case 'admin':
      if (changed('view')) await renderAdmin(signedIn.username);
      break;
  }
}

function enter(user: SessionUser): void {
  signedIn = user;
  setPermissions(user.role, user.actions);
  byId('start-form').hidden = !may('write-case');
  byId('start-not-for-you').textContent = may('write-case') ? '' : notForYou('Starting a case', 'write-case');
  byId('login').hidden = true;
  byId('nav-admin').hidden = user.role !== 'admin';
  byId('nav').hidden = false;
  byId('who').hidden = false;
  byId('who-name').textContent = `${user.username} (${user.role})`;
  void render(state(), null);
}

function leave(): void {
  signedIn = null;
  for (const id of ['nav', 'who', ...new Set(Object.values(SECTIONS))]) byId(id).hidden = true;
  showLogin(enter);
}

for (const b of byId('nav').querySelectorAll<HTMLButtonElement>('button[data-view]')) {
  b.addEventListener('click', () => update({ view: b.dataset.view as View }));
}
// Signing out when already signed out (the session expired, another tab signed out) just shows the form.
byId('sign-out').addEventListener('click', () => void (signedIn === null ? Promise.resolve() : signOut()).catch(() => undefined).finally(leave));
wireStartForm();
wireAddresseeForm();
onStateChange((s, previous) => void render(s, previous));
onUnauthenticated(() => {
  if (signedIn !== null) leave();
});

if (isSetupPage()) {
  showSetup((username) => {
    leave();
    byId('login-status').textContent = `Administrator ${username} created: sign in with it.`;
    byId<HTMLInputElement>('login-username').value = username;
  });
} else {
  fetchMe()
    .then((u) => (u === null ? leave() : enter(u)))
    .catch((err: unknown) => {
      leave();
      byId('login-status').textContent = `The server did not answer: ${errorText(err)}`;
    });
}
