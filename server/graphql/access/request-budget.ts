// What one operation may cost before anything runs, and whether the caller's budget holds it:
// - nobody signed in may call only the public fields (what signing in needs), each once, and may
//   not read the schema (GraphiQL and introspection are for users);
// - a signed-in request may cost at most REQUEST_COST_LIMIT.signedIn units;
// - each client's bucket (client-budget.ts) must hold the request's cost.
// These refusals touch no database, so a flood of them costs the server no more than parsing.
import type { GraphContext } from '../context.ts';
import { REQUEST_COST_LIMIT } from '../query-limits.ts';
import { ROOT_FIELD_ACCESS } from './root-field-access.ts';
import type { OperationCalls } from './root-calls.ts';

export interface BudgetRefusal {
  code: 'UNAUTHENTICATED' | 'TOO_COSTLY' | 'RATE_LIMITED';
  message: string;
  retryAfterSeconds?: number;
  /** The first refusal of a client's dry spell: written to the audit log once, not per request. */
  audit: boolean;
}

/** The units an operation takes. For nobody signed in, a call it may not make costs 1 (its refusal is audited), not its run. */
export function operationCost(op: OperationCalls, anonymous: boolean): number {
  return op.calls.reduce((sum, c) => {
    const access = ROOT_FIELD_ACCESS[c.typeName][c.fieldName];
    return sum + (anonymous && access?.access !== 'public' ? 1 : access?.cost ?? 1);
  }, 0);
}

/** The client a budget belongs to: the signed-in user, else the address. */
export function budgetClient(ctx: Pick<GraphContext, 'auth' | 'ip'>): string {
  return ctx.auth.user !== undefined ? `user:${ctx.auth.user.username}` : `ip:${ctx.ip ?? 'unknown'}`;
}

function anonymousShape(op: OperationCalls): BudgetRefusal | undefined {
  if (op.introspects) return { code: 'UNAUTHENTICATED', message: 'sign in to read the schema (GraphiQL and introspection are for signed-in users)', audit: false };
  const seen = new Set<string>();
  for (const c of op.calls) {
    if (ROOT_FIELD_ACCESS[c.typeName][c.fieldName]?.access !== 'public') continue;
    if (seen.has(c.fieldName)) return { code: 'TOO_COSTLY', message: `without signing in, ${c.fieldName} may be asked once per request`, audit: false };
    seen.add(c.fieldName);
  }
  return undefined;
}

export function budgetRefusal(ctx: GraphContext, op: OperationCalls): BudgetRefusal | undefined {
  const anonymous = ctx.auth.user === undefined;
  if (anonymous) {
    const shape = anonymousShape(op);
    if (shape !== undefined) return shape;
  }
  const cost = Math.max(1, operationCost(op, anonymous));
  const limit = anonymous ? REQUEST_COST_LIMIT.anonymous : REQUEST_COST_LIMIT.signedIn;
  if (cost > limit) return { code: 'TOO_COSTLY', message: `this request costs ${cost} units, more than the ${limit} one request may (searches and walks cost 5, reports 20): split it`, audit: false };
  const answer = ctx.budgets.take(budgetClient(ctx), cost, ctx.now());
  if (answer.ok) return undefined;
  return {
    code: 'RATE_LIMITED',
    message: `too many requests from ${anonymous ? 'this address' : 'this account'}: try again in ${answer.retryAfterSeconds} s`,
    retryAfterSeconds: answer.retryAfterSeconds,
    audit: answer.firstRefusal,
  };
}
