// The Pothos builder. Defines no types itself (the Pothos example-app rule): every type lives in
// graphql/types/<name>.ts and registers itself on import.
import SchemaBuilder from '@pothos/core';
import type { GraphContext } from './context.ts';

export interface HostchainSchemaTypes {
  Context: GraphContext;
  // Fields are non-null unless they say otherwise: a missing value is then a deliberate choice.
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
  };
}

export const builder = new SchemaBuilder<HostchainSchemaTypes>({ defaultFieldNullability: false });

builder.queryType({ description: 'Read access to the hosting-chain graph.' });
builder.mutationType({ description: 'Jobs and decisions.' });
builder.subscriptionType({ description: 'Live progress over server-sent events.' });
