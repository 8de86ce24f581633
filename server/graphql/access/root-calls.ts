// The root fields an operation calls, with their arguments, read from the parsed document before
// it runs: access is decided for the whole operation up front, so a refused field never runs
// beside an allowed one. Fragments on the root type are followed; introspection is noted, not listed.
import {
  getArgumentValues, getOperationAST, getVariableValues, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationTypeNode, type SelectionSetNode,
} from 'graphql';

export interface RootCall {
  typeName: 'Query' | 'Mutation' | 'Subscription';
  fieldName: string;
  args: Record<string, unknown>;
}

export interface OperationCalls {
  kind: OperationTypeNode;
  name: string | null;
  calls: RootCall[];
  /** Whether it reads the schema (`__schema`, `__type`): only signed-in users may. */
  introspects: boolean;
}

const TYPE_NAME = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

export function operationCalls(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined): OperationCalls | undefined {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return undefined;
  const rootType = schema.getRootType(operation.operation);
  if (rootType === undefined || rootType === null) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const variables = coerced.coerced ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const calls: RootCall[] = [];
  let introspects = false;
  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const fieldName = sel.name.value;
        if (fieldName.startsWith('__')) {
          introspects ||= fieldName !== '__typename';
          continue;
        }
        const def = rootType.getFields()[fieldName];
        // Unknown fields fail validation anyway; kept so the caller refuses rather than skips them.
        const args = def === undefined ? {} : safeArgs(() => getArgumentValues(def, sel, variables));
        calls.push({ typeName: TYPE_NAME[operation.operation], fieldName, args });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet);
      } else {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (frag !== undefined && !seenFragments.has(name)) {
          seenFragments.add(name);
          walk(frag.selectionSet);
        }
      }
    }
  };
  walk(operation.selectionSet);
  return { kind: operation.operation, name: operation.name?.value ?? null, calls, introspects };
}

function safeArgs(read: () => Record<string, unknown>): Record<string, unknown> {
  try {
    return read();
  } catch {
    return {};
  }
}
