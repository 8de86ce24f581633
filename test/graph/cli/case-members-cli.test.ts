// `hostchain case members`: a case made from the command line has no members and is closed to
// everyone; on the server, the operator lists and sets who may read it.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { runResolveJob } from '../../../server/jobs/resolve-job.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';
import { offlineConfig } from '../../support/offline-config.ts';
import { testUserToken } from '../../support/test-users.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const db = openTestGraph();
const config = offlineConfig();
const cli = (args: string[]) =>
  promisify(execFile)('node', ['bin/hostchain.mjs', ...args], { cwd: root, env: { ...process.env, NEO4J_URI: inject('neo4jUri') } })
    .then((r) => ({ ...r, code: 0 }))
    .catch((e: { stdout: string; stderr: string; code: number }) => e);

beforeAll(async () => {
  await resetGraph(db);
  await testUserToken(db, 'viewer');
  const u = 'http://198.51.100.9/cli/1.jpg';
  await runResolveJob({ db, io: createSourceIo(config), concurrency: 1, inputs: [{ url: normalizeUrl(u), list: 'cli.txt', line: 1, input: u, caseId: 'case:From the shell', caseName: 'From the shell' }] });
}, 60_000);
afterAll(() => db.close());

describe('hostchain case members', () => {
  it('says a case made from the command line has no members, adds one who can then read it, and removes them again', async () => {
    expect((await cli(['case', 'members', 'From the shell'])).stdout).toMatch(/has no members: nobody may read it/);
    const added = await cli(['case', 'members', 'From the shell', 'add', 'test-viewer']);
    expect([added.code, added.stdout]).toEqual([0, expect.stringMatching(/^test-viewer\tadded .* by command line\n$/)]);
    const viewer = graphqlClient(createHostchainYoga({ db, config }), { db, role: 'viewer' });
    expect(await viewer('{ case(name: "From the shell") { urlCount } }')).toEqual({ case: { urlCount: 1 } });
    expect((await cli(['case', 'members', 'From the shell', 'remove', 'test-viewer'])).stdout).toMatch(/has no members/);
  }, 240_000);

  it('refuses an unknown account and an unknown case, saying which', async () => {
    const nobody = await cli(['case', 'members', 'From the shell', 'add', 'no-such-account']);
    expect([nobody.code, nobody.stderr]).toEqual([1, expect.stringContaining('no enabled account "no-such-account"')]);
    expect((await cli(['case', 'members', 'No such case'])).stderr).toContain('there is no case named "No such case"');
  }, 240_000);
});
