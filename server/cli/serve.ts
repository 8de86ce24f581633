// `hostchain serve` (what `npm start` runs): the whole app, local Neo4j included.
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { describeResolvers } from '../config-resolvers.ts';
import { runServer } from '../main.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API and web client (and the local Neo4j unless NEO4J_URI is set)')
    .action(async () => {
      const config = loadConfig();
      const app = await runServer({ config });
      console.log(`hostchain is up: ${app.url}/  (GraphQL and GraphiQL: ${app.url}/graphql, database: ${app.db.uri})`);
      // Every reported host name goes to these resolvers: say which, and what that means (README "Where lookups go").
      console.log(describeResolvers(config.dns.servers, config.dns.serversFrom));
      // There is no default account: say how to make the first one instead of leaving a sign-in page nobody can pass.
      if (app.setupLink !== null) {
        console.log(`no administrator yet: open this one-time link on this machine to create the first one:\n  ${app.setupLink}\n(or: npx hostchain users first-admin <name>)`);
      }
      const stop = () => {
        console.error('stopping (and the local Neo4j, if this app started it)…');
        void app.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
