// IP WHOIS as a source, the fallback where RDAP has no service or fails. One server per evidence;
// the walk IANA → RIR → referral (ARIN ReferralServer, rwhois included) is the caller's.
import type { Fact, Importer, Observation, RawEvidence, Scope } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { netblockKey, networkFacts } from '../registry/network-facts.ts';
import { parseWhoisIpAnswer } from './whois-ip-parse.ts';
import { rirOfWhoisServer } from '../registry/rirs.ts';
import { decodeWhoisText, WhoisExchangeError } from './whois-transport.ts';

export interface WhoisIpQuery {
  ip: string;
  server: string;
  port?: number;
  /** ARIN: ask for this network by handle (the Parent: of a block whose provider block was not in the answer). */
  handle?: string;
  /** The block the answer's least specific network encloses (a WITHIN fact from it). */
  childKey?: string;
}


// RIPE Database query reference ("-L, --all-less: all levels of less specific objects, including an
// exact match"); APNIC and AFRINIC run the same query server and document the same flag. The
// answer then holds the allocation above the assignment: the upstream that rents out the space.
const ALL_LESS_SPECIFIC = new Set(['whois.ripe.net', 'whois.apnic.net', 'whois.afrinic.net']);

/**
 * The query line each server expects. ARIN: "n + <ip>" (n: networks only, +: full records) and
 * "n ! <handle>" for one network by handle (ARIN WHOIS help: "To lookup a single, specific record,
 * put a '!' before your target, which should be the handle of that record").
 */
export function whoisIpQueryLine(server: string, ip: string, handle?: string): string {
  if (server === 'whois.arin.net') return handle === undefined ? `n + ${ip}` : `n ! ${handle}`;
  return ALL_LESS_SPECIFIC.has(server) ? `-L ${ip}` : ip;
}

export const whoisIpImporter: Importer<WhoisIpQuery> = {
  source: 'whois',
  cache: (q, io) => ({ server: q.server, query: whoisIpQueryLine(q.server, q.ip, q.handle), freshnessMs: io.whois.cacheFreshnessMs }),
  async fetch(q: WhoisIpQuery, io: SourceIo): Promise<RawEvidence> {
    const observedAt = io.now();
    const line = whoisIpQueryLine(q.server, q.ip, q.handle);
    // A parent asked by handle does not hold the address as its most specific block.
    const meta = { forIp: q.handle === undefined ? q.ip : '', ...(q.childKey === undefined ? {} : { childKey: q.childKey }) };
    const base = { source: 'whois' as const, server: q.server, serverAddress: io.whois.endpointOf(q.server, q.port), query: line, observedAt, meta };
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
    const answer = parseWhoisIpAnswer(decodeWhoisText(raw.body), rirOfWhoisServer(raw.server));
    if (answer.networks.length === 0) return;
    const ip = String(raw.meta?.forIp ?? '');
    const childKey = raw.meta?.childKey === undefined ? undefined : String(raw.meta.childKey);
    const facts: Fact[] = [];
    const scope: Scope[] = [];
    // Least specific first: each block stands WITHIN the one before it; the last holds the address.
    answer.networks.forEach((n, i) => {
      const prev = answer.networks[i - 1];
      const last = i === answer.networks.length - 1;
      const o = networkFacts(n, { forIp: last && ip !== '' ? ip : undefined, childKey: i === 0 ? childKey : undefined });
      facts.push(...o.facts);
      scope.push(...o.scope);
      if (prev !== undefined) facts.push({ kind: 'rel', type: 'WITHIN', from: { label: 'Netblock', key: { key: netblockKey(n) } }, to: { label: 'Netblock', key: { key: netblockKey(prev) } } });
    });
    yield { facts, scope };
  },
};
