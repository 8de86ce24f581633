// GET /enforcement-file.json|txt|pdf?party=<key>: a party's enforcement file to attach to a penalty
// decision. The same door as the API (session cookie or token, read-evidence); every generation,
// refused ones too, is in the audit log. The file holds only the orders the reader may read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { audit } from '../auth/audit.ts';
import { authenticate } from '../auth/authenticate.ts';
import { can } from '../auth/permissions.ts';
import type { GraphDb } from '../db/driver.ts';
import { renderEnforcementDocument, type EnforcementFormat } from '../orders/enforcement/enforcement-document.ts';
import type { RuleTable } from '../rules/rule-table.ts';
import { COMMON_HEADERS } from './security-headers.ts';

export const ENFORCEMENT_ROUTE = /^\/enforcement-file\.(json|txt|pdf)$/;

export async function serveEnforcementFile(deps: { db: GraphDb; rules: RuleTable }, req: IncomingMessage, res: ServerResponse, match: RegExpExecArray): Promise<void> {
  const format = match[1] as EnforcementFormat;
  const party = new URL(req.url ?? '/', 'http://hostchain').searchParams.get('party') ?? '';
  const now = new Date();
  const h = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') h.set(name, value);
  const auth = await authenticate(deps.db, h, now);
  const allowed = auth.user !== undefined && can(auth.user.role, 'read-evidence');
  const text = (status: number, msg: string) => void res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...COMMON_HEADERS }).end(`${msg}\n`);
  if (!allowed || party === '') {
    await audit(deps.db, { user: auth.user, action: 'enforcement-file', target: `party:${party}`, ip: req.socket.remoteAddress ?? null, at: now, detail: { format, outcome: allowed ? 'refused: no party' : 'refused' } });
    if (auth.user === undefined) return text(401, 'sign in to read enforcement files');
    return text(allowed ? 400 : 403, allowed ? 'name the party: ?party=<organisation or block key>' : `${auth.user.username} may not read evidence`);
  }
  const doc = await renderEnforcementDocument(deps, { partyKey: party, user: auth.user!.username, now }, format);
  await audit(deps.db, { user: auth.user, action: 'enforcement-file', target: `party:${party}`, ip: req.socket.remoteAddress ?? null, at: now, detail: { format, outcome: doc === undefined ? 'no such party' : 'allowed', sha256: doc?.jsonSha256 ?? null, withheld: doc?.file.withheld ?? 0 } });
  if (doc === undefined) return text(404, `no organisation or block with key ${party}`);
  res.writeHead(200, { 'content-type': doc.mediaType, 'content-disposition': `${format === 'txt' ? 'inline' : 'attachment'}; filename="${doc.filename}"`, 'x-enforcement-sha256': doc.jsonSha256, 'cache-control': 'no-store', ...COMMON_HEADERS }).end(req.method === 'HEAD' ? undefined : doc.bytes);
}
