// Roles of the registry blocks above an address, read from the RIR status words: the most
// specific assignment is the site's hoster; sub-allocations and re-allocations between it and the
// RIR allocation are resellers; the allocation's holder is the upstream that rents out the space.
// (RIPE: ASSIGNED PA / SUB-ALLOCATED PA / ALLOCATED PA; ARIN: Reassigned / Reallocated / Direct
// Allocation; APNIC: ASSIGNED NON-PORTABLE / ALLOCATED NON-PORTABLE / ALLOCATED PORTABLE.)
export type BlockRole = 'hoster' | 'reseller' | 'upstream';

const ALLOCATION = /^(ALLOCATED( PA| PI| PORTABLE| UNSPECIFIED)?|DIRECT ALLOCATION|LEGACY|ALLOCATED BY RIR)$/i;
const ASSIGNMENT = /ASSIGN|REASSIGN|ASSIGNED/i;
const RESALE = /SUB-ALLOCATED|REALLOCAT|ALLOCATED NON-PORTABLE|ALLOCATED-BY-LIR|ALLOCATED BY LIR/i;

export function blockRoles(statuses: (string | null)[]): BlockRole[] {
  return statuses.map((status, i) => {
    const s = status ?? '';
    const last = i === statuses.length - 1;
    if (ALLOCATION.test(s) || (last && !ASSIGNMENT.test(s) && !RESALE.test(s))) return 'upstream';
    if (i === 0 && ASSIGNMENT.test(s)) return 'hoster';
    return 'reseller';
  });
}
