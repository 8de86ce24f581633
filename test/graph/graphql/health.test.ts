import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { openGraphDb } from '../../../server/db/driver.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { testUserToken } from '../../support/test-users.ts';

const db = openTestGraph();
const config = loadConfig({});
const yoga = createHostchainYoga({ db, config, now: () => new Date('2026-11-22T10:00:00Z') });

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

async function query(y: typeof yoga, text: string) {
  const res = await y.fetch('http://hostchain/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return (await res.json()) as { data?: { health: Record<string, unknown> }; errors?: unknown[] };
}

describe('the health query', () => {
  it('reports the real Neo4j 5.26 and the migrations applied at start', async () => {
    const body = await query(yoga, '{ health { ok checkedAt database { reachable version edition migrations { id checksum } } } }');
    expect(body.errors).toBeUndefined();
    const health = body.data!.health as { ok: boolean; checkedAt: string; database: { version: string; edition: string; migrations: { id: string; checksum: string }[] } };
    expect(health.ok).toBe(true);
    expect(health.checkedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(health.database.version).toMatch(/^5\.26\./);
    expect(health.database.edition).toBe('community');
    expect(health.database.migrations.length).toBeGreaterThan(0);
    expect(health.database.migrations[0]!.id).toMatch(/^0001-/);
    expect(health.database.migrations[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says the database is unreachable, with the reason, instead of failing the request', async () => {
    const dead = openGraphDb({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' });
    const deadYoga = createHostchainYoga({ db: dead, config });
    try {
      const body = await query(deadYoga, '{ health { ok database { uri reachable error } } }');
      expect(body.data!.health).toMatchObject({ ok: false, database: { uri: 'bolt://127.0.0.1:1', reachable: false } });
      expect(String((body.data!.health.database as { error: string }).error)).not.toBe('');
    } finally {
      await dead.close();
    }
  });
});

describe('GraphiQL', () => {
  it('is served at /graphql to a signed-in browser with every asset inlined, so it works offline, under a policy that fetches nothing from elsewhere', async () => {
    const token = await testUserToken(db, 'viewer');
    const res = await yoga.fetch('http://hostchain/graphql', { headers: { accept: 'text/html', authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('hostchain GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    expect(html).not.toContain('unpkg.com');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives a browser that is not signed in a short page saying where to sign in, not the editor', async () => {
    const res = await yoga.fetch('http://hostchain/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('GraphiQL is for signed-in users.');
    expect(html).not.toContain('hostchain GraphiQL');
    expect(html.length).toBeLessThan(2000);
  });
});
