// Signing in and out, the caller's own API tokens, and the admin's accounts and audit log.
// Who may call what is decided before any of these run (access/root-field-access.ts).
import { audit, readAudit, type AuditRecord } from '../../auth/audit.ts';
import { verifyAuditChain, verifyAuditLog, type AuditVerification, type BrokenAuditEntry } from '../../auth/audit-verify.ts';
import { AuthError } from '../../auth/auth-error.ts';
import { clearSessionCookie, sessionCookie } from '../../auth/cookie.ts';
import { actionsOf, isRole, ROLES } from '../../auth/permissions.ts';
import { endSession, startSession } from '../../auth/sessions.ts';
import { createToken, listTokens, revokeToken, type TokenInfo } from '../../auth/tokens.ts';
import { createUser, listUsers, type UserInfo } from '../../auth/users.ts';
import { builder } from '../builder.ts';
import { actingUser, type GraphContext } from '../context.ts';
import { withKnownErrors } from '../known-errors.ts';

export const RoleEnum = builder.enumType('Role', { values: ROLES, description: 'viewer < investigator < legal < admin; each may do what the one before may (server/auth/permissions.ts).' });

const ACTIONS_TEXT = 'what this role may do (server/auth/permissions.ts: read-case, write-case, create-order, change-order, …): a client shows only the controls for these';
const actionsFor = (role: string): string[] => (isRole(role) ? actionsOf(role) : []);

interface SignedInShape { username: string; role: string; csrfToken: string; expiresAt: Date }
const SignedIn = builder.objectRef<SignedInShape>('SignedIn').implement({
  description: 'A new browser session. The session id itself travels only in the HttpOnly cookie.',
  fields: (t) => ({
    username: t.exposeString('username'),
    role: t.exposeString('role'),
    csrfToken: t.exposeString('csrfToken', { description: 'send back in the x-csrf-token header with every mutation' }),
    actions: t.stringList({ description: ACTIONS_TEXT, resolve: (u) => actionsFor(u.role) }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'after 12 hours without use' }),
  }),
});

interface CurrentUserShape { username: string; role: string; csrfToken: string | null; via: string }
const CurrentUser = builder.objectRef<CurrentUserShape>('CurrentUser').implement({
  fields: (t) => ({
    username: t.exposeString('username'),
    role: t.exposeString('role'),
    csrfToken: t.exposeString('csrfToken', { nullable: true, description: 'for a browser session: what a reloaded page sends back in x-csrf-token' }),
    via: t.exposeString('via', { description: 'session or token' }),
    actions: t.stringList({ description: ACTIONS_TEXT, resolve: (u) => actionsFor(u.role) }),
  }),
});

const ApiToken = builder.objectRef<TokenInfo>('ApiToken').implement({
  description: 'An API token for scripts; the token itself is shown once, when created.',
  fields: (t) => ({ id: t.exposeID('id'), label: t.exposeString('label'), createdAt: t.exposeString('createdAt'), revokedAt: t.exposeString('revokedAt', { nullable: true }) }),
});

const CreatedToken = builder.objectRef<{ id: string; token: string }>('CreatedApiToken').implement({
  fields: (t) => ({ id: t.exposeID('id'), token: t.exposeString('token', { description: 'send as "Authorization: Bearer <token>"; shown now and never again' }) }),
});

export const User = builder.objectRef<UserInfo>('UserAccount').implement({
  fields: (t) => ({
    username: t.exposeString('username'), role: t.exposeString('role'), createdAt: t.exposeString('createdAt'), createdBy: t.exposeString('createdBy'),
    disabledAt: t.exposeString('disabledAt', { nullable: true, description: 'when an admin disabled the account; null while it may sign in' }),
  }),
});

const AuditEntry = builder.objectRef<AuditRecord>('AuditEntry').implement({
  description: 'One line of the append-only audit log.',
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    at: t.exposeString('at'),
    username: t.exposeString('username', { nullable: true }),
    action: t.exposeString('action'),
    target: t.exposeString('target', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    detail: t.exposeString('detail', { nullable: true, description: 'JSON' }),
    hash: t.exposeString('hash'),
  }),
});

const BrokenEntry = builder.objectRef<BrokenAuditEntry>('BrokenAuditEntry').implement({
  fields: (t) => ({ seq: t.exposeInt('seq'), reason: t.exposeString('reason'), message: t.exposeString('message') }),
});

const AuditCheck = builder.objectRef<AuditVerification>('AuditLogCheck').implement({
  description: 'The whole audit log checked: hash chain, each entry\'s HMAC under the key kept outside the graph, and the head signed outside the graph (a cut-off tail).',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    entries: t.exposeInt('entries'),
    headSeq: t.int({ description: 'the newest entry found', resolve: (v) => v.head.seq }),
    signedEntries: t.exposeInt('signed', { description: 'entries whose HMAC matches' }),
    unsignedEntries: t.int({ description: 'entries written before the audit key existed (hash chain only)', resolve: (v) => v.unsigned.reduce((n, [a, b]) => n + b - a + 1, 0) }),
    signedHeadSeq: t.int({ nullable: true, description: 'the entry the head file outside the graph names; null when there is none', resolve: (v) => v.signedHead?.seq ?? null }),
    broken: t.field({ type: BrokenEntry, nullable: true, resolve: (v) => v.broken ?? null }),
    findings: t.exposeStringList('findings', { description: 'what was found, in sentences' }),
  }),
});

