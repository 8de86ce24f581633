// Roles of the registry blocks above an address, read from the RIR status words: the most
// specific assignment is the site's hoster; sub-allocations and re-allocations between it and the
// RIR allocation are resellers; the allocation's holder is the upstream that rents out the space.
// The status words are read in importers/registry/block-status.ts.
import { isAssignment, isResale, isRirAllocation } from '../../importers/registry/block-status.ts';

export type BlockRole = 'hoster' | 'reseller' | 'upstream';

export function blockRoles(statuses: (string | null)[]): BlockRole[] {
  return statuses.map((status, i) => {
    const last = i === statuses.length - 1;
    if (isRirAllocation(status) || (last && !isAssignment(status) && !isResale(status))) return 'upstream';
    if (i === 0 && isAssignment(status)) return 'hoster';
    return 'reseller';
  });
}
