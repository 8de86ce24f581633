// The typed records of a registry bulk dump (blocks, organisations, abuse roles, AS numbers, route
// objects), shared by the RPSL reader (rpsl-records.ts) and ARIN's bulk classes (arin-bulk-records.ts).
import type { LineProblem } from './read-lines.ts';

export interface NetblockRecord {
  kind: 'netblock';
  registry: string;
  /** The registry's own name for the block: the range text as written, or ARIN's NetHandle. */
  handle: string;
  start: string;
  end: string;
  /** The fewest CIDR blocks covering start–end: inetnum ranges need not be CIDR-aligned. */
  cidrs: string[];
  netname: string | undefined;
  /** Upper case (AFRINIC writes `Assigned PA`), in the words block-status.ts reads. */
  status: string | undefined;
  country: string | undefined;
  org: string | undefined;
  /** LACNIC's bulk file names the holder (`owner:`) without an organisation handle. */
  ownerName: string | undefined;
  /** The covering block as the registry names it: LACNIC `inetnum-up`, ARIN `Parent`, AFRINIC `parent`. */
  parent: string | undefined;
  mntBy: string[];
  abuseC: string | undefined;
  adminC: string[];
  descr: string | undefined;
  line: number;
}

export interface OrganisationRecord {
  kind: 'organisation';
  registry: string;
  handle: string;
  name: string | undefined;
  country: string | undefined;
  abuseC: string | undefined;
  line: number;
}

/** A role (or APNIC irt, which `mnt-irt` names) that may carry the abuse mailbox. */
export interface RoleRecord {
  kind: 'role';
  registry: string;
  handle: string;
  abuseMailbox: string | undefined;
  line: number;
}

export interface AutnumRecord {
  kind: 'autnum';
  registry: string;
  number: number;
  asName: string | undefined;
  org: string | undefined;
  ownerName: string | undefined;
  line: number;
}

/** The key of a route object is the pair (prefix, origin): one prefix may have several. */
export interface RouteRecord {
  kind: 'route';
  registry: string;
  prefix: string;
  origin: number;
  line: number;
}

export type RpslRecord = NetblockRecord | OrganisationRecord | RoleRecord | AutnumRecord | RouteRecord;
export type RpslRecordItem = RpslRecord | LineProblem;
