// The API's error mask: the user's own mistakes pass with their words and the field; anything
// else (a Neo4j message can carry case data) becomes "Unexpected error.".
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { maskError } from '../../../server/graphql/known-errors.ts';
import { InputError } from '../../../server/input-error.ts';

const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

describe('the API error mask', () => {
  it('lets an input error through with its field and code', () => {
    const e = maskError(wrapped(new InputError('text', 'at most 300 characters')), 'Unexpected error.') as GraphQLError;
    expect([e.message, e.extensions.code, e.extensions.field, e.path]).toEqual(['text: at most 300 characters', 'BAD_INPUT', 'text', ['field']]);
  });

  it('words a refused argument schema by field', () => {
    const parsed = z.object({ top: z.number().max(100, 'at most 100 parties') }).safeParse({ top: 1000 });
    const e = maskError(wrapped(parsed.error!), 'Unexpected error.') as GraphQLError;
    expect([e.message, e.extensions.code]).toEqual(['top: at most 100 parties', 'BAD_INPUT']);
  });

  it('masks any other error, whatever it says', () => {
    const e = maskError(wrapped(new Error('Neo.ClientError: property value of http://case.example/secret is too large')), 'Unexpected error.') as GraphQLError;
    expect(e.message).toBe('Unexpected error.');
    expect(e.message).not.toContain('case.example');
  });
});
