// The second half of the API's door: after the role check, a call that names something case-bound
// (a case, URLs, an order, a resolve job, a URL/case/order/notice node, a stored answer) is refused
// with NOT_A_MEMBER unless the caller may read it (server/queries/need-to-know.ts says who may).
// Lists (cases, orders, a node's neighbours) are not checked here: their statements leave out what
// the caller may not read.
import { normalizeUrl } from '../../../importers/url-list/normalize-url.ts';
import type { AuthUser } from '../../auth/permissions.ts';
import { caseIdOf } from '../../queries/cases.ts';
import { caseAccess, hiddenEvidence, hiddenNotices, hiddenOrders, hiddenUrls } from '../../queries/need-to-know.ts';
import type { GraphContext } from '../context.ts';

/** What a root call names that is bound to a case, read from its arguments (root-field-access.ts). */
export type CaseBound =
  /** Reading a case: members; an administrator also sees that it exists (its content stays closed). */
  | { kind: 'case-read'; name: string }
  /** Working in a case: members only. `orNew`: a case that does not exist yet may be made (it becomes the caller's). */
  | { kind: 'case-work'; name: string; orNew?: boolean }
  /** Setting a case's members: its creator or an administrator. */
  | { kind: 'case-manage'; name: string }
  | { kind: 'urls'; urls: string[] }
  | { kind: 'order'; id: string }
  | { kind: 'job'; id: string }
  | { kind: 'node'; label: string; key: string }
  | { kind: 'evidence'; id: string };

export interface NeedToKnowRefusal {
  code: 'NOT_A_MEMBER';
  message: string;
}

const refuse = (message: string): NeedToKnowRefusal => ({ code: 'NOT_A_MEMBER', message });

/** A case a non-administrator is not on reads the same whether it exists or not: its name alone is case data. */
const notMember = (name: string) => refuse(`You are not a member of the case "${name}" (or there is no such case): its creator or an administrator can add you.`);

function normalised(urls: readonly string[]): string[] {
  return urls.flatMap((u) => {
    try {
      return [normalizeUrl(u).url];
    } catch {
      return [];
    }
  });
}

async function caseRefusal(ctx: GraphContext, user: AuthUser, b: Extract<CaseBound, { name: string }>): Promise<NeedToKnowRefusal | undefined> {
  const access = await caseAccess(ctx.db, user.username, caseIdOf(b.name));
  const admin = user.role === 'admin';
  if (b.kind === 'case-manage') {
    if (access.exists && (admin || access.createdBy === user.username)) return undefined;
    return access.exists && (admin || access.member) ? refuse(`Only the creator of the case "${b.name}" (${access.createdBy ?? 'unknown: made from the command line or before members existed'}) or an administrator sets its members.`) : notMember(b.name);
  }
  if (access.member) return undefined;
  if (b.kind === 'case-read' && admin) return undefined;
  if (b.kind === 'case-work' && b.orNew === true && !access.exists) return undefined;
  if (access.exists && admin) return refuse(`The case "${b.name}" exists, but you are not a member of it: add yourself (addCaseMember) to read or work on it.`);
  return notMember(b.name);
}

async function nodeRefusal(ctx: GraphContext, user: string, b: Extract<CaseBound, { kind: 'node' }>): Promise<NeedToKnowRefusal | undefined> {
  const what = `This ${b.label === 'Url' ? 'URL' : b.label.toLowerCase()} belongs to a case you are not a member of.`;
  if (b.label === 'Case') {
    const access = await caseAccess(ctx.db, user, b.key);
    return access.exists && !access.member ? refuse(what) : undefined;
  }
  const hidden =
    b.label === 'Url' ? await hiddenUrls(ctx.db, user, [b.key])
    : b.label === 'Order' ? await hiddenOrders(ctx.db, user, [b.key])
    : b.label === 'Notice' ? await hiddenNotices(ctx.db, user, [b.key])
    : [];
  return hidden.length > 0 ? refuse(what) : undefined;
}

/** Why the caller may not make this call, or undefined when it may. */
export async function needToKnowRefusal(ctx: GraphContext, user: AuthUser, b: CaseBound): Promise<NeedToKnowRefusal | undefined> {
  switch (b.kind) {
    case 'case-read':
    case 'case-work':
    case 'case-manage':
      return caseRefusal(ctx, user, b);
    case 'urls': {
      const hidden = await hiddenUrls(ctx.db, user.username, normalised(b.urls));
      return hidden.length === 0 ? undefined : refuse(`${hidden.length === 1 ? 'A URL you asked about belongs' : `${hidden.length} URLs you asked about belong`} to a case you are not a member of.`);
    }
    case 'order':
      return (await hiddenOrders(ctx.db, user.username, [b.id])).length === 0 ? undefined : refuse(`The order ${b.id} belongs to a case you are not a member of.`);
    case 'job': {
      const job = ctx.jobs.get(b.id);
      if (job === undefined || job.owner === user.username) return undefined;
      if (job.caseId !== undefined && (await caseAccess(ctx.db, user.username, job.caseId)).member) return undefined;
      return refuse(`The resolve job ${b.id} was started by someone else${job.caseId === undefined ? '' : ' for a case you are not a member of'}.`);
    }
    case 'node':
      return nodeRefusal(ctx, user.username, b);
    case 'evidence':
      return (await hiddenEvidence(ctx.db, user.username, [b.id])).length === 0 ? undefined : refuse(`The stored answer ${b.id} names a URL of a case you are not a member of.`);
  }
}
