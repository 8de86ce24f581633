// The printable evidence pack (issue 15, defect 11): it carries a policy that runs and fetches
// nothing, and hostile registry text (markup, NUL and ESC bytes) comes out as visible text.
import { describe, expect, it } from 'vitest';
import type { EvidencePack, PackEvidence } from '../../../server/packs/evidence-pack.ts';
import { renderPackHtml } from '../../../server/packs/pack-html.ts';
import type { OrderView } from '../../../server/orders/orders.ts';

const order = { id: 'order-1', instrument: 'removal-order', status: 'draft', material: 'CSAM', legalBasis: 'art. 3', deadline: null, createdAt: '2026-12-03T10:00:00Z', createdBy: 'legal', overrideReason: null, addresseeName: 'Shady <b>Hosting</b>' } as unknown as OrderView;
const evidence = { id: 'ev-1', source: 'whois', server: 'whois.example', serverAddress: '127.0.0.1', query: 'x', observedAt: '2026-12-03T10:00:00Z', byteLength: 20, sha256: 'ab'.repeat(32), excerpt: 'netname: EVIL\u0000NET\u001b[2J<script>alert(1)</script>', decoded: null, rawBase64: null } as unknown as PackEvidence;
const pack: EvidencePack = { format: 'hostchain-evidence-pack/1', order, urls: [], reasons: [], flags: [], evidence: [evidence] };

describe('the evidence pack page', () => {
  const html = renderPackHtml(pack, 'cd'.repeat(32));

  it('declares a policy under which it runs no script and fetches nothing', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';`);
  });

  it('shows NUL and ESC bytes as \\xNN and markup as text', () => {
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(html).toContain('netname: EVIL\\x00NET\\x1b[2J&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Shady &lt;b&gt;Hosting&lt;/b&gt;');
    expect(html).not.toContain('<script>');
  });
});
