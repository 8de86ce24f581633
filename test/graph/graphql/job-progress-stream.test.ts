// The progress stream of a resolve job ends: with the job, or at once with an error for an id the
// server does not know (issue 15, defect 11: such a stream used to stay open forever).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { testUserToken } from '../../support/test-users.ts';

const db = openTestGraph();
const yoga = createHostchainYoga({ db, config: offlineConfig() });
beforeAll(() => resetGraph(db));
afterAll(() => db.close());

/** The whole SSE stream, or what came before it was still open after 10 s. */
async function stream(id: string, role: 'viewer' | 'investigator' = 'viewer'): Promise<{ text: string; ended: boolean }> {
  const query = `subscription { resolveJobProgress(id: "${id}") { state total done } }`;
  const res = await yoga.fetch(`http://hostchain/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'text/event-stream', authorization: `Bearer ${await testUserToken(db, role)}` } });
  const reader = res.body!.getReader();
  const timeout = new Promise<'open'>((r) => setTimeout(() => r('open'), 10_000));
  let text = '';
  for (;;) {
    const chunk = await Promise.race([reader.read(), timeout]);
    if (chunk === 'open') return (await reader.cancel(), { text, ended: false });
    if (chunk.done) return { text, ended: true };
    text += new TextDecoder().decode(chunk.value);
  }
}

describe('a job progress stream', () => {
  it('ends at once with the reason for an id the server does not know', async () => {
    const s = await stream('job-that-never-was');
    expect(s.ended).toBe(true);
    expect(s.text).toContain('id: no resolve job job-that-never-was on this server (jobs are kept until the server restarts)');
    expect(s.text).toContain('BAD_INPUT');
  });

  it('gives a finished job its last state once, then ends', async () => {
    const gql = graphqlClient(yoga, { db, role: 'investigator' });
    const started = await gql<{ startResolve: { job: { id: string } } }>('mutation { startResolve(urls: []) { job { id } } }');
    const id = started.startResolve.job.id;
    for (let i = 0; i < 100 && (await gql<{ resolveJob: { state: string } }>(`{ resolveJob(id: "${id}") { state } }`)).resolveJob.state === 'running'; i += 1) await new Promise((r) => setTimeout(r, 50));
    // Read by whoever started it: a job's progress is its starter's and its case members' (need-to-know).
    const s = await stream(id, 'investigator');
    expect(s.ended).toBe(true);
    expect(s.text.match(/"state":"finished"/g)).toHaveLength(1);
  });
});
