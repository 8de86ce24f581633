// The Cases screen: the cases a person can see, one case's URLs and orders, and a form that
// starts a case from pasted or uploaded URLs and follows its resolve job live.
import { fetchCaseOrders, fetchCaseUrlRows, fetchCases, loadDemoCase, type CaseUrl } from '../api/cases.ts';
import { ApiError } from '../api/graphql.ts';
import { startResolve } from '../api/resolve.ts';
import { fetchMe } from '../api/session.ts';
import { NOT_A_MEMBER_TEXT, renderCaseMembers } from './case-members.ts';
import { button, byId, cut, el, errorText, say, table, present } from '../dom.ts';
import { timeEl } from '../time-text.ts';
import { update } from '../state/url-state.ts';
import { followJob } from './job.ts';
import { may } from '../state/may.ts';

let stopJob: (() => void) | null = null;

function urlState(u: CaseUrl): HTMLElement | string {
  if (u.resolvedAt === null) return 'not resolved';
  const failed = u.failedLookups ?? 0;
  // The failure lines carry addresses and URLs: cut to one line here, whole on hover.
  return el('span', {}, 'resolved ', timeEl(u.resolvedAt), failed > 0 ? el('span', {}, el('br', {}), cut(`${failed} lookups failed: ${u.failureReasons.join('; ')}`)) : '');
}

const DEMO_HINT = 'The demo case: a shop on a small hoster that rents its block from a reseller, which rents from an upstream provider (replayed answers, no internet needed). It goes into the same graph as your own lookups, as the case “Demo: reseller chain”.';

const isFailed = (u: CaseUrl) => u.resolvedAt === null || (u.failedLookups ?? 0) > 0;

async function failedUrlsOf(caseName: string): Promise<string[]> {
  return (await fetchCaseUrlRows(caseName)).filter(isFailed).map((u) => u.url);
}

export async function renderCaseList(): Promise<void> {
  const region = byId('case-list');
  try {
    const cases = await fetchCases();
    const demo = el('p', { class: 'hint' }, DEMO_HINT, ' ', button(cases.length === 0 ? 'Load the demo case' : 'Load the demo case again', () => void loadDemo(region), { id: 'demo-load', class: 'secondary' }));
    if (cases.length === 0) return void region.replaceChildren(el('p', { class: 'hint' }, 'No cases yet. Start one with the form, or look around in the demo case.'), demo);
    // An administrator sees every case; one they are not on shows its members, not its figures.
    region.replaceChildren(table('Your cases', ['Case', 'URLs', 'Resolved', 'Started', 'Members', 'Open'], cases.map((c) => [
      c.name, c.urlCount ?? 'not a member', c.resolvedCount ?? '', timeEl(c.createdAt), c.members.length === 0 ? 'none yet' : c.members.map((m) => m.username).join(', '),
      !c.isMember ? button('Members', () => void renderCaseDetail(c.name), { class: 'secondary', 'aria-label': `Members of case ${c.name}` }) : el('span', {},
        button('Chain', () => update({ view: 'chain', caseName: c.name, urls: [], node: null }), { class: 'secondary', 'aria-label': `Chain of case ${c.name}` }), ' ',
        button('Addressees', () => update({ view: 'addressees', caseName: c.name, order: null }), { class: 'secondary', 'aria-label': `Addressees for case ${c.name}` }), ' ',
        button('Details', () => void renderCaseDetail(c.name), { class: 'secondary', 'aria-label': `Details of case ${c.name}` })),
    ])), demo);
  } catch (err) {
    say(region, `Cases could not be read: ${errorText(err)}`, true);
  }
}

async function loadDemo(region: HTMLElement): Promise<void> {
  say(region, 'Resolving the demo case…');
  try {
    const r = await loadDemoCase();
    say(region, `${r.resolved} URLs resolved, ${r.failed} failed.`);
    update({ view: 'chain', caseName: r.caseName, urls: [], node: null });
  } catch (err) {
    say(region, `The demo case could not be loaded: ${errorText(err)}`, true);
  }
}

