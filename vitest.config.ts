// Three projects (STYLE.md): `unit` never opens a driver and runs in parallel; `graph` shares one
// real Neo4j (Community allows one standard database), so its files run one after another; `e2e`
// drives Debian's Chromium. The Neo4j globalSetup starts a local server only when NEO4J_URI is unset.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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
