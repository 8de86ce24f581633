// What an RIR status word says about a block (RIPE: ASSIGNED PA / SUB-ALLOCATED PA / ALLOCATED PA;
// ARIN: Reassigned / Reallocated / Direct Allocation; APNIC: ASSIGNED NON-PORTABLE / ALLOCATED
// NON-PORTABLE / ALLOCATED PORTABLE). One table for the RDAP walk (where to stop) and the roles.
const ALLOCATION = /^(ALLOCATED( PA| PI| PORTABLE| UNSPECIFIED)?|DIRECT ALLOCATION|LEGACY|ALLOCATED BY RIR)$/i;
const ASSIGNMENT = /ASSIGN/i;
const RESALE = /SUB-ALLOCATED|REALLOCAT|ALLOCATED NON-PORTABLE|ALLOCATED-BY-LIR|ALLOCATED BY LIR/i;

/** The RIR allocated this block to its holder: nothing above it belongs to a party. */
export const isRirAllocation = (status: string | null | undefined) => ALLOCATION.test(status ?? '');
/** Assigned to an end user: the site's hoster when it is the most specific block. */
export const isAssignment = (status: string | null | undefined) => ASSIGNMENT.test(status ?? '');
/** Passed on to another party that may assign it again: a reseller step. */
export const isResale = (status: string | null | undefined) => RESALE.test(status ?? '');
