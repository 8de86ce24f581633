// The domain beside a chain: its registrar (or the last one, when the registration ended or the
// registry names only the last registrar), the reseller, name servers, and the registry's states
// (free, quarantine, redemption, hold, …) in force, each with the answer that stated it.
import type { GraphDb } from '../db/driver.ts';
import { inForce } from './in-force.ts';

// The registrable domain of a host name.
const DOMAIN_OF = `
MATCH (:Hostname {name: $name})-[r:IN_DOMAIN]->(d:Domain)
WHERE ${inForce('r')}
RETURN d.name AS domain LIMIT $limit`;

// Registration of the domain: registrar, reseller, name servers and registry states in force.
const DOMAIN = `
MATCH (d:Domain {name: $domain})
OPTIONAL MATCH (d)-[rv:REGISTERED_VIA]->(reg:Organization) WHERE ${inForce('rv')}
OPTIONAL MATCH (reg)-[ra:ABUSE_CONTACT]->(rc:Contact) WHERE ${inForce('ra')}
OPTIONAL MATCH (d)-[rs:RESOLD_BY]->(res:Organization) WHERE ${inForce('rs')}
OPTIONAL MATCH (d)-[dt:DELEGATED_TO]->(ns:Hostname) WHERE ${inForce('dt')}
OPTIONAL MATCH (d)-[st:REGISTRY_STATE]->(s) WHERE ${inForce('st')}
WITH d, reg, rv, res, collect(DISTINCT rc.email) AS registrarAbuse, collect(DISTINCT ns.name) AS nameservers,
     collect(DISTINCT {state: s.state, since: toString(st.firstSeen), evidenceId: st.evidenceId}) AS states
RETURN d.name AS domain, reg.name AS registrar, reg.key AS registrarKey, registrarAbuse, coalesce(rv.lastRegistrar, false) AS registrarIsLast,
       rv.evidenceId AS registrarEvidenceId, res.name AS reseller, nameservers, [s IN states WHERE s.state IS NOT NULL] AS states,
       d.stateUntil AS stateUntil, d.status AS status
LIMIT $limit`;

// The registrar whose registration ended last (at or before the moment): who registered the name until then.
const LAST_REGISTRAR = `
MATCH (:Domain {name: $domain})-[rv:REGISTERED_VIA]->(reg:Organization)
WHERE rv.endedAt IS NOT NULL AND ($at IS NULL OR rv.endedAt <= datetime($at))
RETURN reg.name AS name, reg.key AS key, toString(rv.endedAt) AS endedAt, rv.evidenceId AS evidenceId
ORDER BY rv.endedAt DESC LIMIT $limit`;

export interface RegistryStateRow {
  /** free, quarantine, redemption, pending-delete, client-hold, server-hold, inactive, registered, … */
  state: string;
  since: string;
  evidenceId: string | null;
}

export interface ChainDomain {
  domain: string;
  registrar: string | null;
  registrarKey: string | null;
  registrarAbuse: string[];
  /** The registry names this registrar only as the last one (e.g. a .nl domain in quarantine). */
  registrarIsLast: boolean;
  registrarEvidenceId: string | null;
  reseller: string | null;
  nameservers: string[];
  states: RegistryStateRow[];
  /** Until when the state holds, as the registry says (e.g. the date out of quarantine). */
  stateUntil: string | null;
  /** The registry's own status words, as stated. */
  status: string | null;
  /** When no registration is in force: the registrar of the registration that ended last. */
  lastRegistrar: { name: string; key: string; endedAt: string; evidenceId: string | null } | null;
}

export async function findDomainOfHost(db: GraphDb, host: string, at: string | null): Promise<ChainDomain | undefined> {
  const [d] = await db.read<{ domain: string }>(DOMAIN_OF, { name: host, at, limit: 1 });
  if (d === undefined) return undefined;
  const [found] = await db.read<Omit<ChainDomain, 'lastRegistrar'>>(DOMAIN, { domain: d.domain, at, limit: 1 });
  if (found === undefined) return undefined;
  const [last] = found.registrar === null ? await db.read<NonNullable<ChainDomain['lastRegistrar']>>(LAST_REGISTRAR, { domain: d.domain, at, limit: 1 }) : [];
  // collect() has no order: sorted here, so the same graph always gives the same chain (evidence packs hash it).
  return {
    ...found,
    registrarAbuse: [...found.registrarAbuse].sort(),
    nameservers: [...found.nameservers].sort(),
    states: [...found.states].sort((a, b) => a.state.localeCompare(b.state)),
    lastRegistrar: last ?? null,
  };
}
