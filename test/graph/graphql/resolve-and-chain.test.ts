import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlClient } from '../../support/gql.ts';
import { testUserToken } from '../../support/test-users.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';

const db = openTestGraph();
let scenario: RunningScenario;
let yoga: ReturnType<typeof createHostchainYoga>;
let gql: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  await resetGraph(db);
  scenario = await startResellerChain();
  yoga = createHostchainYoga({ db, config: scenario.config, io: createSourceIo(scenario.config) });
  gql = graphqlClient(yoga, { db, role: 'investigator' });
});
afterAll(async () => {
  await scenario.close();
  await db.close();
});

describe('resolving over GraphQL', () => {
  it('starts a job, rejects bad lines with their reason, streams progress over SSE, and answers chain(url)', async () => {
    const start = await gql<{ startResolve: { job: { id: string; total: number }; rejected: { line: number; reason: string }[] } }>(
      'mutation($u: [String!]!) { startResolve(urls: $u, caseName: "GraphQL case") { job { id total } rejected { line reason } } }',
      { u: ['www.shop.example/a', 'ftp://shop.example/b'] },
    );
    expect(start.startResolve.job.total).toBe(1);
    expect(start.startResolve.rejected).toEqual([{ line: 2, reason: expect.stringMatching(/scheme ftp/) }]);
    const id = start.startResolve.job.id;

    const progress = `subscription { resolveJobProgress(id: "${id}") { done total state } }`;
    // A job's progress is its starter's and its case members' (need-to-know).
    const headers = { accept: 'text/event-stream', authorization: `Bearer ${await testUserToken(db, 'investigator')}` };
    const sse = await yoga.fetch(`http://hostchain/graphql?query=${encodeURIComponent(progress)}`, { headers });
    const reader = sse.body!.getReader();
    let text = '';
    // Read until the job reports its one URL done, or the stream ends (then the assertion says what came).
    for (let chunk = await reader.read(); !chunk.done && !text.includes('"done":1'); chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    await reader.cancel();
    expect(text).toContain('"done":1');

    const job = await gql<{ resolveJob: { state: string; done: number } }>(`{ resolveJob(id: "${id}") { state done } }`);
    expect(job.resolveJob.done).toBe(1);

    const chain = await gql<{ chain: { aliases: string[]; addresses: { address: string; blocks: { role: string; holder: string; country: string }[] }[]; domain: { registrar: string } } }>(
      '{ chain(url: "HTTP://WWW.SHOP.EXAMPLE/a") { aliases addresses { address blocks { role holder country } } domain { registrar } } }',
    );
    expect(chain.chain.aliases).toEqual(['www.shop.example', 'shop.example']);
    expect(chain.chain.addresses[0]!.blocks).toEqual([
      { role: 'hoster', holder: 'Shady Example Hosting', country: 'PA' },
      { role: 'reseller', holder: 'Example Reseller Ltd', country: 'SC' },
      { role: 'upstream', holder: 'Example Upstream B.V.', country: 'NL' },
    ]);
    expect(chain.chain.domain.registrar).toBe('Example Registrar Inc.');
  });

  it('names the parties of the chain: hoster outside the EU, reseller, upstream in it, origin AS, registrar', async () => {
    const c = await gql<{ chain: { parties: { role: string; name: string; country: string | null; inEu: boolean | null }[] } }>('{ chain(url: "www.shop.example/a") { parties { role name country inEu } } }');
    const byRole = Object.fromEntries(c.chain.parties.map((p) => [p.role, p]));
    expect(byRole.hoster).toEqual({ role: 'hoster', name: 'Shady Example Hosting', country: 'PA', inEu: false });
    expect(byRole.reseller).toMatchObject({ name: 'Example Reseller Ltd', inEu: false });
    expect(byRole.upstream).toMatchObject({ name: 'Example Upstream B.V.', country: 'NL', inEu: true });
    expect(byRole.registrar).toMatchObject({ name: 'Example Registrar Inc.' });
    expect(Object.keys(byRole)).toEqual(expect.arrayContaining(['origin', 'registry']));
  });

  it('counts a job in words: with an address, no address by DNS state, failed lookups; freshHours skips what was just resolved', async () => {
    const fields = 'state total done skipped withAddress noAddress noAddressByState { state count } withFailedLookups';
    type Job = { state: string; total: number; done: number; skipped: number; withAddress: number; noAddress: number; noAddressByState: { state: string; count: number }[]; withFailedLookups: number };
    const run = async (freshHours: number): Promise<Job> => {
      const s = await gql<{ startResolve: { job: { id: string } } }>('mutation($u: [String!]!, $h: Float) { startResolve(urls: $u, freshHours: $h) { job { id } } }', { u: ['www.shop.example/words', 'gone.shop.example/words'], h: freshHours });
      for (;;) {
        const j = await gql<{ resolveJob: Job }>(`query($id: ID!) { resolveJob(id: $id) { ${fields} } }`, { id: s.startResolve.job.id });
        if (j.resolveJob.state !== 'running') return j.resolveJob;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    expect(await run(0)).toEqual({ state: 'finished', total: 2, done: 2, skipped: 0, withAddress: 1, noAddress: 1, noAddressByState: [{ state: 'NXDOMAIN', count: 1 }], withFailedLookups: 0 });
    expect(await run(24)).toMatchObject({ total: 2, done: 0, skipped: 2, withAddress: 0, noAddress: 0 });
  });

  it('answers null for a URL that was never resolved', async () => {
    expect(await gql<{ chain: null }>('{ chain(url: "never.example/x") { url } }')).toEqual({ chain: null });
  });
});
