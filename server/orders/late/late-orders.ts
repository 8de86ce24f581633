// Late orders and the member state to tell. The annual report (2025): "where an order was not
// followed within the one-hour term, the competent authorities in the EU member states where the
// hosting service providers concerned are established were informed". So every late order lists
// the member state of the provider's main establishment (or legal representative) when that is an
// EU member state other than the authority's own, and telling it is recorded on the order.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../../db/driver.ts';
import { InputError } from '../../input-error.ts';
import { EU_MEMBER_STATES, isInEu } from '../../rules/eu-member-states.ts';
import { OrderError } from '../order-status.ts';
import { CREATE_NOTICE, LATE_ORDERS } from './late-cypher.ts';
import { memberState } from '../documents/cross-border.ts';

export interface AuthorityNoticeView {
  id: string;
  kind: string;
  country: string;
  at: string;
  by: string;
  note: string | null;
}

export interface LateOrder {
  id: string;
  status: string;
  instrument: string;
  deadline: string | null;
  sentAt: string | null;
  authorityCountry: string | null;
  addresseeKey: string;
  addresseeName: string;
  addresseeCountry: string | null;
  notices: AuthorityNoticeView[];
  /** The member state whose authority must be told; null when there is none to tell (or it is not known). */
  countryToTell: string | null;
  /** Why that state, or why none, in words. */
  why: string;
  /** The authority of countryToTell was told (a notice for it is recorded). */
  told: boolean;
}

/** Which member state's authority must hear of a late order to this provider, and why. */
export function countryToTell(addresseeCountry: string | null, authorityCountry: string | null): { country: string | null; why: string } {
  const c = memberState(addresseeCountry);
  const home = memberState(authorityCountry ?? 'NL');
  if (c === null || c === '' || c === 'EU') return { country: null, why: "the provider's country is not known: find the member state of its main establishment or legal representative" };
  if (c === home) return { country: null, why: `the provider is established in ${c}, the authority's own member state: no other authority to tell` };
  if (isInEu(c) === true) return { country: c, why: `the provider is established in ${c}, another EU member state: its competent authority must be told of the late order` };
  return { country: null, why: `the provider is established outside the EU (${c}): tell the member state of its legal representative, if it has one in the EU` };
}

/** `user` null: every late order (the command line). */
export async function lateOrders(db: GraphDb, user: string | null, now: Date, limit = 500): Promise<LateOrder[]> {
  const rows = await db.read<Omit<LateOrder, 'countryToTell' | 'why' | 'told'>>(LATE_ORDERS, { user, now: now.toISOString(), limit });
  return rows.map((r) => {
    const t = countryToTell(r.addresseeCountry, r.authorityCountry);
    return { ...r, countryToTell: t.country, why: t.why, told: t.country !== null && r.notices.some((n) => n.country === t.country) };
  });
}

export async function recordAuthorityNotified(db: GraphDb, n: { orderId: string; country: string; at: Date; note?: string | undefined }, by: string): Promise<AuthorityNoticeView> {
  const country = n.country.trim().toUpperCase();
  if (!EU_MEMBER_STATES.has(country)) throw new InputError('country', `${JSON.stringify(n.country)} is not an EU member state (ISO 3166-1 alpha-2, Greece as GR)`);
  const note = n.note?.trim() || null;
  const [row] = await db.write<AuthorityNoticeView>(CREATE_NOTICE, { orderId: n.orderId, id: `an-${randomUUID()}`, country, at: n.at.toISOString(), by, note });
  if (row === undefined) throw new OrderError('NOT_FOUND', `no order ${n.orderId}`);
  return row;
}
