// The real server for browser tests: the reseller-chain scenario's loopback DNS and RDAP servers,
// the test Neo4j, the GraphQL API and the built client behind one request listener on a free
// loopback port, and a signed-up user made the way an admin makes one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { createFirstAdmin, createUser } from '../../../server/auth/users.ts';
import type { Role } from '../../../server/auth/permissions.ts';
import type { GraphDb } from '../../../server/db/driver.ts';
import { startResellerChain, type RunningScenario } from '../../../server/demo/reseller-chain/scenario.ts';
import { createHostchainYoga } from '../../../server/graphql/yoga.ts';
import { createRequestListener } from '../../../server/http/app.ts';
import { buildClientIfStale, CLIENT_DIST } from '../../../server/http/client-build.ts';
import { loadRuleTable } from '../../../server/rules/rule-table.ts';
import type { RdapRoutes } from '../../../replay/rdap-server.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

export const E2E_PASSWORD = 'correct horse battery staple';

export interface E2eApp {
  url: string;
  db: GraphDb;
  scenario: RunningScenario;
  close(): Promise<void>;
}

const RDAP_DIR = path.resolve(import.meta.dirname, '../../../server/demo/reseller-chain/rdap');
const file = (name: string) => ({ file: path.join(RDAP_DIR, name) });

/** The scenario's RDAP table with one change: the hoster's registry answer, when given. */
export function resellerRoutes(hosterAssignment?: unknown): RdapRoutes {
  return {
    ripe: {
      '/ip/198.51.100.0/24': file('allocation.json'), '/ip/198.51.100.0/26': file('sub-allocation.json'),
      '/ip/198.51.100.0/28': hosterAssignment === undefined ? file('assignment.json') : { json: hosterAssignment },
      '/ip/203.0.113.0/24': file('cdn-edge.json'),
      '/autnum/64500': file('autnum-64500.json'), '/autnum/64501': file('autnum-64501.json'),
    },
    registry: { '/domain/shop.example': file('domain-shop.example.json'), '/domain/clips.example': file('domain-clips.example.json') },
  };
}

export async function startE2eApp(opts: { users: { username: string; role: Role }[]; routes?: RdapRoutes }): Promise<E2eApp> {
  await buildClientIfStale(() => undefined);
  const db = openTestGraph();
  await resetGraph(db);
  await createFirstAdmin(db, { username: 'e2e-admin', password: E2E_PASSWORD });
  for (const u of opts.users) await createUser(db, { ...u, password: E2E_PASSWORD, by: 'e2e-admin' });
  const scenario = await startResellerChain();
  if (opts.routes !== undefined) scenario.rdap.setRoutes(opts.routes);
  const rules = loadRuleTable();
  const yoga = createHostchainYoga({ db, config: scenario.config, io: createSourceIo(scenario.config), rules });
  const server: Server = createServer(createRequestListener({ yoga, clientDir: CLIENT_DIST, packs: { db, rules }, documents: { db, rules, config: scenario.config } }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`, db, scenario,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scenario.close();
      await db.close();
    },
  };
}
