import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../../importers/core/source-io.ts';
import { importRpslDump } from '../../../../importers/ripe-db/rpsl-dump-import.ts';
import { normalizeUrl } from '../../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../../server/jobs/resolve-job.ts';
import { renderOrderDocument, type DocumentDeps } from '../../../../server/orders/documents/order-document.ts';
import { DEFAULT_TEMPLATES_DIR } from '../../../../server/orders/documents/template-files.ts';
import { loadRuleTable } from '../../../../server/rules/rule-table.ts';
import { joinCases } from '../../../support/case-members.ts';
import { graphqlClient, graphqlErrors } from '../../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../../support/graph.ts';
import { offlineConfig } from '../../../support/offline-config.ts';

// Orders on chains from a project-written registry dump: Example Hosting NL B.V. (NL), Beispiel
// Hosting GmbH (DE), Voorbeeld Webhosting B.V. (NL), and Example Upstream Two B.V. above them.
const db = openTestGraph();
const config = offlineConfig();
config.authority = {
  country: 'NL', name: 'Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM)', address: 'Postbus 00000, 2500 AA Den Haag', email: 'bevelen@atkm.example',
  phone: '+31 70 000 0000', website: 'https://www.atkm.nl', authentication: 'PERCI-signature; call +31 70 000 0000 and quote the reference',
};
const clock = new Date('2026-11-23T10:00:00Z');
const yoga = createHostchainYoga({ db, config, now: () => clock });
const gql = graphqlClient(yoga, { db, role: 'legal' });
const errors = graphqlErrors(yoga, { db, role: 'legal' });
const deps: DocumentDeps = { db, rules: loadRuleTable(), config };
const NL = ['http://198.51.100.1/a', 'http://198.51.100.2/b'];
const DE = 'http://198.51.100.17/c';
const CSAM = 'http://198.51.100.33/d';
const draft = `mutation($k: String!, $u: [String!]!, $m: Material!, $i: Instrument!, $r: String, $o: String, $g: [TcoGround!], $c: String, $conf: Boolean) {
  draftOrder(instrument: $i, addresseeKey: $k, urls: $u, material: $m, caseName: "Documents", suggestedRuleId: $r, overrideReason: $o, tcoGrounds: $g, contentDescription: $c, confidential: $conf, allowDuplicate: true) { ... on Order { id } ... on Refusal { code message } } }`;
const ids = { tco: '', de: '', csam: '', demand: '' };
const text = async (id: string, language: 'nl' | 'en', kind?: string) => (await renderOrderDocument(deps, id, { language, format: 'text', kind: kind as never }))!.bytes.toString('utf8');

beforeAll(async () => {
  await resetGraph(db);
  await importRpslDump({ db, file: path.join(import.meta.dirname, '../../../fixtures/bulk/ripe-five-parties.db') });
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 4, inputs: [...NL, DE, CSAM].map((u, i) => ({ url: normalizeUrl(u), list: 'd.txt', line: i + 1, input: u, caseId: 'case:Documents', caseName: 'Documents' })) });
  await joinCases(yoga, db, 'legal', ['Documents']);
  const order = async (v: Record<string, unknown>) => ((await gql<{ draftOrder: { id: string } }>(draft, v)).draftOrder.id);
  ids.tco = await order({ k: 'RIPE:ORG-H1-RIPE', u: NL, m: 'TERRORIST', i: 'REMOVAL_ORDER', r: 'removal-to-hoster', g: ['A_INCITES', 'D_INSTRUCTS'], c: 'video "Call to arms", 00:42 to 03:10', conf: true });
  ids.de = await order({ k: 'RIPE:ORG-H2-RIPE', u: [DE], m: 'TERRORIST', i: 'REMOVAL_ORDER', r: 'removal-to-hoster', g: ['E_THREATENS'] });
  ids.csam = await order({ k: 'RIPE:ORG-H3-RIPE', u: [CSAM], m: 'CSAM', i: 'REMOVAL_ORDER', r: 'removal-to-hoster' });
  ids.demand = await order({ k: 'RIPE:ORG-UP2-RIPE', u: [CSAM], m: 'CSAM', i: 'INFORMATION_DEMAND', o: 'the hoster does not answer; its upstream knows the customer' });
  await gql('mutation($id: ID!) { recordOrderSent(id: $id, channel: PERCI, at: "2026-11-23T10:05:00Z") { ... on Order { id } } }', { id: ids.tco });
}, 90_000);
afterAll(() => db.close());

