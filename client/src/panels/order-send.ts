// The order panel's sending section. A drafted order: send it by e-mail to a contact the chain
// records for the addressee (another address with its reason), or record that it went by PERCI,
// post or otherwise, and when. A sent order: what was sent, to whom, when and its Message-ID, the
// deadline counted from that time, and the provider's answer in the Regulation's terms.
import { CHANNELS, CONTENT_FORMS, OUTCOMES, TARGETS, type Term } from '../../../server/orders/order-terms.ts';
import { recordOrderSent, recordProviderFeedback, sendOrderByEmail, fetchSendState, type SendState } from '../api/order-send.ts';
import type * as S from '../api/schema-types.ts';
import { button, el, errorText, say } from '../dom.ts';
import { may, notForYou } from '../state/may.ts';
import { relativeText, timeEl } from '../time-text.ts';

const OTHER = '__other__';
const enumOf = (value: string) => value.toUpperCase().replaceAll('-', '_');
const wordOf = <V extends string>(list: readonly Term<V>[], value: string | null) => list.find((t) => enumOf(t.value) === value)?.en ?? value ?? '';
const options = <V extends string>(list: readonly Term<V>[], skip: string[] = []) => list.filter((t) => !skip.includes(t.value)).map((t) => el('option', { value: enumOf(t.value) }, t.en));
const field = (label: string, control: HTMLElement) => el('label', { class: 'field' }, `${label} `, control);

/** Now, as a datetime-local input shows it (the browser's time zone, to the second: an answer must not read as before the sending). */
function localNow(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
}
const isoOf = (local: string) => new Date(local).toISOString();

function emailForm(s: SendState, done: () => void, status: HTMLElement, resend = false): HTMLElement {
  const d = s.emailDelivery;
  if (!d.configured) return el('p', { class: 'hint', id: 'send-no-smtp' }, 'No mail server is configured (smtp.host or HOSTCHAIN_SMTP): record below how the order was sent.');
  const to = el('select', { 'aria-label': 'Recipient', id: 'send-to' },
    ...d.recipients.map((r) => el('option', { value: r.email, selected: r.proposed }, `${r.email} — ${r.why}`)),
    el('option', { value: OTHER, selected: d.recipients.length === 0 }, 'another address…'));
  const typed = el('input', { 'aria-label': 'Other recipient address', type: 'email', placeholder: 'name@domain', id: 'send-to-other' });
  // The address field only when the sender types one.
  const showTyped = () => { typed.hidden = to.value !== OTHER; };
  to.addEventListener('change', showTyped);
  showTyped();
  const reason = el('input', { 'aria-label': 'Reason for this recipient', placeholder: 'why this address (needed unless it is the proposed one)', id: 'send-reason' });
  const language = el('select', { 'aria-label': 'Language', id: 'send-language' }, el('option', { value: 'NL' }, 'Dutch'), el('option', { value: 'EN' }, 'English'));
  const send = button(resend ? 'Send again by e-mail (re-send)' : 'Send by e-mail', () => {
    const address = to.value === OTHER ? typed.value.trim() : to.value;
    send.disabled = true;
    say(status, `Sending to ${address}…`);
    sendOrderByEmail({ id: s.id, to: address, language: language.value as S.SendLanguage, recipientReason: reason.value.trim() || null, resend })
      .then(() => done())
      .catch((err: unknown) => { send.disabled = false; say(status, errorText(err), true); });
  }, { id: resend ? 'resend-email' : 'send-email', class: resend ? 'secondary' : '' });
  return el('div', { class: 'toolbar', role: 'group', 'aria-label': resend ? 'Send again by e-mail' : 'Send by e-mail' },
    field('To', to), typed, reason, field('Language', language), send, el('span', { class: 'hint' }, `from ${d.from ?? '?'}`));
}

function otherChannelForm(s: SendState, done: () => void, status: HTMLElement): HTMLElement {
  const channel = el('select', { 'aria-label': 'Sent via', id: 'sent-channel' }, ...options(CHANNELS, ['email']), el('option', { value: 'EMAIL' }, 'e-mail (outside hostchain)'));
  const at = el('input', { 'aria-label': 'Sent at', type: 'datetime-local', step: '1', value: localNow(), id: 'sent-at' });
  const note = el('input', { 'aria-label': 'Sending note', placeholder: 'note (reference, …)' });
  const record = button('Record as sent', () => {
    recordOrderSent({ id: s.id, channel: channel.value as S.OrderChannel, at: isoOf(at.value), note: note.value.trim() || null })
      .then(() => done())
      .catch((err: unknown) => say(status, `Not recorded: ${errorText(err)}`, true));
  }, { class: 'secondary', id: 'record-sent' });
  return el('div', { class: 'toolbar', role: 'group', 'aria-label': 'Record as sent another way' }, field('Or record as sent via', channel), field('at', at), note, record);
}

