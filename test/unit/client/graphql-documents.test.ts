import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientDocuments } from '../../../scripts/client-types/documents.ts';
import { schemaTypes } from '../../../scripts/client-types/schema-types.ts';
import { SDL_PATH } from '../../../schema/sdl-path.ts';

const sdl = readFileSync(SDL_PATH, 'utf8');
const schema = buildSchema(sdl);

function problems(text: string): string[] {
  return validate(schema, parse(text)).map((e) => e.message);
}

describe('the web client against the printed SDL', () => {
  const docs = clientDocuments();

  it('finds the documents of every API module of the client', () => {
    const files = new Set(docs.map((d) => d.file.replace(/^.*\//, '')));
    expect(files).toEqual(new Set(['addressees.ts', 'admin.ts', 'cases.ts', 'chain.ts', 'entity.ts', 'explore.ts', 'follow-up.ts', 'hosters.ts', 'order-documents.ts', 'order-send.ts', 'resolve.ts', 'search.ts', 'session.ts', 'transparency.ts']));
  });

  it('sends only documents the schema accepts (fields, arguments, variable types)', () => {
    const bad = docs.flatMap((d) => problems(d.text).map((p) => `${d.file}:${d.line}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('would refuse a document asking for a field the schema does not have', () => {
    const chainDoc = docs.find((d) => d.file.endsWith('chain.ts'))!;
    expect(problems(chainDoc.text.replace('inEu', 'inEurope'))).toEqual([expect.stringContaining('Cannot query field "inEurope" on type "ChainParty"')]);
  });

  it('has its response types generated from the SDL as it is now (npm run client:types)', () => {
    expect(readFileSync('client/src/api/schema-types.ts', 'utf8')).toBe(schemaTypes(sdl));
  });
});
