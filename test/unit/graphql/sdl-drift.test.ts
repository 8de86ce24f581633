import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../server/graphql/schema.ts';
import { SDL_HEADER, SDL_PATH } from '../../../schema/sdl-path.ts';

describe('schema/schema.graphql', () => {
  it('equals the SDL printed from the Pothos schema (run npm run schema:print after changing types)', () => {
    const printed = SDL_HEADER + printSchema(schema) + '\n';
    expect(readFileSync(SDL_PATH, 'utf8')).toBe(printed);
  });
});
