// Latency of the two questions users ask most, on a graph that also holds a bulk import:
// chain(url) for single URLs, and addressees for a whole list of resolved URLs, through the
// GraphQL server (yoga.fetch, no HTTP port), reported as p50 / p95.
import type { Config } from '../server/config.ts';
import type { GraphDb } from '../server/db/driver.ts';
import { testUserToken } from '../test/support/test-users.ts';
import { createHostchainYoga } from '../server/graphql/yoga.ts';

export interface LatencyFigures {
  chainSamples: number;
  chainP50Ms: number;
  chainP95Ms: number;
  addresseeUrls: number;
  addresseeSamples: number;
  addresseeP50Ms: number;
  addresseeP95Ms: number;
  groups: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

export async function measureApiLatency(db: GraphDb, config: Config, urls: string[], opts = { chainSamples: 300, addresseeSamples: 5 }): Promise<LatencyFigures> {
  const yoga = createHostchainYoga({ db, config });
  // The API asks who is calling: a viewer's token, made as an admin makes accounts (the lookup and
  // the audit line are part of every request's time, as for a real user).
  const authorization = `Bearer ${await testUserToken(db, 'viewer')}`;
  const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await yoga.fetch('http://hostchain/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data!;
  };
  const chainMs: number[] = [];
  for (let i = 0; i < opts.chainSamples; i += 1) {
    const url = urls[(i * 7919) % urls.length]!;
    const t0 = performance.now();
    const r = await ask<{ chain: { addresses: unknown[] } | null }>('query($u: String!) { chain(url: $u) { url addresses { address blocks { role holder abuseContacts } origins { asn } cdn { provider } } domain { registrar } } }', { u: url });
    chainMs.push(performance.now() - t0);
    if (r.chain === null) throw new Error(`no chain for ${url}`);
  }
  const addrMs: number[] = [];
  let groups = 0;
  for (let i = 0; i < opts.addresseeSamples; i += 1) {
    const t0 = performance.now();
    const r = await ask<{ addressees: { groups: unknown[] } }>('query($u: [String!]) { addressees(urls: $u, material: TERRORIST) { groups { instrument urls addressee { key } reasons { ruleId evidenceIds } } unresolved } }', { u: urls });
    addrMs.push(performance.now() - t0);
    groups = r.addressees.groups.length;
  }
  return {
    chainSamples: chainMs.length, chainP50Ms: pct(chainMs, 50), chainP95Ms: pct(chainMs, 95),
    addresseeUrls: urls.length, addresseeSamples: addrMs.length, addresseeP50Ms: pct(addrMs, 50), addresseeP95Ms: pct(addrMs, 95), groups,
  };
}
