// Request-scoped batch loaders (DataLoader): every field that needs the same kind of row for many
// parents asks its loader, and the loader sends one statement for all keys asked in the same tick.
// One set per request (keyed on its context), so nothing is cached across users or requests.
import DataLoader from 'dataloader';
import { getOrders, partyRecords, type OrderView, type PartyRecord } from '../orders/orders.ts';
import { caseFigures, type CaseFigures } from '../queries/cases.ts';
import { membersOfCases, type CaseMember } from '../queries/case-members.ts';
import { readEvidence, type StoredEvidence } from '../queries/evidence.ts';
import { hiddenEvidence } from '../queries/need-to-know.ts';
import { actingUser, type GraphContext } from './context.ts';

export interface Loaders {
  caseFigures: DataLoader<string, CaseFigures | undefined>;
  orders: DataLoader<string, OrderView | undefined>;
  evidence: DataLoader<string, StoredEvidence | undefined>;
  partyRecords: DataLoader<string, PartyRecord>;
  caseMembers: DataLoader<string, CaseMember[]>;
}

/** Keys in, rows out in the same order (undefined for a key with no row), as DataLoader wants. */
function byKey<R>(rows: R[], keys: readonly string[], keyOf: (r: R) => string): (R | undefined)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k));
}

const perRequest = new WeakMap<GraphContext, Loaders>();

export function loadersOf(ctx: GraphContext): Loaders {
  let l = perRequest.get(ctx);
  if (l === undefined) {
    l = {
      caseFigures: new DataLoader(async (ids) => byKey(await caseFigures(ctx.db, ids), ids, (f) => f.id)),
      orders: new DataLoader(async (ids) => byKey(await getOrders(ctx.db, ids), ids, (o) => o.id)),
      // Need-to-know: an answer that names a URL of a case the reader is not on is not given (as if absent).
      evidence: new DataLoader(async (ids) => {
        const hidden = new Set(await hiddenEvidence(ctx.db, actingUser(ctx), ids));
        return byKey(await readEvidence(ctx.db, ids.filter((id) => !hidden.has(id))), ids, (e) => e.id);
      }),
      caseMembers: new DataLoader(async (ids) => {
        const rows = await membersOfCases(ctx.db, ids);
        return ids.map((id) => rows.filter((r) => r.caseId === id));
      }),
      partyRecords: new DataLoader(async (keys) => {
        const records = await partyRecords(ctx.db, keys);
        return keys.map((k) => records.get(k)!);
      }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}
