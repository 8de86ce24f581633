import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { graphqlClient } from '../../support/gql.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
// The user's own configuration points at the internet (or nowhere); the demo must not use it.
const yoga = createHostchainYoga({ db, config: loadConfig({ HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_RDAP_BOOTSTRAP: '/nonexistent', HOSTCHAIN_CONFIG: '/nonexistent.json' }) });

const gql = graphqlClient(yoga, { db, role: 'investigator' });

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('the demo case on an empty graph', () => {
  it('is offered while the graph is empty, and resolves a whole chain without internet', async () => {
    expect(await gql<{ graphStats: { urls: number } }>('{ graphStats { urls } }')).toEqual({ graphStats: { urls: 0 } });
    const demo = await gql<{ loadDemoCase: { resolved: number; failed: number; urls: string[] } }>('mutation { loadDemoCase { resolved failed urls } }');
    expect(demo.loadDemoCase).toMatchObject({ resolved: 5, failed: 0 });
    expect(await gql<{ graphStats: { urls: number; cases: number } }>('{ graphStats { urls cases } }')).toEqual({ graphStats: { urls: 5, cases: 1 } });
    const chain = await gql<{ chain: { addresses: { blocks: { role: string }[] }[] } }>(`{ chain(url: "${demo.loadDemoCase.urls[0]}") { addresses { blocks { role } } } }`);
    expect(chain.chain.addresses[0]!.blocks.map((b) => b.role)).toEqual(['hoster', 'reseller', 'upstream']);
  });

  it('holds a CDN-fronted site whose chain names the CDN to ask for the origin', async () => {
    const chain = await gql<{ chain: { aliases: string[]; addresses: { address: string; cdn: { provider: string; cidr: string }[] }[] } }>(
      '{ chain(url: "https://www.clips.example/v/123") { aliases addresses { address cdn { provider cidr } } } }',
    );
    expect(chain.chain).toEqual({ aliases: ['www.clips.example', 'clips-example.edge.cdn.example'], addresses: [{ address: '203.0.113.10', cdn: [{ provider: 'Example CDN', cidr: '203.0.113.0/24' }] }] });
  });
});
