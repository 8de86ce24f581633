// An account on a case (need-to-know), as the Case type lists them (case.ts); the changes are in
// case-membership.ts.
import type { CaseMember } from '../../queries/case-members.ts';
import { builder } from '../builder.ts';

export const CaseMemberRef = builder.objectRef<CaseMember>('CaseMember').implement({
  description: 'An account that may read the case: its URLs, notices, orders and packs.',
  fields: (t) => ({
    username: t.exposeString('username'),
    addedAt: t.exposeString('addedAt'),
    addedBy: t.exposeString('addedBy', { description: 'who added it (the creator itself when it made the case)' }),
  }),
});