async function renderCaseDetail(name: string): Promise<void> {
  const region = byId('job');
  const members = el('section', { id: 'case-members', 'aria-label': 'Members' });
  try {
    const access = await renderCaseMembers(members, name, await fetchMe(), () => void renderCaseDetail(name));
    if (access === null || !access.isMember) return void region.replaceChildren(el('h3', {}, `Case ${name}`), members);
  } catch (err) {
    const text = err instanceof ApiError && err.code === 'NOT_A_MEMBER' ? NOT_A_MEMBER_TEXT(name) : `The case could not be read: ${errorText(err)}`;
    return say(region, text, true);
  }
  const [urls, orders] = await Promise.all([fetchCaseUrlRows(name), fetchCaseOrders(name)]);
  const failed = urls.filter(isFailed);
  region.replaceChildren(...present(
    el('h3', {}, `Case ${name}`),
    members,
    table('URLs', ['Line', 'URL', 'State'], urls.map((u) => [u.line ?? '', cut(u.url), urlState(u)])),
    el('details', {}, el('summary', {}, 'The URLs in full'), el('ul', { class: 'full-urls' }, ...urls.map((u) => el('li', {}, u.url)))),
    failed.length > 0 && may('write-case') ? button(`Retry the ${failed.length} failed`, () => void start(name, failed.map((u) => u.url), 0), { id: 'case-retry' }) : null,
    orders.length > 0 ? table('Orders', ['Order', 'Addressee', 'Status', 'Drafted'], orders.map((o) => [
      button(`${o.instrument} ${o.id}`, () => update({ view: 'addressees', caseName: name, order: o.id }), { class: 'secondary' }), o.addresseeName, o.status, timeEl(o.createdAt),
    ])) : el('p', { class: 'hint' }, 'No orders drafted yet.'),
  ));
}

/** `freshHours` > 0: URLs resolved within that many hours are skipped (a retry passes 0: ask again). */
async function start(caseName: string, urls: string[], freshHours: number): Promise<void> {
  const region = byId('job');
  say(region, `Sending ${urls.filter((u) => u !== '' && !u.startsWith('#')).length} URLs…`);
  try {
    const { job, rejected } = await startResolve(urls, caseName, freshHours);
    const follow = (jobId: string) => {
      stopJob?.();
      update({ job: jobId }, { replace: true });
      stopJob = followJob({
        region, caseName, failedUrls: () => failedUrlsOf(caseName),
        onRetry: follow,
        onFinished: () => {
          void renderCaseList();
          region.append(
            button('Show the chain', () => update({ view: 'chain', caseName, urls: [], node: null }), { id: 'job-show-chain' }), ' ',
            button('Pick the addressees', () => update({ view: 'addressees', caseName, order: null }), { class: 'secondary' }),
          );
          if (rejected.length > 0) region.append(rejectedTable(rejected));
        },
      }, jobId);
    };
    follow(job.id);
  } catch (err) {
    say(region, `Could not start: ${errorText(err)}`, true);
  }
}

function rejectedTable(rejected: { line: number; input: string; reason: string }[]): HTMLElement {
  return table('Lines not taken', ['Line', 'Input', 'Why'], rejected.map((r) => [r.line, cut(r.input), r.reason]));
}

/** A CSV's header row (a first field with no dot, colon or slash, e.g. "url") becomes a # comment: kept in view, not taken for a URL. */
function withCsvHeaderAsComment(fileText: string): string {
  const [first, ...rest] = fileText.split(/\r?\n/);
  if (first === undefined || !first.includes(',') || /[.:/]/.test(first.split(',')[0]!)) return fileText;
  return [`# ${first}`, ...rest].join('\n');
}

export function wireStartForm(): void {
  const form = byId<HTMLFormElement>('start-form');
  const file = byId<HTMLInputElement>('start-file');
  const text = byId<HTMLTextAreaElement>('start-urls');
  // A file's lines are added to the box, so the person sees (and can edit) what will be sent.
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f !== undefined) void f.text().then((t) => (text.value = [text.value.trim(), withCsvHeaderAsComment(t.trim())].filter((s) => s !== '').join('\n')));
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const caseName = byId<HTMLInputElement>('start-case').value.trim();
    // CSV: the first field of each line. Every line is sent, blank ones and # comments too (the
    // server skips them), so a bad line is reported with the number it has in the box.
    const lines = text.value.split(/\r?\n/).map((l) => (l.trim().startsWith('#') ? l.trim() : l.split(',')[0]!.trim()));
    const urls = lines.slice(0, lines.findLastIndex((l) => l !== '') + 1);
    if (urls.every((l) => l === '' || l.startsWith('#'))) return say(byId('job'), 'Paste or upload at least one URL.', true);
    const hours = Number(byId<HTMLInputElement>('start-fresh-hours').value);
    void start(caseName, urls, Number.isFinite(hours) && hours > 0 ? hours : 0);
  });
}
