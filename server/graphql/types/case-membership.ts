// Who is on a case (need-to-know): `addCaseMember` and `removeCaseMember`, for the case's creator
// or an administrator (access/need-to-know-check.ts refuses anyone else before these run).
import { audit } from '../../auth/audit.ts';
import { AuthError } from '../../auth/auth-error.ts';
import { caseIdOf, findCase, type CaseRow } from '../../queries/cases.ts';
import { addCaseMember, removeCaseMember } from '../../queries/case-members.ts';
import { builder } from '../builder.ts';
import { actingUser, type GraphContext } from '../context.ts';
import { Case } from './case.ts';

async function changed(ctx: GraphContext, caseName: string, what: { action: string; username: string }): Promise<CaseRow> {
  await audit(ctx.db, { user: ctx.auth.user, action: what.action, target: `${caseIdOf(caseName)}`, ip: ctx.ip, at: ctx.now(), detail: { member: what.username } });
  const row = await findCase(ctx.db, actingUser(ctx), caseName);
  if (row === undefined) throw new AuthError('UNKNOWN_USER', `there is no case "${caseName}"`);
  return row;
}


builder.mutationField('addCaseMember', (t) =>
  t.field({
    type: Case,
    description: "Lets an account read the case (its creator or an administrator may). Refused with UNKNOWN_USER for an account that does not exist or is disabled.",
    args: { caseName: t.arg.string({ required: true }), username: t.arg.string({ required: true }) },
    errors: { types: [AuthError], union: { name: 'AddCaseMemberResult' } },
    resolve: async (_r, a, ctx) => {
      const username = a.username.trim().toLowerCase();
      if (!(await addCaseMember(ctx.db, caseIdOf(a.caseName), { username, by: actingUser(ctx), at: ctx.now() }))) {
        throw new AuthError('UNKNOWN_USER', `no enabled account "${username}"`);
      }
      return changed(ctx, a.caseName, { action: 'add-case-member', username });
    },
  }),
);

builder.mutationField('removeCaseMember', (t) =>
  t.field({
    type: Case,
    description: 'Takes an account off the case (its creator or an administrator may). A case left without members is closed until an administrator adds some.',
    args: { caseName: t.arg.string({ required: true }), username: t.arg.string({ required: true }) },
    errors: { types: [AuthError], union: { name: 'RemoveCaseMemberResult' } },
    resolve: async (_r, a, ctx) => {
      const username = a.username.trim().toLowerCase();
      if (!(await removeCaseMember(ctx.db, caseIdOf(a.caseName), username))) throw new AuthError('UNKNOWN_USER', `"${username}" is not a member of the case`);
      return changed(ctx, a.caseName, { action: 'remove-case-member', username });
    },
  }),
);
