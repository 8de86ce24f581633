// GET /orders/<id>/evidence-pack.json | .html | .pdf: the pack of an order as files to keep with
// the case. The three are made from the same pack; the page and the PDF state the JSON's SHA-256.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { audit } from '../auth/audit.ts';
import { authenticate } from '../auth/authenticate.ts';
import { can } from '../auth/permissions.ts';
import type { GraphDb } from '../db/driver.ts';
import { hiddenOrders } from '../queries/need-to-know.ts';
import { buildEvidencePack, packBytes, packSha256 } from '../packs/evidence-pack.ts';
import { PACK_HTML_CSP, renderPackHtml } from '../packs/pack-html.ts';
import { renderPackPdf } from '../packs/pack-pdf.ts';
import type { RuleTable } from '../rules/rule-table.ts';
import { COMMON_HEADERS } from './security-headers.ts';

export const PACK_ROUTE = /^\/orders\/(ord-[0-9a-f-]{36})\/evidence-pack\.(json|html|pdf)$/;

const TYPES = { json: 'application/json; charset=utf-8', html: 'text/html; charset=utf-8', pdf: 'application/pdf' } as const;

export async function serveEvidencePack(deps: { db: GraphDb; rules: RuleTable }, req: IncomingMessage, res: ServerResponse, match: RegExpExecArray): Promise<void> {
  const [, id, ext] = match as unknown as [string, string, keyof typeof TYPES];
  // The same door as the API: a session cookie or a token, and the read-evidence permission; a
  // GET changes nothing, so no CSRF token is asked (the cookie is SameSite=Strict).
  const now = new Date();
  const auth = await authenticate(deps.db, headersOf(req), now);
  const allowed = auth.user !== undefined && can(auth.user.role, 'read-evidence');
  // Need-to-know: the pack names the order's URLs, so it is its case members' only.
  const member = allowed && (await hiddenOrders(deps.db, auth.user!.username, [id])).length === 0;
  const outcome = member ? 'allowed' : !allowed ? 'refused' : 'refused: NOT_A_MEMBER';
  await audit(deps.db, { user: auth.user, action: 'evidence-pack', target: `order:${id}`, ip: req.socket.remoteAddress ?? null, at: now, detail: { format: ext, outcome } });
  if (!member) {
    const status = auth.user === undefined ? 401 : 403;
    const why = status === 401 ? 'sign in to read evidence packs' : allowed ? `${auth.user!.username} is not a member of the case of order ${id}` : `${auth.user!.username} may not read evidence`;
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${why}\n`);
    return;
  }
  const pack = await buildEvidencePack(deps.db, deps.rules, id);
  if (pack === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no order ${id}\n`);
    return;
  }
  const json = packBytes(pack);
  const sha = packSha256(json);
  const body = ext === 'json' ? json : ext === 'html' ? Buffer.from(renderPackHtml(pack, sha), 'utf8') : await renderPackPdf(renderPackHtml(pack, sha), pack.order.createdAt);
  // The printable page opens in the browser; the JSON and the PDF are files to keep with the case.
  const disposition = ext === 'html' ? 'inline' : 'attachment';
  res.writeHead(200, { 'content-type': TYPES[ext], 'content-disposition': `${disposition}; filename="${id}-evidence-pack.${ext}"`, 'x-pack-sha256': sha, 'cache-control': 'no-store', ...COMMON_HEADERS, ...(ext === 'html' ? { 'content-security-policy': PACK_HTML_CSP } : {}) }).end(req.method === 'HEAD' ? undefined : body);
}

function headersOf(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') h.set(name, value);
  return h;
}