const secure = (ctx: GraphContext) => ({ secure: ctx.secureTransport });

builder.queryField('me', (t) =>
  t.field({
    type: CurrentUser,
    nullable: true,
    description: 'Who is signed in (null when nobody is).',
    resolve: (_r, _a, ctx) => (ctx.auth.user === undefined ? null : { ...ctx.auth.user, csrfToken: ctx.auth.csrfToken ?? null, via: ctx.auth.via }),
  }),
);

builder.mutationField('signIn', (t) =>
  t.field({
    type: SignedIn,
    description: 'Starts a browser session: the answer sets the HttpOnly session cookie and gives the CSRF token.',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      withKnownErrors(async () => {
        const at = ctx.now();
        try {
          ctx.signIns.check(a.username, ctx.ip, at);
          let s: Awaited<ReturnType<typeof startSession>>;
          try {
            s = await startSession(ctx.db, a.username, a.password, { ip: ctx.ip, userAgent: ctx.userAgent, now: at });
          } catch (err) {
            if (err instanceof AuthError && err.code === 'UNAUTHENTICATED') ctx.signIns.failed(a.username, ctx.ip, at);
            throw err;
          }
          ctx.signIns.succeeded(a.username, ctx.ip);
          ctx.setCookie(sessionCookie(s.sessionId, secure(ctx)));
          await audit(ctx.db, { user: s.user, action: 'sign-in', target: `user:${s.user.username}`, ip: ctx.ip, at });
          return { ...s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
        } catch (err) {
          if (err instanceof AuthError) await audit(ctx.db, { user: undefined, action: 'sign-in refused', target: `user:${a.username.slice(0, 64)}`, ip: ctx.ip, at });
          throw err;
        }
      }),
  }),
);

builder.mutationField('signOut', (t) =>
  t.boolean({
    description: 'Ends the browser session and clears its cookie.',
    resolve: async (_r, _a, ctx) => {
      ctx.setCookie(clearSessionCookie(secure(ctx)));
      const ended = ctx.auth.sessionId === undefined ? false : await endSession(ctx.db, ctx.auth.sessionId, ctx.now());
      await audit(ctx.db, { user: ctx.auth.user, action: 'sign-out', target: null, ip: ctx.ip, at: ctx.now() });
      return ended;
    },
  }),
);

builder.queryField('myApiTokens', (t) => t.field({ type: [ApiToken], resolve: (_r, _a, ctx) => listTokens(ctx.db, actingUser(ctx)) }));

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedToken,
    description: 'A token for scripts, acting as the signed-in user with the same role.',
    args: { label: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      withKnownErrors(async () => {
        const created = await createToken(ctx.db, actingUser(ctx), { label: a.label.slice(0, 200), now: ctx.now() });
        await audit(ctx.db, { user: ctx.auth.user, action: 'create-token', target: created.id, ip: ctx.ip, at: ctx.now() });
        return created;
      }),
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.boolean({
    description: "Revokes one of the caller's tokens (an admin may revoke anyone's).",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const owner = ctx.auth.user?.role === 'admin' ? undefined : actingUser(ctx);
      const revoked = await revokeToken(ctx.db, String(a.id), { now: ctx.now(), owner });
      await audit(ctx.db, { user: ctx.auth.user, action: 'revoke-token', target: String(a.id), ip: ctx.ip, at: ctx.now(), detail: { revoked } });
      return revoked;
    },
  }),
);

builder.queryField('users', (t) => t.field({ type: [User], resolve: (_r, _a, ctx) => listUsers(ctx.db) }));

builder.mutationField('createUser', (t) =>
  t.field({
    type: User,
    args: { username: t.arg.string({ required: true }), role: t.arg({ type: RoleEnum, required: true }), password: t.arg.string({ required: true }) },
    errors: { types: [AuthError], union: { name: 'CreateUserResult' } },
    resolve: async (_r, a, ctx) => {
      const u = await createUser(ctx.db, { username: a.username, password: a.password, role: a.role, by: actingUser(ctx) }, ctx.now());
      await audit(ctx.db, { user: ctx.auth.user, action: 'create-user', target: `user:${u.username}`, ip: ctx.ip, at: ctx.now(), detail: { role: u.role } });
      return { ...u, createdAt: ctx.now().toISOString(), createdBy: actingUser(ctx), disabledAt: null };
    },
  }),
);

builder.queryField('auditLog', (t) =>
  t.field({
    type: [AuditEntry],
    description: 'Audit entries from a time on, oldest first.',
    args: { since: t.arg({ type: 'DateTime', required: true }), limit: t.arg.int({ defaultValue: 500 }) },
    resolve: (_r, a, ctx) => readAudit(ctx.db, { since: a.since, limit: Math.min(a.limit ?? 500, 10_000) }),
  }),
);

builder.queryField('verifyAuditLog', (t) =>
  t.field({
    type: BrokenEntry,
    nullable: true,
    description: 'Walks the hash chain of the whole log: null when every entry holds, else the first that does not.',
    resolve: async (_r, _a, ctx) => (await verifyAuditChain(ctx.db)) ?? null,
  }),
);

builder.queryField('auditLogCheck', (t) =>
  t.field({
    type: AuditCheck,
    description: 'The whole log checked, with what was found in sentences: unsigned, changed or missing entries.',
    resolve: (_r, _a, ctx) => verifyAuditLog(ctx.db),
  }),
);
