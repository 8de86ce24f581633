// Builds the GraphQL server. No port here (the graphql-yoga testing habit): tests call
// `yoga.fetch` directly; main.ts binds the port.
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { bulkMaxAgeMs, type Config } from '../config.ts';
import { createSourceIo, type SourceIo } from '../../importers/core/source-io.ts';
import type { GraphDb } from '../db/driver.ts';
import { JobRegistry } from '../jobs/job-registry.ts';
import type { GraphContext } from './context.ts';
import type { SetupToken } from '../auth/setup-token.ts';
import { SignInThrottle } from '../auth/sign-in-throttle.ts';
import { loadRuleTable, type RuleTable } from '../rules/rule-table.ts';
import { schema } from './schema.ts';
import { maskErrorsExceptDatabaseUnavailable } from './database-unavailable.ts';
import { authenticate, clientIp } from '../auth/authenticate.ts';
import { needsSecureCookie } from '../auth/cookie.ts';
import { accessPlugin } from './access/access-plugin.ts';
import { responseCookies } from './access/response-cookies.ts';
import { ClientBudgets } from './access/client-budget.ts';
import { graphiqlDoor, graphiqlForUsers } from './access/graphiql-door.ts';
import { CLIENT_BUDGETS } from './query-limits.ts';

export const GRAPHQL_PATH = '/graphql';

export interface YogaOptions {
  db: GraphDb;
  config: Config;
  now?: () => Date;
  /** Defaults to the configured transports; tests point them at loopback fixtures. */
  io?: SourceIo;
  /** The addressee rule table; loaded here when the caller has not loaded it already. */
  rules?: RuleTable;
  /** The one-time setup link's token, when the server started on a graph with no administrator. */
  setup?: SetupToken;
}

export type HostchainYoga = YogaServerInstance<Record<string, unknown>, GraphContext>;

const DEFAULT_QUERY = `# hostchain: hosting chains of reported URLs, with evidence.
query Health {
  health {
    ok
    checkedAt
    database { uri reachable version edition migrations { id appliedAt } }
  }
}
`;

export function createHostchainYoga(opts: YogaOptions): HostchainYoga {
  const now = opts.now ?? (() => new Date());
  const io = opts.io ?? createSourceIo(opts.config, now);
  const rules = opts.rules ?? loadRuleTable();
  const jobs = new JobRegistry({ db: opts.db, io, bulkMaxAgeMs: bulkMaxAgeMs(opts.config) });
  const cookies = responseCookies();
  const signIns = new SignInThrottle();
  const budgets = new ClientBudgets((client) => (client.startsWith('user:') ? CLIENT_BUDGETS.signedIn : CLIENT_BUDGETS.anonymous));
  return createYoga<Record<string, unknown>, GraphContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // Who is asking is settled here, once per request; access/access-plugin.ts decides what they may call.
    context: async ({ request, ...serverContext }) => ({
      db: opts.db, config: opts.config, now, io, jobs, rules,
      auth: await authenticate(opts.db, request.headers, now()),
      ip: clientIp(serverContext),
      userAgent: request.headers.get('user-agent'),
      secureTransport: needsSecureCookie(new URL(request.url)),
      setup: opts.setup,
      signIns,
      budgets,
      setCookie: cookies.forRequest(request),
    }),
    plugins: [graphiqlDoor(opts.db, now), accessPlugin(), cookies.plugin],
    // The stock GraphiQL page loads its assets from unpkg.com, which a closed police network (and
    // this project's CI) cannot reach; render-graphiql inlines them.
    renderGraphiQL,
    graphiql: graphiqlForUsers(opts.db, now, { title: 'hostchain GraphiQL', defaultQuery: DEFAULT_QUERY }),
    landingPage: false,
    // Unexpected errors are masked: a Neo4j message can carry case data. A database that is away
    // is said in words, with HTTP 503.
    maskedErrors: { maskError: maskErrorsExceptDatabaseUnavailable(opts.db) },
    logging: 'warn',
  });
}
