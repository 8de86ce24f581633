// One request listener: GraphQL at /graphql, the built client everywhere else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GRAPHQL_PATH, type HostchainYoga } from '../graphql/yoga.ts';
import { serveStatic } from './static-files.ts';

export function createRequestListener(opts: { yoga: HostchainYoga; clientDir: string }) {
  const statics = serveStatic(opts.clientDir);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === GRAPHQL_PATH || pathname.startsWith(GRAPHQL_PATH + '/')) {
      void opts.yoga(req, res);
      return;
    }
    statics(req, res);
  };
}
