// TypeScript types of the printed SDL for the web client: one interface per object, interface
// and input type, one string union per enum. The client's response types are Picks of these, so
// a field the SDL renames, drops or retypes breaks the client's type check instead of its users.
import { buildSchema, GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, GraphQLUnionType, type GraphQLType } from 'graphql';

const SCALARS: Record<string, string> = { String: 'string', ID: 'string', Int: 'number', Float: 'number', Boolean: 'boolean', DateTime: 'string' };

/** The TypeScript of a field's type: non-null unless wrapped nullable, lists as arrays. */
function tsType(type: GraphQLType): string {
  if (type instanceof GraphQLNonNull) return bare(type.ofType);
  return `${bare(type)} | null`;
}

function bare(type: GraphQLType): string {
  if (type instanceof GraphQLNonNull) return bare(type.ofType);
  if (type instanceof GraphQLList) {
    const item = tsType(type.ofType);
    return item.includes(' ') ? `(${item})[]` : `${item}[]`;
  }
  return type instanceof GraphQLScalarType ? (SCALARS[type.name] ?? 'string') : type.name;
}

function doc(text: string | null | undefined, indent = ''): string {
  return text ? `${indent}/** ${text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ')} */\n` : '';
}

export function schemaTypes(sdl: string): string {
  const schema = buildSchema(sdl);
  const out = ['// Generated from schema/schema.graphql by scripts/client-types/gen-client-types.ts; do not edit.', '// Run `npm run client:types` after `npm run schema:print`; CI checks it with `-- --check`.', ''];
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__')).sort((a, b) => a.name.localeCompare(b.name));
  for (const t of types) {
    if (t instanceof GraphQLEnumType) out.push(`${doc(t.description)}export type ${t.name} = ${t.getValues().map((v) => `'${v.value as string}'`).join(' | ')};`, '');
    else if (t instanceof GraphQLUnionType) out.push(`${doc(t.description)}export type ${t.name} = ${t.getTypes().map((m) => m.name).join(' | ')};`, '');
    else if (t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType || t instanceof GraphQLInputObjectType) {
      const input = t instanceof GraphQLInputObjectType;
      const fields = Object.values(t.getFields()).map((f) => {
        const optional = input && !(f.type instanceof GraphQLNonNull) ? '?' : '';
        return `${doc(f.description, '  ')}  ${f.name}${optional}: ${tsType(f.type)};`;
      });
      const typename = t instanceof GraphQLObjectType ? [`  __typename?: '${t.name}';`] : [];
      out.push(`${doc(t.description)}export interface ${t.name} {`, ...typename, ...fields, '}', '');
    }
  }
  return out.join('\n');
}
