// Errors the user should read (a refused transition, a wrong password, a role that may not act)
// reach the API with their message and code; anything else stays masked by yoga, since a Neo4j
// message can carry case data.
import { GraphQLError } from 'graphql';
import { maskError as yogaMask } from 'graphql-yoga';
import { ZodError } from 'zod';
import { AuthError } from '../auth/auth-error.ts';
import { InputError } from '../input-error.ts';
import { OrderError } from '../orders/order-status.ts';
import { UrlInputError } from '../../importers/url-list/normalize-url.ts';

export async function withKnownErrors<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof OrderError || err instanceof AuthError) throw new GraphQLError(err.message, { extensions: { code: err.code } });
    throw err;
  }
}

/** Zod's issues as the user reads them: each field with what it accepts. */
export function zodText(err: ZodError): string {
  return err.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Yoga's error mask with the user's own mistakes let through: an input that is refused (InputError,
 * or the arguments' zod schema) comes back as BAD_INPUT naming the field, never as "Unexpected error".
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (original instanceof InputError) return new GraphQLError(original.message, { path, extensions: { code: original.code, field: original.field } });
  // A URL argument that is not a URL, where the field has no refusal union of its own (chain, explore).
  if (original instanceof UrlInputError) return new GraphQLError(`url: ${original.message}`, { path, extensions: { code: 'BAD_INPUT', field: 'url' } });
  if (original instanceof ZodError) return new GraphQLError(zodText(original), { path, extensions: { code: 'BAD_INPUT' } });
  return yogaMask(error, message, isDev);
}
