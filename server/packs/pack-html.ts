// The evidence pack as a printable page (and, through headless Chromium, a PDF). Every value is
// escaped: WHOIS and RDAP text is hostile input. The page states the SHA-256 of the JSON pack it
// was made from, so the paper copy and the file can be matched.
import type { EvidencePack } from './evidence-pack.ts';
import { visibleControl } from '../visible-control.ts';

// Control characters (a NUL in a WHOIS answer, an ESC) are shown as \xNN: a printed page must
// show that they were there, and the raw bytes stay exact in the base64 column.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const esc = (v: unknown) =>
  String(v ?? '–')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    .replace(CONTROL, visibleControl);

/** The page runs nothing and fetches nothing: its one style sheet is inline, as is every value. */
export const PACK_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function renderPackHtml(pack: EvidencePack, jsonSha256: string): string {
  const o = pack.order;
  const urlRows = pack.urls.map((u) => {
    // A name that no longer resolves: the order rests on the last known chain, and the page says so.
    const ended = u.chain !== null && u.chain.addresses.length === 0 ? u.chain.lastKnown : undefined;
    const chain = ended?.chain ?? u.chain;
    const parties = (chain?.addresses ?? []).flatMap((a) => [
      ...a.cdn.map((c) => `<li>cdn: ${esc(c.provider)} (${esc(c.cidr)}) — evidence ${esc(c.evidenceId)}</li>`),
      ...(a.hoster !== undefined && a.hoster.block === undefined ? [`<li>hoster (${esc(a.hoster.basis)}): ${esc(a.hoster.name)} [${esc(a.hoster.country)}] — ${esc(a.hoster.why)} — evidence ${esc(a.hoster.evidenceIds.join(', '))}</li>`] : []),
      ...a.blocks.map((b) => `<li>${esc(b.role)} (${esc(b.basis)}): ${esc(b.holder)} [${esc(b.country)}] ${esc(b.status)} ${esc(b.start)} – ${esc(b.end)}; abuse ${esc(b.abuse.join(', ') || '–')} — evidence ${esc(b.evidenceId)}</li>`),
      ...a.origins.map((g) => `<li>origin: AS${esc(g.asn)} ${esc(g.name)} routed as ${esc(g.prefix)} — evidence ${esc(g.evidenceId)}</li>`),
    ]);
    const note = ended === undefined ? '' : `<p><b>The name no longer resolves</b>; the last known chain, in force until ${esc(ended.endedAt)}:</p>`;
    return `<section><h3>${esc(u.url)}</h3>${note}<p>addresses: ${esc((chain?.addresses ?? []).map((a) => a.address).join(', ') || 'none')}</p><ul>${parties.join('')}</ul></section>`;
  });
  const reasons = pack.reasons.map((r) => `<li><b>${esc(r.ruleId)}</b> (${esc(r.url)}): ${esc(r.text)} <i>evidence ${esc(r.evidenceIds.join(', '))}</i></li>`);
  const flags = pack.flags.map((f) => `<li><b>${esc(f.flag)}</b> ${esc(f.party)} (${esc(f.url)}): ${esc(f.text)}</li>`);
  // The hash gets a row of its own, on one unbroken line, so it can be read and compared whole.
  const evidence = pack.evidence.map((e) => [
    `<tr class="ev"><td>${esc(e.id)}</td><td>${esc(e.source)}</td><td>${esc(e.server)}<br>${esc(e.serverAddress)}</td><td>${esc(e.query)}</td><td>${esc(e.observedAt)}</td><td>${esc(e.byteLength)}</td></tr>`,
    `<tr><td colspan="6">SHA-256 of the raw answer: <span class="hash">${esc(e.sha256)}</span></td></tr>`,
    e.decoded === null ? '' : `<tr><td colspan="6"><div class="pair"><div><b>Decoded (as dig prints it)</b><pre>${esc(e.decoded)}</pre></div><div><b>Raw bytes, base64 (base64 -d | sha256sum gives the hash)</b><pre class="b64">${esc(e.rawBase64)}</pre></div></div></td></tr>`,
    e.excerpt === null ? '' : `<tr><td colspan="6"><pre>${esc(e.excerpt)}</pre></td></tr>`,
  ].join(''));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${PACK_HTML_CSP}"><title>Evidence pack ${esc(o.id)}</title>
<style>body{font:11pt/1.4 sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:2px 4px;vertical-align:top;font-size:9pt}pre{white-space:pre-wrap;font-size:8pt;margin:0}.hash{font-family:monospace;white-space:nowrap;font-size:8pt}.pair{display:flex;gap:1em}.pair>div{flex:1;min-width:0}.b64{word-break:break-all}tr.ev td{border-top:2px solid #333}</style>
</head><body>
<h1>Evidence pack: ${esc(o.instrument)} to ${esc(o.addresseeName)}</h1>
<p>Order ${esc(o.id)} · status ${esc(o.status)} · material ${esc(o.material)} · legal basis ${esc(o.legalBasis)} · deadline ${esc(o.deadline)} · drafted ${esc(o.createdAt)} by ${esc(o.createdBy)}${o.overrideReason ? ` · chosen against the suggestion: ${esc(o.overrideReason)}` : ''}</p>
<p>JSON pack SHA-256: <span class="hash">${esc(jsonSha256)}</span> (format ${esc(pack.format)})</p>
<h2>${o.overrideReason ? 'Why this addressee (chosen against the suggestion)' : 'Why this addressee'}</h2><ul>${reasons.join('')}</ul>
${flags.length === 0 ? '' : `<h2>Also required</h2><ul>${flags.join('')}</ul>`}
<h2>The URLs and their chains (${pack.urls.length})</h2>${urlRows.join('\n')}
<h2>The evidence (${pack.evidence.length} answers)</h2>
<table><tr><th>id</th><th>source</th><th>server / address contacted</th><th>query</th><th>observed</th><th>bytes</th></tr>${evidence.join('\n')}</table>
</body></html>
`;
}
