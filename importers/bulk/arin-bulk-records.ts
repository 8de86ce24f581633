// ARIN's bulk whois text (arin_db.txt) is not RPSL: blank-line-separated records whose first
// attribute names the kind (NetHandle, V6NetHandle, OrgID, ASHandle, POCHandle). The same parser
// reads it; this maps its records onto the records of the RPSL registries.
import { attr, attrs, type RpslObject } from '../rpsl/rpsl-parse.ts';
import type { LineProblem } from './read-lines.ts';
import type { NetblockRecord, RpslRecordItem } from './rpsl-record-types.ts';
import { errorText, lineProblem, parseAsNumber, parseBlockRange, present } from './bulk-values.ts';

// Bulk NetType is lower-case `allocation | assignment | reallocation | reassignment`; ARIN's
// whois and RDAP say Direct Allocation / Direct Assignment / Reallocated / Reassigned, which is
// what block-status.ts classifies, so the bulk words are turned into those.
const NET_TYPES: Record<string, string> = {
  allocation: 'DIRECT ALLOCATION',
  assignment: 'DIRECT ASSIGNMENT',
  reallocation: 'REALLOCATED',
  reassignment: 'REASSIGNED',
};

const statusOf = (netType: string | undefined) => (netType === undefined ? undefined : (NET_TYPES[netType.toLowerCase()] ?? netType.toUpperCase()));

function netOf(o: RpslObject, registry: string): NetblockRecord | LineProblem {
  let range;
  try {
    range = parseBlockRange(attr(o, 'netrange') ?? '');
  } catch (e) {
    return lineProblem(o.line, `NetRange: ${errorText(e)}`);
  }
  return {
    kind: 'netblock', registry, handle: o.key, ...range, netname: present(attr(o, 'netname')), status: statusOf(present(attr(o, 'nettype'))),
    country: present(attr(o, 'country'))?.toUpperCase(), org: present(attr(o, 'orgid')), ownerName: undefined, parent: present(attr(o, 'parent')),
    mntBy: [], abuseC: present(attr(o, 'abusehandle')), adminC: [], descr: present(attrs(o, 'comment').join('\n')), line: o.line,
  };
}

function asOf(o: RpslObject, registry: string): RpslRecordItem {
  const number = parseAsNumber(attr(o, 'asnumber'));
  if (number === undefined) return lineProblem(o.line, `ASNumber: not one AS number: ${JSON.stringify(attr(o, 'asnumber') ?? '(missing)')}`);
  return { kind: 'autnum', registry, number, asName: present(attr(o, 'asname')), org: present(attr(o, 'orgid')), ownerName: undefined, line: o.line };
}

/** ARIN records, or undefined for every other class. POCs that are people are skipped: personal data, and no role mailbox. */
export function arinRecordOf(o: RpslObject, source: string | undefined): RpslRecordItem | undefined {
  const registry = source ?? 'ARIN';
  switch (o.className) {
    case 'nethandle':
    case 'v6nethandle':
      return netOf(o, registry);
    case 'ashandle':
      return asOf(o, registry);
    case 'orgid':
      return { kind: 'organisation', registry, handle: o.key, name: present(attr(o, 'orgname')), country: present(attr(o, 'country'))?.toUpperCase(), abuseC: present(attr(o, 'orgabusehandle')), line: o.line };
    case 'pochandle':
      return attr(o, 'isrole')?.toUpperCase() === 'Y' ? { kind: 'role', registry, handle: o.key, abuseMailbox: present(attr(o, 'mailbox')), line: o.line } : undefined;
    default:
      return undefined;
  }
}
