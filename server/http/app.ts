// One request listener: GraphQL at /graphql, evidence packs and documents of orders, the built client everywhere else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphDb } from '../db/driver.ts';
import { GRAPHQL_PATH, type HostchainYoga } from '../graphql/yoga.ts';
import type { RuleTable } from '../rules/rule-table.ts';
import { PACK_ROUTE, serveEvidencePack } from './evidence-pack-route.ts';
import { ORDER_DOCUMENT_ROUTE, serveOrderDocument } from './order-document-route.ts';
import type { DocumentDeps } from '../orders/documents/order-document.ts';
import { ENFORCEMENT_ROUTE, serveEnforcementFile } from './enforcement-file-route.ts';
import { serveStatic } from './static-files.ts';

export function createRequestListener(opts: { yoga: HostchainYoga; clientDir: string; packs?: { db: GraphDb; rules: RuleTable }; documents?: DocumentDeps }) {
  const route = routeRequest(opts);
  // No request may take the server down: whatever a handler throws ends that request with a 500.
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      route(req, res);
    } catch (err) {
      console.error(`request ${req.method ?? '?'} failed: ${(err as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal error\n');
    }
  };
}

function routeRequest(opts: { yoga: HostchainYoga; clientDir: string; packs?: { db: GraphDb; rules: RuleTable }; documents?: DocumentDeps }) {
  const statics = serveStatic(opts.clientDir);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === GRAPHQL_PATH || pathname.startsWith(GRAPHQL_PATH + '/')) {
      void opts.yoga(req, res);
      return;
    }
    const pack = PACK_ROUTE.exec(pathname);
    if (pack !== null && opts.packs !== undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      serveEvidencePack(opts.packs, req, res, pack).catch((err: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`evidence pack failed: ${err.message}\n`);
      });
      return;
    }
    const doc = ORDER_DOCUMENT_ROUTE.exec(pathname);
    if (doc !== null && opts.documents !== undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      serveOrderDocument(opts.documents, req, res, doc).catch((err: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`order document failed: ${err.message}\n`);
      });
      return;
    }
    const enforcement = ENFORCEMENT_ROUTE.exec(pathname);
    if (enforcement !== null && opts.packs !== undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      serveEnforcementFile(opts.packs, req, res, enforcement).catch((err: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`enforcement file failed: ${err.message}\n`);
      });
      return;
    }
    statics(req, res);
  };
}
