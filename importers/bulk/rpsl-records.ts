// Typed records from the objects of a registry bulk dump: the blocks, their organisations and
// abuse roles, AS numbers and route objects. RIPE, APNIC, AFRINIC and the IRRs share RPSL;
// LACNIC's bulk file reuses the class names with its own attributes (owner, inetnum-up,
// abbreviated prefixes) and ARIN's bulk text has its own classes (arin-bulk-records.ts).
import { attr, attrs, type RpslObject } from '../rpsl/rpsl-parse.ts';
import { arinRecordOf } from './arin-bulk-records.ts';
import { canonicalCidr } from './cidr-text.ts';
import type { LineProblem, ReadLinesOptions } from './read-lines.ts';
import { readRpslObjects } from './rpsl-bulk.ts';
import { errorText, lineProblem as problem, parseAsNumber, parseBlockRange, present } from './bulk-values.ts';
import type { AutnumRecord, NetblockRecord, OrganisationRecord, RoleRecord, RouteRecord, RpslRecordItem } from './rpsl-record-types.ts';

export type { AutnumRecord, NetblockRecord, OrganisationRecord, RoleRecord, RouteRecord, RpslRecord, RpslRecordItem } from './rpsl-record-types.ts';

export interface RpslRecordOptions {
  /** Used when an object has no `source:` (LACNIC's and some IRR files always have one). */
  registry?: string;
}

// Dummified RIPE dumps replace every admin-c/tech-c with this placeholder (DATA-FORMATS §1.2).
const DUMMY_HANDLES = new Set(['DUMY-RIPE']);
const handles = (o: RpslObject, name: string) => attrs(o, name).map((v) => v.trim()).filter((v) => v !== '' && !DUMMY_HANDLES.has(v.toUpperCase()));

/** `APNIC-GRS` is RIPE's mirror of APNIC's data: the registry is APNIC. `RIPE-NONAUTH` stays (not authorised by the holder). */
export function registryName(source: string | undefined, fallback: string | undefined): string | undefined {
  return present(source)?.toUpperCase().replace(/-GRS$/, '') ?? present(fallback)?.toUpperCase();
}

function netblockOf(o: RpslObject, registry: string): NetblockRecord | LineProblem {
  let range;
  try {
    range = parseBlockRange(o.key);
  } catch (e) {
    return problem(o.line, `${o.className}: ${errorText(e)}`);
  }
  return {
    kind: 'netblock', registry, handle: o.key, ...range,
    netname: present(attr(o, 'netname')), status: present(attr(o, 'status'))?.toUpperCase(), country: present(attr(o, 'country'))?.toUpperCase(),
    org: present(attr(o, 'org')), ownerName: present(attr(o, 'owner')), parent: present(attr(o, 'inetnum-up') ?? attr(o, 'parent')),
    mntBy: handles(o, 'mnt-by'), abuseC: handles(o, 'abuse-c')[0], adminC: handles(o, 'admin-c').concat(handles(o, 'owner-c')),
    descr: present(attrs(o, 'descr').join('\n')), line: o.line,
  };
}

function routeOf(o: RpslObject, registry: string): RouteRecord | LineProblem {
  const origin = parseAsNumber(attr(o, 'origin'));
  if (origin === undefined) return problem(o.line, `origin: not an AS number: ${JSON.stringify(attr(o, 'origin') ?? '(missing)')}`);
  try {
    return { kind: 'route', registry, prefix: canonicalCidr(o.key), origin, line: o.line };
  } catch (e) {
    return problem(o.line, `${o.className}: ${errorText(e)}`);
  }
}

function autnumOf(o: RpslObject, registry: string): AutnumRecord | LineProblem {
  const number = parseAsNumber(o.key);
  if (number === undefined) return problem(o.line, `aut-num: not an AS number: ${JSON.stringify(o.key)}`);
  return { kind: 'autnum', registry, number, asName: present(attr(o, 'as-name')), org: present(attr(o, 'org')), ownerName: present(attr(o, 'owner')), line: o.line };
}

function roleOf(o: RpslObject, registry: string): RoleRecord | LineProblem {
  // An irt is named by its key; a role's key is a free-text name and nic-hdl is the handle.
  const handle = o.className === 'irt' ? o.key : present(attr(o, 'nic-hdl'));
  if (handle === undefined) return problem(o.line, 'nic-hdl: missing');
  return { kind: 'role', registry, handle, abuseMailbox: present(attr(o, 'abuse-mailbox')), line: o.line };
}

const organisationOf = (o: RpslObject, registry: string): OrganisationRecord => ({
  kind: 'organisation', registry, handle: o.key, name: present(attr(o, 'org-name')), country: present(attr(o, 'country'))?.toUpperCase(), abuseC: handles(o, 'abuse-c')[0], line: o.line,
});

const MAPPERS = new Map<string, (o: RpslObject, registry: string) => RpslRecordItem>([
  ['inetnum', netblockOf], ['inet6num', netblockOf], ['route', routeOf], ['route6', routeOf], ['aut-num', autnumOf], ['role', roleOf], ['irt', roleOf], ['organisation', organisationOf],
]);

/** The record of one object, a problem naming the bad field, or undefined for classes not mapped (as-block, mntner, …). */
export function rpslRecordOf(o: RpslObject, options: RpslRecordOptions = {}): RpslRecordItem | undefined {
  const registry = registryName(attr(o, 'source'), options.registry);
  const map = MAPPERS.get(o.className);
  if (map !== undefined) return registry === undefined ? problem(o.line, 'source: missing, and no registry option given') : map(o, registry);
  return arinRecordOf(o, registry);
}

export async function* readRpslRecords(file: string, options: RpslRecordOptions & ReadLinesOptions = {}): AsyncGenerator<RpslRecordItem> {
  for await (const item of readRpslObjects(file, options)) {
    const out = item.kind === 'object' ? rpslRecordOf(item.object, options) : item;
    if (out !== undefined) yield out;
  }
}
