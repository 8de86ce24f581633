// Serves the built client (client/dist) at `/`. Only files inside the folder; unknown paths
// without an extension get index.html so that a shared view link (state in the URL) opens.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { CLIENT_CSP, COMMON_HEADERS } from './security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>hostchain</title>
<p>The web client is not built. Run <code>npm run build:client</code>. The API is at <a href="/graphql">/graphql</a>.</p>`;

export function serveStatic(clientDir: string) {
  const root = path.resolve(clientDir);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://local');
    const headers = { ...COMMON_HEADERS, 'content-security-policy': CLIENT_CSP };
    const pathname = decodePath(url.pathname);
    // A malformed escape ("/%E0%A4%A") is the client's mistake: 400, never a thrown error.
    if (pathname === undefined) {
      res.writeHead(400, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('bad request path\n');
      return;
    }
    const file = resolveFile(root, pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    if (file === undefined) {
      const isPage = path.extname(url.pathname) === '';
      res.writeHead(isPage ? 200 : 404, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end(isPage ? NOT_BUILT : 'not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { ...headers, 'content-type': type, 'cache-control': cache });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

function decodePath(pathname: string): string | undefined {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function resolveFile(root: string, pathname: string): string | undefined {
  const candidate = path.resolve(root, '.' + path.posix.normalize(pathname));
  // Path traversal: never leave the client folder.
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  if (isFile(candidate)) return candidate;
  const index = path.join(root, 'index.html');
  if (path.extname(pathname) === '' && isFile(index)) return index;
  return undefined;
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}
