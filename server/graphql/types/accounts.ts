// The first administrator from the one-time setup link, and an admin's changes to other accounts
// (role, disabled). Signing in, tokens and the audit log are in auth.ts.
import { audit } from '../../auth/audit.ts';
import { AuthError } from '../../auth/auth-error.ts';
import { createFirstAdmin, setUserDisabled, setUserRole } from '../../auth/users.ts';
import { builder } from '../builder.ts';
import { actingUser } from '../context.ts';
import { RoleEnum, User } from './auth.ts';

builder.mutationField('setUpFirstAdmin', (t) =>
  t.field({
    type: User,
    description: 'Creates the first administrator with the one-time setup link that `npm start` prints on a graph without one. Works once, only from a loopback address.',
    args: { setupToken: t.arg.string({ required: true }), username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    errors: { types: [AuthError], union: { name: 'SetUpFirstAdminResult' } },
    resolve: async (_r, a, ctx) => {
      const at = ctx.now();
      try {
        if (ctx.setup === undefined) throw new AuthError('SETUP_REFUSED', 'this server has no setup link: an administrator exists already, or the server was started another way');
        ctx.setup.redeem(a.setupToken, ctx.ip);
        const u = await createFirstAdmin(ctx.db, { username: a.username, password: a.password }, at).catch((err: unknown) => {
          // A weak password or a bad name: the person may try again with the same link.
          if (err instanceof AuthError && err.code !== 'ADMIN_EXISTS') ctx.setup?.restore();
          throw err;
        });
        await audit(ctx.db, { user: u, action: 'set-up-first-admin', target: `user:${u.username}`, ip: ctx.ip, at });
        return { ...u, createdAt: at.toISOString(), createdBy: u.username, disabledAt: null };
      } catch (err) {
        if (err instanceof AuthError) await audit(ctx.db, { user: undefined, action: 'set-up-first-admin refused', target: `user:${a.username.slice(0, 64)}`, ip: ctx.ip, at, detail: { code: err.code } });
        throw err;
      }
    },
  }),
);

builder.mutationField('setUserRole', (t) =>
  t.field({
    type: User,
    description: "Gives another account a new role (an admin never changes their own).",
    args: { username: t.arg.string({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    errors: { types: [AuthError], union: { name: 'SetUserRoleResult' } },
    resolve: async (_r, a, ctx) => {
      const u = await setUserRole(ctx.db, { username: a.username, role: a.role, by: actingUser(ctx) });
      await audit(ctx.db, { user: ctx.auth.user, action: 'set-user-role', target: `user:${u.username}`, ip: ctx.ip, at: ctx.now(), detail: { role: u.role } });
      return u;
    },
  }),
);

builder.mutationField('setUserDisabled', (t) =>
  t.field({
    type: User,
    description: 'Disables another account (its sessions end; its password and tokens stop working) or enables it again.',
    args: { username: t.arg.string({ required: true }), disabled: t.arg.boolean({ required: true }) },
    errors: { types: [AuthError], union: { name: 'SetUserDisabledResult' } },
    resolve: async (_r, a, ctx) => {
      const u = await setUserDisabled(ctx.db, { username: a.username, disabled: a.disabled, by: actingUser(ctx) }, ctx.now());
      await audit(ctx.db, { user: ctx.auth.user, action: a.disabled ? 'disable-user' : 'enable-user', target: `user:${u.username}`, ip: ctx.ip, at: ctx.now() });
      return u;
    },
  }),
);
