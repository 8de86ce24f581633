import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { createRequestListener } from '../../../server/http/app.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import { CLIENT_DIST } from '../../../server/http/client-build.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// Paths, headers and bodies a careless or hostile client sends, against the real request
// listener on loopback. Bounded: a fixed number of requests from a seeded generator.
const db = openTestGraph();
let server: Server;
let port: number;

/** Mulberry32: the same "random" requests on every run, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = ['/%E0%A4%A', '/%', '/%%', '/%00', '/%C0%AF', '/..%2f..%2fetc%2fpasswd', '/graphql/%ZZ', '/orders/%FF/evidence-pack.json', '/orders/x/evidence-pack.pdf', `/${'a'.repeat(8000)}`, '/\u00e9\u0000', '/assets/../../package.json', '/graphql?query=%7B', '//graphql'];
const BODIES = ['{', 'null', '[]', '{"query": 5}', '{"query": "{ health { ok } }", "variables": "x"}', '\u0000\u0001\u0002', '{"query":"' + '{'.repeat(3000) + '"}', 'a'.repeat(200_000)];
const HEADERS = [{}, { cookie: 'hostchain_session=%E0%A4%A; a' }, { authorization: 'Bearer \u00ff\u00fe' }, { 'content-type': 'application/json; charset=klingon' }, { 'x-forwarded-for': '::1, , %' }, { authorization: 'Basic' }];

/** One raw HTTP request over a socket (so malformed lines get through), answer or close within the time. */
function raw(text: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    const done = () => (socket.destroy(), resolve(got));
    socket.setTimeout(5000, done);
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.write(text);
  });
}

async function stillServing(): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ health { ok } }' }) });
  return res.status === 200 && ((await res.json()) as { data?: { health?: { ok?: boolean } } }).data?.health?.ok === true;
}

beforeAll(async () => {
  await resetGraph(db);
  const config = offlineConfig();
  const rules = loadRuleTable();
  server = createServer(createRequestListener({ yoga: createHostchainYoga({ db, config, rules }), clientDir: CLIENT_DIST, packs: { db, rules } }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.close();
});

describe('requests no server may die of', () => {
  it('answers a malformed percent-escape in the path with 400 instead of exiting', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(await stillServing()).toBe(true);
  });

  it('survives 300 generated requests of hostile paths, headers and bodies, answering each', async () => {
    const rnd = seeded(20261203);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i += 1) {
      const method = pick(['GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'DELETE']);
      const headers = Object.entries(pick(HEADERS)).map(([k, v]) => `${k}: ${v}\r\n`).join('');
      const body = method === 'POST' || method === 'PUT' ? pick(BODIES) : '';
      const target = rnd() < 0.5 ? pick(PATHS) : `/graphql${rnd() < 0.5 ? `?query=${encodeURIComponent(pick(BODIES).slice(0, 500))}` : ''}`;
      const answer = await raw(`${method} ${target} HTTP/1.1\r\nhost: 127.0.0.1\r\n${headers}content-length: ${Buffer.byteLength(body, 'latin1')}\r\nconnection: close\r\n\r\n${body}`);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      // Every request gets an answer: a crashed or hung server gives none.
      expect(status, `${method} ${target.slice(0, 80)}`).toBeGreaterThanOrEqual(200);
      expect(status).not.toBe(500);
    }
    // Malformed request lines and headers too (Node's parser answers them; the process stays up).
    for (const junk of ['GET /%E0%A4%A HTTP/1.1\r\n\r\n', 'GARBAGE\r\n\r\n', Buffer.from([0, 1, 2, 255, 13, 10, 13, 10]), `GET / HTTP/1.1\r\nx: ${'y'.repeat(20_000)}\r\n\r\n`]) await raw(junk);
    expect(await stillServing()).toBe(true);
    expect([...statuses.keys()].every((s) => s >= 200 && s < 500)).toBe(true);
  });
});
