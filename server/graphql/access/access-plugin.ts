// The API's door: before an operation runs, every root field it calls is checked against
// root-field-access.ts for the caller (context.auth), changes made with a browser session must
// carry the CSRF token, a call naming a case, URL, order, job or stored answer is refused unless
// the caller may read it (need-to-know-check.ts), and calls on cases, orders and evidence (allowed
// or refused) are written to the audit log. A refusal stops the whole operation with a typed error code.
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { audit } from '../../auth/audit.ts';
import { can } from '../../auth/permissions.ts';
import type { RequestAuth } from '../../auth/authenticate.ts';
import type { GraphContext } from '../context.ts';
import { ROOT_FIELD_ACCESS, type FieldAccess } from './root-field-access.ts';
import { operationCalls, type OperationCalls, type RootCall } from './root-calls.ts';
import { budgetRefusal, type BudgetRefusal } from './request-budget.ts';
import { needToKnowRefusal, type CaseBound } from './need-to-know-check.ts';

export type AccessCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CSRF' | 'NOT_A_MEMBER';

interface Refusal {
  code: AccessCode;
  message: string;
}

export function refusalFor(call: RootCall, access: FieldAccess | undefined, auth: RequestAuth, isChange: boolean): Refusal | undefined {
  const what = `${call.typeName}.${call.fieldName}`;
  if (access === undefined) return { code: 'FORBIDDEN', message: `${what} has no access rule, so nobody may call it` };
  if (access.access === 'public') return undefined;
  if (auth.user === undefined) return { code: 'UNAUTHENTICATED', message: `sign in to call ${call.fieldName}` };
  if (isChange && auth.via === 'session' && !auth.csrfOk) {
    return { code: 'CSRF', message: `${call.fieldName} changes data: a browser session must send its CSRF token in the x-csrf-token header` };
  }
  if (access.access === 'signed-in' || can(auth.user.role, access.access)) return undefined;
  return { code: 'FORBIDDEN', message: `${auth.user.username} (${auth.user.role}) may not ${access.access}, which ${call.fieldName} needs` };
}

function budgetError(op: OperationCalls, r: BudgetRefusal): ExecutionResult {
  // 429 with Retry-After, so a script's HTTP client backs off without reading GraphQL errors.
  const http = r.code === 'RATE_LIMITED' ? { status: 429, headers: { 'retry-after': String(r.retryAfterSeconds ?? 1) } } : undefined;
  const extensions = { code: r.code, ...(r.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: r.retryAfterSeconds }), ...(http === undefined ? {} : { http }) };
  return { errors: [new GraphQLError(r.message, { path: op.calls[0] === undefined ? undefined : [op.calls[0].fieldName], extensions })] };
}

/** How a refused case-bound call names its target in the audit log. */
function boundTarget(b: CaseBound): string {
  switch (b.kind) {
    case 'urls': return `urls:${b.urls.slice(0, 5).join(' ').slice(0, 500)}${b.urls.length > 5 ? ` (+${b.urls.length - 5})` : ''}`;
    case 'node': return `node:${b.label}:${b.key.slice(0, 500)}`;
    case 'order':
    case 'job':
    case 'evidence': return `${b.kind}:${b.id}`;
    default: return `case:${b.name}`;
  }
}

/** The role was enough: is the caller also allowed to know what the call names? */
async function memberRefusal(ctx: GraphContext, call: RootCall, access: FieldAccess | undefined): Promise<{ refusal: Refusal; target: string } | undefined> {
  const named = access?.bound?.(call.args);
  if (named === undefined || ctx.auth.user === undefined) return undefined;
  for (const b of Array.isArray(named) ? named : [named]) {
    const refusal = await needToKnowRefusal(ctx, ctx.auth.user, b);
    if (refusal !== undefined) return { refusal, target: boundTarget(b) };
  }
  return undefined;
}

async function checkOperation(ctx: GraphContext, op: OperationCalls): Promise<ExecutionResult | undefined> {
  // First what costs nothing to check: the request's shape and the client's budget.
  const overBudget = budgetRefusal(ctx, op);
  if (overBudget !== undefined) {
    if (overBudget.audit) {
      await audit(ctx.db, { user: ctx.auth.user, action: 'rate-limited', target: op.name, ip: ctx.ip, at: ctx.now(), detail: { outcome: `refused: ${overBudget.code}`, via: ctx.auth.via } });
    }
    return budgetError(op, overBudget);
  }
  const isChange = op.kind !== 'query';
  let refused: { call: RootCall; refusal: Refusal } | undefined;
  for (const call of op.calls) {
    const access = ROOT_FIELD_ACCESS[call.typeName][call.fieldName];
    const roleRefusal = refusalFor(call, access, ctx.auth, isChange);
    const member = roleRefusal === undefined ? await memberRefusal(ctx, call, access) : undefined;
    const refusal = roleRefusal ?? member?.refusal;
    refused ??= refusal === undefined ? undefined : { call, refusal };
    // Refused calls on anything but public fields are security events: logged whether audited or not.
    if (access?.audit !== undefined || (refusal !== undefined && access?.access !== 'public')) {
      await audit(ctx.db, {
        user: ctx.auth.user, action: `${call.typeName}.${call.fieldName}`, target: access?.audit?.(call.args) ?? member?.target ?? null, ip: ctx.ip, at: ctx.now(),
        detail: { outcome: refusal === undefined ? 'allowed' : `refused: ${refusal.code}`, operation: op.name, via: ctx.auth.via },
      });
    }
  }
  if (refused === undefined) return undefined;
  return { errors: [new GraphQLError(refused.refusal.message, { path: [refused.call.fieldName], extensions: { code: refused.refusal.code } })] };
}

async function guard(args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null | undefined; variableValues?: Record<string, unknown> | null | undefined; contextValue: GraphContext }, stop: (r: ExecutionResult) => void): Promise<void> {
  const op = operationCalls(args.schema, args.document, args.operationName, args.variableValues);
  if (op === undefined) return;
  const refused = await checkOperation(args.contextValue, op);
  if (refused !== undefined) stop(refused);
}

export function accessPlugin(): Plugin<GraphContext> {
  return {
    onExecute: ({ args, setResultAndStopExecution }) => guard(args, setResultAndStopExecution),
    onSubscribe: ({ args, setResultAndStopExecution }) => guard(args, setResultAndStopExecution),
  };
}
