// IP WHOIS as a source, the fallback where RDAP has no service or fails. One server per evidence;
// the walk IANA → RIR → referral (ARIN ReferralServer, rwhois included) is the caller's.
import type { Fact, Importer, Observation, RawEvidence, Scope } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { netblockKey, networkFacts } from '../registry/network-facts.ts';
import type { Rir } from '../registry/registry-network.ts';
import { parseWhoisIpAnswer } from './whois-ip-parse.ts';
import { decodeWhoisText, WhoisExchangeError } from './whois-transport.ts';

export interface WhoisIpQuery {
  ip: string;
  server: string;
  port?: number;
}

const RIR_SERVERS: Record<string, Rir> = { 'whois.ripe.net': 'RIPE', 'whois.arin.net': 'ARIN', 'whois.apnic.net': 'APNIC', 'whois.lacnic.net': 'LACNIC', 'whois.afrinic.net': 'AFRINIC' };

/** The query line each server expects: ARIN wants "n + <ip>" for networks with their hierarchy. */
export function whoisIpQueryLine(server: string, ip: string): string {
  return server === 'whois.arin.net' ? `n + ${ip}` : ip;
}

export const whoisIpImporter: Importer<WhoisIpQuery> = {
  source: 'whois',
  cache: (q, io) => ({ server: q.server, query: whoisIpQueryLine(q.server, q.ip), freshnessMs: io.whois.cacheFreshnessMs }),
  async fetch(q: WhoisIpQuery, io: SourceIo): Promise<RawEvidence> {
    const observedAt = io.now();
    const line = whoisIpQueryLine(q.server, q.ip);
    const base = { source: 'whois' as const, server: q.server, serverAddress: io.whois.endpointOf(q.server, q.port), query: line, observedAt, meta: { forIp: q.ip } };
    try {
      const ex = await io.whois.query(q.server, line, q.port);
      return { ...base, serverAddress: ex.remoteAddress || base.serverAddress, body: ex.response, status: 'ok' };
    } catch (err) {
      if (!(err instanceof WhoisExchangeError)) throw err;
      return { ...base, body: err.partial, status: 'failed', error: `${err.code}: ${err.message}` };
    }
  },
  *parse(raw: RawEvidence): Iterable<Observation> {
    // IANA's answer only names the RIR to ask (refer:); its /8 is not a party's block.
    if (raw.status !== 'ok' || raw.server === 'whois.iana.org') return;
    const answer = parseWhoisIpAnswer(decodeWhoisText(raw.body), RIR_SERVERS[raw.server]);
    if (answer.networks.length === 0) return;
    const ip = String(raw.meta?.forIp ?? '');
    const facts: Fact[] = [];
    const scope: Scope[] = [];
    // Least specific first: each block stands WITHIN the one before it; the last holds the address.
    answer.networks.forEach((n, i) => {
      const prev = answer.networks[i - 1];
      const last = i === answer.networks.length - 1;
      const o = networkFacts(n, { forIp: last && ip !== '' ? ip : undefined, childKey: undefined });
      facts.push(...o.facts);
      scope.push(...o.scope);
      if (prev !== undefined) facts.push({ kind: 'rel', type: 'WITHIN', from: { label: 'Netblock', key: { key: netblockKey(n) } }, to: { label: 'Netblock', key: { key: netblockKey(prev) } } });
    });
    yield { facts, scope };
  },
};