describe('the TCO removal order (Annex I)', () => {
  it('fills every Article 3(4) element from the case: authority and authentication, grounds, URLs and content, legal basis, date and time, deadline, redress, confidentiality', async () => {
    const doc = await text(ids.tco, 'en');
    const pack = await gql<{ evidencePack: { sha256: string } }>(`{ evidencePack(orderId: "${ids.tco}") { sha256 } }`);
    for (const words of [
      'Issuing competent authority: Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM)',
      'Authentication of this order: PERCI-signature; call +31 70 000 0000 and quote the reference',
      'Addressee: Example Hosting NL B.V. (registry handle RIPE:ORG-H1-RIPE)',
      '- [x] incites the commission of terrorist offences (Article 2(7)(a))',
      '- [ ] solicits a person or group to commit or contribute to terrorist offences (Article 2(7)(b))',
      '- [x] provides instruction on making or using explosives, weapons or other methods for terrorist offences (Article 2(7)(d))',
      `- ${NL[0]}`, `- ${NL[1]}`, 'What identifies the content beyond its URL: video "Call to arms", 00:42 to 03:10',
      'Legal basis: Article 3 of Regulation (EU) 2021/784', 'Time and date of issuing of the removal order: 2026-11-23 10:05 UTC',
      `Reference number of the removal order: ${ids.tco}`, 'within one hour of receipt of this removal order (2026-11-23 11:05 UTC)',
      'Objection (bezwaar): within six weeks', 'the right to an effective remedy against this removal order before the courts of the Netherlands',
      'Pursuant to Article 11(3) of the Regulation, the issuing authority has decided that information about the removal',
      `identified by its SHA-256: ${pack.evidencePack.sha256}`, '- hoster: Example Hosting NL B.V. [NL], address block 198.51.100.0/28 (ASSIGNED PA)',
    ]) expect(doc).toContain(words);
    expect(doc).not.toContain('{{');
  });

  it('is written in Dutch for the Dutch document, with the grounds in the Regulation’s Dutch words', async () => {
    const doc = await text(ids.tco, 'nl');
    for (const words of ['# VERWIJDERINGSBEVEL'.slice(2), 'Datum en tijdstip van uitvaardiging van het bevel: 2026-11-23 10:05 UTC', '- [x] zet aan tot het plegen van terroristische misdrijven (artikel 2, punt 7, onder a)', 'Bezwaar: binnen zes weken', 'Op grond van artikel 11, lid 3']) expect(doc).toContain(words);
  });

  it('says a draft is not yet sent, that the content provider may be told when no Article 11(3) decision was taken, and the order is incomplete without a ground', async () => {
    const id = (await gql<{ draftOrder: { id: string } }>(draft, { k: 'RIPE:ORG-H1-RIPE', u: [NL[0]], m: 'TERRORIST', i: 'REMOVAL_ORDER', r: 'removal-to-hoster', o: 'a second order', conf: false })).draftOrder.id;
    const doc = await text(id, 'en');
    expect(doc).toContain('Time and date of issuing of the removal order: not yet sent (draft)');
    expect(doc).toContain('No decision under Article 11(3) of the Regulation has been taken.');
    expect(doc).toContain('NO GROUND UNDER ARTICLE 2(7) HAS BEEN CHOSEN');
  });
});

describe('the Article 4 copy', () => {
  const kinds = async (id: string) => (await gql<{ order: { documents: { kind: string; language: string; format: string; url: string }[] } }>(`{ order(id: "${id}") { documents { kind language format url } } }`)).order.documents;

  it('is among the documents of an order to a provider in another member state, addressed to that state’s authority, and the order itself says it was sent', async () => {
    const docs = await kinds(ids.de);
    expect(new Set(docs.map((d) => `${d.kind} ${d.language} ${d.format}`))).toEqual(new Set(['TCO_REMOVAL_ORDER', 'TCO_CROSS_BORDER_COPY'].flatMap((k) => ['NL', 'EN'].flatMap((l) => ['TEXT', 'PDF'].map((f) => `${k} ${l} ${f}`)))));
    expect(docs.find((d) => d.kind === 'TCO_CROSS_BORDER_COPY' && d.language === 'EN' && d.format === 'PDF')?.url).toBe(`/orders/${ids.de}/document/tco-cross-border-copy.en.pdf`);
    const copy = await text(ids.de, 'en', 'tco-cross-border-copy');
    expect(copy).toContain('COPY OF A REMOVAL ORDER FOR THE COMPETENT AUTHORITY OF Germany');
    expect(copy).toContain('Addressee: Beispiel Hosting GmbH (registry handle RIPE:ORG-H2-RIPE)');
    expect(copy).toContain('- constitutes a threat to commit a terrorist offence (Article 2(7)(e))');
    expect(await text(ids.de, 'en')).toContain('- [x] A copy of this removal order is sent to the competent authority of Germany (Article 4(1) of the Regulation).');
  });

  it('is not made for an order to a Dutch provider: not listed, and refused when asked for', async () => {
    expect(new Set((await kinds(ids.tco)).map((d) => d.kind))).toEqual(new Set(['TCO_REMOVAL_ORDER']));
    expect(await text(ids.tco, 'en')).toContain('- [ ] No copy is sent to the competent authority of another Member State');
    expect(await errors(`{ orderDocument(orderId: "${ids.tco}", kind: TCO_CROSS_BORDER_COPY, language: EN) { text } }`)).toEqual([{ message: expect.stringContaining('has no tco-cross-border-copy document'), code: 'NOT_APPLICABLE' }]);
  });
});

