// Errors the user should read (a refused transition, a wrong password, a role that may not act)
// reach the API with their message and code; anything else stays masked by yoga, since a Neo4j
// message can carry case data.
import { GraphQLError } from 'graphql';
import { AuthError } from '../auth/auth-error.ts';
import { OrderError } from '../orders/order-status.ts';

export async function withKnownErrors<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof OrderError || err instanceof AuthError) throw new GraphQLError(err.message, { extensions: { code: err.code } });
    throw err;
  }
}
