// Expected failures as typed results (the errors plugin): a mutation that can be refused for a
// reason the user must act on returns its own type or one of these, in a union, so a client
// reads `... on OrderRefused { code message }` instead of parsing error text. Access refusals
// (signed out, wrong role, CSRF) stop the whole operation before it runs and stay GraphQL errors
// with extensions.code (access/access-plugin.ts); so does signIn, whose one message for a wrong
// user or password is deliberate.
import { AUTH_ERROR_CODES, AuthError } from '../../auth/auth-error.ts';
import { ORDER_ERROR_CODES, OrderError } from '../../orders/order-status.ts';
import { UrlInputError } from '../../../importers/url-list/normalize-url.ts';
import { builder } from '../builder.ts';


export const Refusal = builder.interfaceRef<Error & { code: string }>('Refusal').implement({
  description: 'Why a change was not made: a code to branch on and a sentence to show.',
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});

const OrderCode = builder.enumType('OrderRefusalCode', { values: ORDER_ERROR_CODES });
builder.objectType(OrderError, {
  name: 'OrderRefused',
  description: 'The order change is not possible as asked (a transition the status table forbids, an unknown order, an override without its reason, …).',
  interfaces: [Refusal],
  fields: (t) => ({ reason: t.field({ type: OrderCode, description: 'the code as an enum', resolve: (e) => e.code }) }),
});

const AuthCode = builder.enumType('AuthRefusalCode', { values: AUTH_ERROR_CODES });
builder.objectType(AuthError, {
  name: 'AuthRefused',
  description: 'An account change refused: a weak password, a taken or invalid name, a role that may not take this step.',
  interfaces: [Refusal],
  fields: (t) => ({ reason: t.field({ type: AuthCode, description: 'the code as an enum', resolve: (e) => e.code }) }),
});

builder.objectType(UrlInputError, {
  name: 'BadUrl',
  description: 'A URL argument that is not a resolvable http(s) URL.',
  interfaces: [Refusal],
  fields: () => ({}),
});

/** The refusals of the order mutations. */
export const ORDER_REFUSALS = [OrderError, AuthError, UrlInputError];
