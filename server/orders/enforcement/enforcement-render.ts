// The enforcement file as plain text and as a printable page (made into a PDF by headless
// Chromium, server/packs/pack-pdf.ts). Both state the SHA-256 of the JSON they were made from, so
// paper and file can be matched. Registry names are hostile text: the page escapes every value.
import type { OrderView } from '../orders.ts';
import type { EnforcementFile } from './enforcement-file.ts';
import { PACK_HTML_CSP } from '../../packs/pack-html.ts';
import { visibleControl } from '../../visible-control.ts';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const clean = (v: unknown) => String(v ?? '–').replace(CONTROL, visibleControl);
const esc = (v: unknown) => clean(v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const outcome = (o: OrderView) => (o.outcome === null ? o.status : `${o.outcome} at ${o.outcomeAt ?? '–'} (${o.status})`);
const orderLine = (o: OrderView) =>
  `${o.id} · ${o.instrument} · drafted ${o.createdAt} · sent ${o.sentAt ?? '–'}${o.channel ? ` by ${o.channel}` : ''} · deadline ${o.deadline ?? '–'} · ${outcome(o)}`;

/** The file's sections as lines: the text document is these, the page the same in HTML. */
function sections(f: EnforcementFile): [string, string[]][] {
  const s = f.summary;
  return [
    ['Summary', [
      `${s.orders} orders and demands received (${s.removalOrders} removal orders, ${s.demands} information demands); ${s.compliedInTime} complied in time, ${s.missedDeadlines} deadlines missed, ${s.notComplied} not complied, ${s.open} open`,
      `${s.reUploads} URLs came back after removal; ${s.demandsAbove} demands to parties above it; ${s.followUpFindings} follow-up findings`,
      ...(f.withheld > 0 ? [`${f.withheld} orders to this party are not in this file: you are not a member of their cases`] : []),
    ]],
    ['Orders and demands received', f.orders.flatMap((x) => [
      orderLine(x.order),
      ...x.order.urls.map((u) => `    ${u.url}${u.removedAt ? ` — removed ${u.removedAt}` : ''}`),
      ...x.order.events.map((e) => `    ${e.at} ${e.status} by ${e.by}${e.note ? `: ${e.note}` : ''}`),
      `    evidence: pack SHA-256 ${x.evidencePackSha256 ?? '–'}${x.order.sentMessageEvidenceId ? `; sent message ${x.order.sentMessageEvidenceId}` : ''}`,
      ...x.followUp.map((g) => `    follow-up: ${g.words}`),
      ...x.authorityNotices.map((n) => `    ${n.country} authority told ${n.at} by ${n.by}${n.note ? `: ${n.note}` : ''}`),
    ])],
    ['Deadlines missed', f.missedDeadlines.map((m) => `${m.orderId}: ${m.words}`)],
    ['Material back after removal (re-uploads)', f.reUploads.map((r) => `${r.url}: removed ${r.removedAt} under ${r.orderId}; back: ${r.noticeId ? `reported again ${r.noticeAt} (notice ${r.noticeId}, evidence ${r.noticeEvidenceId ?? '–'})` : `covered by order ${r.laterOrderId} of ${r.laterOrderAt}`}`)],
    ['Demands to parties above it in its chains', f.demandsAbove.map((o) => `${orderLine(o)} · to ${o.addresseeName} (${o.addresseeKey}${o.addresseeCountry ? `, ${o.addresseeCountry}` : ''})`)],
  ];
}

const title = (f: EnforcementFile) => `Enforcement file: ${f.party.name} (${f.party.key}${f.party.country ? `, ${f.party.country}` : ''})`;

export function renderEnforcementText(f: EnforcementFile, jsonSha256: string): string {
  const out = [title(f), `As of ${f.asOf ?? '–'} · format ${f.format} · JSON SHA-256 ${jsonSha256}`, ''];
  for (const [head, lines] of sections(f)) out.push(head, ...(lines.length === 0 ? ['none'] : lines.map((l) => (l.startsWith('    ') ? l : `  ${l}`))), '');
  return out.map(clean).join('\n');
}

export function renderEnforcementHtml(f: EnforcementFile, jsonSha256: string): string {
  const body = sections(f).map(([head, lines]) => `<h2>${esc(head)}</h2>${lines.length === 0 ? '<p>none</p>' : `<ul>${lines.map((l) => `<li${l.startsWith('    ') ? ' class="sub"' : ''}>${esc(l.trim())}</li>`).join('')}</ul>`}`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${PACK_HTML_CSP}"><title>${esc(title(f))}</title>
<style>body{font:10pt/1.4 sans-serif;margin:2em}li{margin:2px 0}li.sub{list-style:circle;margin-left:2em;font-size:9pt}.hash{font-family:monospace;white-space:nowrap;font-size:8pt}</style>
</head><body>
<h1>${esc(title(f))}</h1>
<p>As of ${esc(f.asOf)} · format ${esc(f.format)}</p>
<p>JSON SHA-256: <span class="hash">${esc(jsonSha256)}</span></p>
${body.join('\n')}
</body></html>
`;
}