describe('the Dutch CSAM-act order and the information demand', () => {
  it('orders removal under the CSAM act within the order’s own deadline, at most 12 hours, with Dutch redress', async () => {
    const doc = await text(ids.csam, 'nl');
    expect(doc).toContain('BEVEL TOT VERWIJDERING OF ONTOEGANKELIJKMAKING VAN ONLINE KINDERPORNOGRAFISCH MATERIAAL');
    expect(doc).toContain('binnen 12 uur na ontvangst van dit bevel (loopt vanaf ontvangst van het bevel)');
    expect(doc).toContain('artikel 6, lid 4, onder c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal');
    expect(doc).toContain(`- ${CSAM}`);
    expect(doc).toContain('Aan: Voorbeeld Webhosting B.V. (registerkenmerk RIPE:ORG-H3-RIPE), Nederland');
  });

  it('demands from the party higher in the chain who its customer is, naming the space it holds and the addresses in it', async () => {
    const doc = await text(ids.demand, 'nl');
    expect(doc).toContain('VORDERING VAN INLICHTINGEN');
    expect(doc).toContain('Aan: Example Upstream Two B.V. (registerkenmerk RIPE:ORG-UP2-RIPE), Nederland');
    expect(doc).toContain('Contactpunt van de geadresseerde: abuse@upstream-two.example');
    expect(doc).toContain('- 198.51.100.0/24 (ALLOCATED PA): adressen 198.51.100.33');
    expect(doc).toContain('artikel 5:20 Algemene wet bestuursrecht');
    expect(doc).toContain('Rechtsgrondslag: artikel 5:16 van de Algemene wet bestuursrecht');
    expect(await text(ids.demand, 'en')).toContain('Under Article 5:16 of the General Administrative Law Act, Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM) demands the following information from you');
  });
});

describe('bytes and templates', () => {
  it('gives the same bytes for the same order, as text and as PDF', async () => {
    const [t1, t2] = [await renderOrderDocument(deps, ids.tco, { language: 'en', format: 'text' }), await renderOrderDocument(deps, ids.tco, { language: 'en', format: 'text' })];
    expect(t1!.bytes.equals(t2!.bytes)).toBe(true);
    const [p1, p2] = [await renderOrderDocument(deps, ids.tco, { language: 'nl', format: 'pdf' }), await renderOrderDocument(deps, ids.tco, { language: 'nl', format: 'pdf' })];
    expect(p1!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(p1!.sha256).toBe(p2!.sha256);
    // Stamped with the time the order was sent, not the time the PDF was made.
    expect(p1!.bytes.toString('latin1')).toContain("/CreationDate (D:20261123100500+00'00')");
  }, 60_000);

  it('follows an edited template without a change to the code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-templates-'));
    cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
    const file = path.join(dir, 'tco-removal-order.en.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# REMOVAL ORDER', '# REMOVAL ORDER UNDER THE TCO REGULATION\nIssued by {{authority.name}} in case {{order.case}}.'));
    const doc = (await renderOrderDocument({ ...deps, templatesDir: dir }, ids.tco, { language: 'en', format: 'text' }))!.bytes.toString('utf8');
    expect(doc.split('\n').slice(0, 3)).toEqual(['REMOVAL ORDER UNDER THE TCO REGULATION', '======================================', 'Issued by Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM) in case Documents.']);
  });

  it('refuses a template with an unknown placeholder, naming the file and the line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-templates-'));
    cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
    const file = path.join(dir, 'csam-order.en.txt');
    writeFileSync(file, '# ORDER\n\nReference: {{order.refrence}}\n');
    await expect(renderOrderDocument({ ...deps, templatesDir: dir }, ids.csam, { language: 'en', format: 'text' })).rejects.toThrow(`${file}:3: unknown placeholder {{order.refrence}}`);
  });
});