function sentText(s: SendState): HTMLElement {
  const m = s.sentMessage;
  const how = m !== null ? [' by e-mail to ', el('strong', {}, m.to), ` (Message-ID ${m.messageId}; the server answered "${m.serverReply}")`] : [` via ${wordOf(CHANNELS, s.channel)}`];
  const deadline = s.deadline === null ? null
    : el('p', { id: 'send-deadline' }, 'Deadline ', timeEl(s.deadline, { relative: false }), ` (${relativeText(s.deadline)}): ${s.deadlineHours ?? '?'} h from the sending time.`);
  return el('div', {}, el('p', { id: 'send-sent' }, 'Sent ', timeEl(s.sentAt), ...how, '.'), deadline ?? '');
}

function answerText(s: SendState): HTMLElement {
  const what = [wordOf(CONTENT_FORMS, s.contentForm), wordOf(TARGETS, s.target)].filter((w) => w !== '').join(', ');
  return el('p', { id: 'provider-answer' }, "Provider's answer: ", el('strong', {}, wordOf(OUTCOMES, s.outcome)), ' at ', timeEl(s.outcomeAt, { relative: false }),
    what === '' ? '' : ` (${what})`, s.outcomeReason === null ? '' : ` — ${s.outcomeReason}`, '.');
}

function answerForm(s: SendState, done: () => void, status: HTMLElement): HTMLElement {
  const outcome = el('select', { 'aria-label': 'Outcome', id: 'answer-outcome' }, ...options(OUTCOMES));
  const at = el('input', { 'aria-label': 'Answered at', type: 'datetime-local', step: '1', value: localNow(), id: 'answer-at' });
  const form = el('select', { 'aria-label': 'Content form', id: 'answer-form' }, el('option', { value: '' }, '–'), ...options(CONTENT_FORMS));
  const target = el('select', { 'aria-label': 'Target', id: 'answer-target' }, el('option', { value: '' }, '–'), ...options(TARGETS));
  const reason = el('input', { 'aria-label': 'Reason or note', placeholder: 'reason (required when it could not be executed)', id: 'answer-reason' });
  const record = button("Record the provider's answer", () => {
    recordProviderFeedback({ id: s.id, outcome: outcome.value as S.ProviderOutcome, at: isoOf(at.value), contentForm: (form.value || null) as S.ContentForm | null, target: (target.value || null) as S.ContentTarget | null, reason: reason.value.trim() || null })
      .then(() => done())
      .catch((err: unknown) => say(status, `Not recorded: ${errorText(err)}`, true));
  }, { id: 'record-answer' });
  return el('div', { class: 'toolbar', role: 'group', 'aria-label': "Provider's answer" }, field('Outcome', outcome), field('at', at), field('Form', form), field('Target', target), reason, record);
}

function failedAttempts(s: SendState): HTMLElement | string {
  const failed = s.sendAttempts.filter((a) => !a.accepted);
  if (failed.length === 0) return '';
  return el('ul', { class: 'hint', 'aria-label': 'Failed sending attempts' }, ...failed.map((a) => el('li', {}, 'Not sent to ', a.to, ' at ', timeEl(a.at), `: ${a.serverReply} (evidence ${a.evidenceId})`)));
}

function render(box: HTMLElement, s: SendState, done: () => void): void {
  const status = el('p', { 'aria-live': 'polite', id: 'send-status' });
  const parts: (HTMLElement | string)[] = [el('h3', {}, "Sending and the provider's answer")];
  if (s.status === 'drafted') {
    if (!may('send-order')) parts.push(el('p', { class: 'hint', id: 'send-not-for-you' }, notForYou('Sending an order', 'send-order')));
    else parts.push(emailForm(s, done, status), otherChannelForm(s, done, status));
    parts.push(failedAttempts(s));
  } else if (s.sentAt !== null) {
    parts.push(sentText(s), failedAttempts(s));
    // A second message only on purpose: its own control, folded away, and the server refuses it unless asked as a re-send.
    if (['sent', 'acknowledged', 'late'].includes(s.status) && may('send-order') && s.emailDelivery.configured) {
      parts.push(el('details', {}, el('summary', {}, 'Send it again…'), emailForm(s, done, status, true)));
    }
    if (s.outcome !== null) parts.push(answerText(s));
    else if (['sent', 'acknowledged', 'late'].includes(s.status) && may('change-order')) parts.push(answerForm(s, done, status));
  }
  box.replaceChildren(...parts, status);
}

/** The section, filled when its state arrives; `done` re-reads the whole order after a change. */
export function orderSendSection(orderId: string, done: () => void): HTMLElement {
  const box = el('section', { class: 'order-send', 'aria-label': "Sending and the provider's answer" });
  fetchSendState(orderId)
    .then((s) => { if (s !== null) render(box, s, done); })
    .catch((err: unknown) => say(box, `Sending could not be read: ${errorText(err)}`, true));
  return box;
}
