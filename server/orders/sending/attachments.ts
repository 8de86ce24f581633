// What an order's e-mail carries: the order document in the chosen language, as text and as PDF,
// and the evidence pack as JSON and as PDF (the same files the download routes give), each with
// its SHA-256 as the message body lists it.
import type { Config } from '../../config.ts';
import type { GraphDb } from '../../db/driver.ts';
import { buildEvidencePack, packBytes, packSha256 } from '../../packs/evidence-pack.ts';
import { renderPackHtml } from '../../packs/pack-html.ts';
import { renderPackPdf } from '../../packs/pack-pdf.ts';
import type { RuleTable } from '../../rules/rule-table.ts';
import { renderOrderDocument, type DocumentLanguage } from '../documents/order-document.ts';
import type { Attachment } from './compose-message.ts';
import { SendError } from './send-error.ts';

export interface AttachmentDeps {
  db: GraphDb;
  rules: RuleTable;
  config: Pick<Config, 'authority'>;
}

export async function orderAttachments(deps: AttachmentDeps, orderId: string, language: DocumentLanguage): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const format of ['pdf', 'text'] as const) {
    const doc = await renderOrderDocument(deps, orderId, { language, format });
    if (doc === undefined) throw new SendError('NOT_FOUND', `no order ${orderId}`);
    // A renderer that gives one file for both formats is attached once.
    if (!out.some((a) => a.filename === doc.filename)) out.push({ filename: doc.filename, mediaType: doc.mediaType, bytes: doc.bytes, sha256: doc.sha256 });
  }
  const pack = await buildEvidencePack(deps.db, deps.rules, orderId);
  if (pack === undefined) throw new SendError('NOT_FOUND', `no order ${orderId}`);
  const json = packBytes(pack);
  const sha = packSha256(json);
  const pdf = await renderPackPdf(renderPackHtml(pack, sha), pack.order.createdAt);
  out.push({ filename: `${orderId}-evidence-pack.json`, mediaType: 'application/json', bytes: json, sha256: sha });
  out.push({ filename: `${orderId}-evidence-pack.pdf`, mediaType: 'application/pdf', bytes: pdf, sha256: packSha256(pdf) });
  return out;
}
