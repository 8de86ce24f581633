// Three projects (STYLE.md): `unit` never opens a driver and runs in parallel; `graph` shares one
// real Neo4j (Community allows one standard database), so its files run one after another; `e2e`
// drives Debian's Chromium. The Neo4j globalSetup starts a local server only when NEO4J_URI is unset.
import { defineConfig } from 'vitest/config';

// graphql 16 ships CJS (main) and ESM (module). Vitest inlines Pothos (its esm/ folder is not
// Node-valid ESM) and Vite hands it graphql's ESM build, while Node would give externalised
// packages the CJS build; graphql refuses to mix two copies ("from another module or realm").
// Inline every graphql consumer so all of them share Vite's one copy.
const GRAPHQL_FAMILY = [/[\\/]graphql[\\/]/, /@pothos/, /graphql-yoga/, /@graphql-yoga/, /@envelop/, /@graphql-tools/, /graphql-scalars/, /@whatwg-node/];

export default defineConfig({
  test: {
    server: { deps: { inline: GRAPHQL_FAMILY } },
    // No test talks to the internet: connections outside loopback throw (test/support/loopback-only.ts).
    setupFiles: ['test/support/loopback-only.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'graph',
          include: ['test/graph/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
