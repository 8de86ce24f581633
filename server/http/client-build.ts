// `npm start` on a fresh clone must serve the page at `/` without a separate build command, so the
// server builds the client when client/dist is missing or older than the client's sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const CLIENT_ROOT = path.resolve(import.meta.dirname, '..', '..', 'client');
export const CLIENT_DIST = path.join(CLIENT_ROOT, 'dist');

export function clientBuildIsStale(root = CLIENT_ROOT): boolean {
  const built = path.join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = [path.join(root, 'index.html'), path.join(root, 'vite.config.ts'), ...listFiles(path.join(root, 'src'))];
  return sources.some((f) => statSync(f).mtimeMs > builtAt);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** Builds with Vite (a dev dependency). Without Vite (a production install) the stale build is served. */
export async function buildClientIfStale(log: (msg: string) => void): Promise<void> {
  if (!clientBuildIsStale()) return;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    log('client build is missing or stale and Vite is not installed; serving what is there');
    return;
  }
  log('building the web client…');
  await vite.build({ configFile: path.join(CLIENT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
