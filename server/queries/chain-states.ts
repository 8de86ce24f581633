// What the DNS said about the names of a chain when they gave no address (NXDOMAIN, NODATA, or a
// failed lookup), and when the names last resolved: the chain of a name that stopped resolving is
// shown as it was until then.
import type { GraphDb } from '../db/driver.ts';
import { inForce } from './in-force.ts';

// The DNS states in force of some names (written per record type by the DNS importer).
const DNS_STATES = `
UNWIND $names AS name
MATCH (:Hostname {name: name})-[r:DNS_STATE]->(s)
WHERE ${inForce('r')}
RETURN name, r.recordType AS recordType, s.state AS state, toString(r.firstSeen) AS since, toString(r.lastSeen) AS lastSeen, r.evidenceId AS evidenceId
ORDER BY name, recordType, since LIMIT $limit`;

// The latest end of an address or alias of the host (at or before the moment): when it last resolved.
const LAST_RESOLVED = `
MATCH p = (:Hostname {name: $name})-[:ALIAS_OF*0..16]->(:Hostname)-[r:RESOLVES_TO]->(:IpAddress)
WHERE r.endedAt IS NOT NULL AND ($at IS NULL OR r.endedAt <= datetime($at))
RETURN toString(max(r.endedAt)) AS endedAt LIMIT $limit`;

export interface DnsStateRow {
  name: string;
  recordType: string | null;
  /** NXDOMAIN, NODATA, SERVFAIL, REFUSED, TIMEOUT, FAILED */
  state: string;
  since: string;
  lastSeen: string;
  evidenceId: string | null;
}

export const findDnsStates = (db: GraphDb, names: string[], at: string | null) => db.read<DnsStateRow>(DNS_STATES, { names, at, limit: 50 });

export async function findLastResolvedAt(db: GraphDb, name: string, at: string | null): Promise<string | undefined> {
  const [row] = await db.read<{ endedAt: string | null }>(LAST_RESOLVED, { name, at, limit: 1 });
  return row?.endedAt ?? undefined;
}
