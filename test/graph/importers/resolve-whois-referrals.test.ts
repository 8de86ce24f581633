import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveUrl } from '../../../importers/resolve/resolve-url.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { loadConfig } from '../../../server/config.ts';
import { describeRecorded, hasRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { startWhoisServers, type FixtureWhoisServers } from '../../../replay/whois-server.ts';
import { relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
let whois: FixtureWhoisServers | undefined;
const ip = '69.65.39.166';

beforeAll(async () => {
  if (!hasRecorded()) return;
  await resetGraph(db);
  whois = await startWhoisServers({
    'whois.iana.org': { answers: { [ip]: { file: path.join(import.meta.dirname, '../../scenarios/arin-referral/iana-69.65.39.166.txt') } } },
    'whois.arin.net': { answers: { [`n + ${ip}`]: { file: recordedPath('whois-referrals/arin_referral_rwhois.txt') } } },
    'rwhois.servernap.net': { answers: {}, notFound: { text: '%error 230 No Objects Found\n' } },
  });
  // No RDAP bootstrap at all: the resolver must fall back to WHOIS.
  const config = loadConfig({ HOSTCHAIN_WHOIS_SERVERS: `${whois.envValue()},*=127.0.0.1:9`, HOSTCHAIN_RDAP_BOOTSTRAP: '/nonexistent-bootstrap', HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  config.dns = { ...config.dns, timeoutMs: 200, retries: 0 };
  await resolveUrl({ url: normalizeUrl(`http://${ip}/x`), list: 'l', line: 1, input: `http://${ip}/x` }, { db, io: createSourceIo(config) });
});
afterAll(async () => {
  await whois?.close();
  await db.close();
});

describeRecorded('WHOIS when RDAP cannot answer', () => {
  it('walks IANA → ARIN → the rwhois referral, on the port ARIN names, through the server map', () => {
    expect(whois!.queries.map((q) => [q.server, q.query])).toEqual([['whois.iana.org', ip], ['whois.arin.net', `n + ${ip}`], ['rwhois.servernap.net', ip]]);
  });

  it('puts the address in ARIN\'s network with its organisation and abuse contact', async () => {
    expect(await relsOf(db, { from: ['IpAddress', 'address'], type: 'IN_NETBLOCK', to: ['Netblock', 'handle'] })).toEqual(new Set([`${ip}|NET-69-65-0-0-1`]));
    expect(await relsOf(db, { from: ['Netblock', 'handle'], type: 'HELD_BY', to: ['Organization', 'name'] })).toEqual(new Set(['NET-69-65-0-0-1|GigeNET']));
    expect(await relsOf(db, { from: ['Netblock', 'handle'], type: 'ABUSE_CONTACT', to: ['Contact', 'email'] })).toEqual(new Set(['NET-69-65-0-0-1|abuse@gigenet.com']));
    expect(await relsOf(db, { from: ['Netblock', 'handle'], type: 'ORIGINATED_BY', to: ['AutonomousSystem', 'number'] })).toEqual(new Set(['NET-69-65-0-0-1|32181']));
  });
});
