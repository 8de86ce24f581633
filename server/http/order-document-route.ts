// GET /orders/<id>/document/<kind>.<language>.<txt|pdf>: an order's document (the removal order,
// the Article 4 copy, the CSAM-act order or the information demand) as the addressee receives it.
// The same door as the evidence pack: signed in, read-evidence, a member of the order's case; every
// generation, and every refusal, is in the audit log with what was made and its SHA-256.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { audit } from '../auth/audit.ts';
import { authenticate } from '../auth/authenticate.ts';
import { can } from '../auth/permissions.ts';
import { DOCUMENT_KINDS, DocumentError, renderOrderDocument, type DocumentDeps, type DocumentKind, type DocumentLanguage } from '../orders/documents/order-document.ts';
import { TemplateError } from '../orders/documents/template-parse.ts';
import { hiddenOrders } from '../queries/need-to-know.ts';
import { COMMON_HEADERS } from './security-headers.ts';

export const ORDER_DOCUMENT_ROUTE = new RegExp(`^/orders/(ord-[0-9a-f-]{36})/document/(${DOCUMENT_KINDS.join('|')})\\.(nl|en)\\.(txt|pdf)$`);

/** Where a document is downloaded from: the client's links and the GraphQL list use this. */
export function orderDocumentPath(orderId: string, kind: DocumentKind, language: DocumentLanguage, format: 'text' | 'pdf'): string {
  return `/orders/${orderId}/document/${kind}.${language}.${format === 'text' ? 'txt' : 'pdf'}`;
}

const plain = (res: ServerResponse, status: number, text: string) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...COMMON_HEADERS }).end(`${text}\n`);

export async function serveOrderDocument(deps: DocumentDeps, req: IncomingMessage, res: ServerResponse, match: RegExpExecArray): Promise<void> {
  const [, id, kind, language, ext] = match as unknown as [string, string, DocumentKind, DocumentLanguage, 'txt' | 'pdf'];
  const format = ext === 'txt' ? 'text' : 'pdf';
  const now = new Date();
  const auth = await authenticate(deps.db, headersOf(req), now);
  const allowed = auth.user !== undefined && can(auth.user.role, 'read-evidence');
  // Need-to-know: the document names the order's URLs, so it is its case members' only.
  const member = allowed && (await hiddenOrders(deps.db, auth.user!.username, [id])).length === 0;
  const entry = (outcome: string, more: Record<string, unknown> = {}) =>
    audit(deps.db, { user: auth.user, action: 'order-document', target: `order:${id}`, ip: req.socket.remoteAddress ?? null, at: now, detail: { kind, language, format, outcome, ...more } });
  if (!member) {
    await entry(!allowed ? 'refused' : 'refused: NOT_A_MEMBER');
    const status = auth.user === undefined ? 401 : 403;
    plain(res, status, status === 401 ? 'sign in to read order documents' : allowed ? `${auth.user!.username} is not a member of the case of order ${id}` : `${auth.user!.username} may not read evidence`);
    return;
  }
  let doc;
  try {
    doc = await renderOrderDocument(deps, id, { kind, language, format });
  } catch (err) {
    // A broken template is the legal staff's to fix: say which file and line.
    if (!(err instanceof DocumentError) && !(err instanceof TemplateError)) throw err;
    await entry(`failed: ${err.code}`, { error: err.message });
    plain(res, err instanceof DocumentError ? 404 : 500, err.message);
    return;
  }
  if (doc === undefined) {
    await entry('failed: NOT_FOUND');
    plain(res, 404, `no order ${id}`);
    return;
  }
  await entry('generated', { sha256: doc.sha256, bytes: doc.bytes.length });
  // The text opens in the browser; the PDF is a file to keep with the case.
  const disposition = format === 'text' ? 'inline' : 'attachment';
  res.writeHead(200, { 'content-type': doc.mediaType, 'content-disposition': `${disposition}; filename="${doc.filename}"`, 'x-document-sha256': doc.sha256, 'cache-control': 'no-store', ...COMMON_HEADERS }).end(req.method === 'HEAD' ? undefined : doc.bytes);
}

function headersOf(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') h.set(name, value);
  return h;
}
