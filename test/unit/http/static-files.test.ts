import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../server/http/static-files.ts';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hostchain-static-'));
  mkdirSync(path.join(dir, 'client', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'client', 'index.html'), '<!doctype html><title>hostchain</title>');
  writeFileSync(path.join(dir, 'client', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the client folder');
  server = createServer(serveStatic(path.join(dir, 'client')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the built client', () => {
  it('serves index.html at / under a strict same-origin Content-Security-Policy', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>hostchain</title>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves assets with their content type and long caching', async () => {
    const res = await fetch(`${base}/assets/app.js`);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('opens a shared view link (a path without extension) on index.html', async () => {
    const res = await fetch(`${base}/case/42/chain?node=ip-1`);
    expect(await res.text()).toContain('<title>hostchain</title>');
  });

  it('never serves a file outside the client folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${base}${p}`);
      expect(await res.text()).not.toContain('outside the client folder');
    }
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    const res = await fetch(`${base}/assets/missing.js`);
    expect(res.status).toBe(404);
  });
});
