// The Pothos builder. Defines no types itself (the Pothos example-app rule): every type lives in
// graphql/types/<name>.ts and registers itself on import.
// Plugins: errors (expected failures as typed union results), relay (cursor connections),
// complexity (depth, breadth and cost limits per request). Batching is loaders.ts (DataLoader per request).
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphContext } from './context.ts';
import { QUERY_LIMITS } from './query-limits.ts';

export interface HostchainSchemaTypes {
  Context: GraphContext;
  // Fields are non-null unless they say otherwise: a missing value is then a deliberate choice.
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
  };
}

export const builder = new SchemaBuilder<HostchainSchemaTypes>({
  plugins: [ErrorsPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  // A field with `errors` returns its own type or one of the listed error objects, side by side in
  // a union, never a wrapper: `... on Order { id } ... on OrderRefused { code message }`.
  errors: { directResult: true },
  relay: { clientMutationId: 'omit', cursorType: 'String', nodeQueryOptions: false, nodesQueryOptions: false },
  complexity: QUERY_LIMITS,
});

builder.queryType({ description: 'Read access to the hosting-chain graph.' });
builder.mutationType({ description: 'Jobs and decisions.' });
builder.subscriptionType({ description: 'Live progress over server-sent events.' });
