// The address plan behind the generated RIPE inetnum file (generate-ripe-inetnum.ts) and the range
// index bench: IPv4 blocks in the hierarchy of DATA-FORMATS.md §1.2. Per /8 of RIPE space one
// ALLOCATED UNSPECIFIED block; in it LIR allocations (ALLOCATED PA /13–/22, small ones most often,
// as the last-/8 policy made them), a few blocks held straight from the RIR (ASSIGNED PI, LEGACY);
// in each allocation customer assignments (ASSIGNED PA /24–/29, some not CIDR-aligned) and now and
// then a reseller's SUB-ALLOCATED PA with its own assignments. Nested or disjoint, never
// overlapping (RIPE refuses overlapping inetnums). Deterministic for a seed.

export type InetnumStatus = 'ALLOCATED UNSPECIFIED' | 'ALLOCATED PA' | 'SUB-ALLOCATED PA' | 'ASSIGNED PA' | 'ASSIGNED PI' | 'LEGACY';

export interface LayoutBlock {
  /** First and last address as unsigned 32-bit integers. */
  lo: number;
  hi: number;
  status: InetnumStatus;
  /** Number of the LIR whose allocation holds the block (or is the block); -1 outside allocations. */
  lir: number;
  /** Number of the reseller whose sub-allocation holds the block (or is the block); -1 if none. */
  reseller: number;
  /** 0, 1, 2, … in the order the layout yields blocks. */
  serial: number;
}

// RIPE NCC's /8s (IANA IPv4 address space registry), then any other unicast /8 when those are full.
const RIPE_SLASH8S = [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217];
const NOT_UNICAST = new Set([0, 10, 100, 127, 169, 172, 192, 198, 203]);
const MEAN_CHILDREN = 30; // assignments and sub-allocations per allocation, exponentially spread
const MEAN_RESELLER_CHILDREN = 15;
const SUB_ALLOCATION_SHARE = 0.05;
const DIRECT_SHARE = 0.05; // top-level slots given to PI or LEGACY holders instead of a LIR
const NON_CIDR_SHARE = 0.06;

interface Ctx {
  rnd: () => number;
  left: number;
  serial: number;
  lirs: number;
  resellers: number;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Exactly `count` blocks, parents before their children. */
export function* inetnumLayout(opts: { count: number; seed: number }): Generator<LayoutBlock> {
  const ctx: Ctx = { rnd: seededRandom(opts.seed), left: opts.count, serial: 0, lirs: 0, resellers: 0 };
  const slash8s = [...RIPE_SLASH8S, ...Array.from({ length: 223 }, (_, i) => i + 1).filter((o) => !RIPE_SLASH8S.includes(o) && !NOT_UNICAST.has(o))];
  for (const octet of slash8s) {
    if (ctx.left === 0) return;
    yield* slash8(ctx, octet * 2 ** 24);
  }
  if (ctx.left > 0) throw new Error(`IPv4 space exhausted with ${ctx.left} blocks still to place`);
}

function take(ctx: Ctx, lo: number, size: number, status: InetnumStatus, holders: { lir: number; reseller: number }): LayoutBlock {
  ctx.left -= 1;
  return { lo, hi: lo + size - 1, status, ...holders, serial: ctx.serial++ };
}

const alignUp = (n: number, size: number) => Math.ceil(n / size) * size;
const isPowerOfTwo = (n: number) => Number.isInteger(Math.log2(n));
/** k with probability p^k (1 - p), at most `max`: small values most often. */
function geometric(rnd: () => number, p: number, max: number): number {
  let k = 0;
  while (k < max && rnd() < p) k += 1;
  return k;
}
const childCount = (rnd: () => number, mean: number) => Math.max(1, Math.round(-Math.log(1 - rnd()) * mean));

function* slash8(ctx: Ctx, base: number): Generator<LayoutBlock> {
  const top = base + 2 ** 24;
  yield take(ctx, base, 2 ** 24, 'ALLOCATED UNSPECIFIED', { lir: -1, reseller: -1 });
  let cursor = base;
  while (ctx.left > 0) {
    const direct = ctx.rnd() < DIRECT_SHARE;
    const bits = direct ? 21 + Math.floor(ctx.rnd() * 4) : 22 - geometric(ctx.rnd, 0.5, 9);
    const size = 2 ** (32 - bits);
    const lo = alignUp(cursor, size);
    if (lo + size > top) return;
    if (direct) yield take(ctx, lo, size, ctx.rnd() < 0.5 ? 'ASSIGNED PI' : 'LEGACY', { lir: -1, reseller: -1 });
    else yield* allocation(ctx, lo, size);
    cursor = lo + size;
  }
}

function* allocation(ctx: Ctx, lo: number, size: number): Generator<LayoutBlock> {
  const lir = ctx.lirs++;
  yield take(ctx, lo, size, 'ALLOCATED PA', { lir, reseller: -1 });
  let cursor = lo;
  for (let n = childCount(ctx.rnd, MEAN_CHILDREN); n > 0 && ctx.left > 0; n -= 1) {
    const sub = ctx.rnd() < SUB_ALLOCATION_SHARE;
    // A reseller gets /19–/23, always smaller than the allocation it comes from.
    const childSize = sub ? Math.min(size / 2, 2 ** (32 - 19 - Math.floor(ctx.rnd() * 5))) : assignmentSize(ctx.rnd);
    const at = alignUp(cursor, isPowerOfTwo(childSize) ? childSize : 8);
    if (at + childSize > lo + size) return;
    if (sub) yield* subAllocation(ctx, at, childSize, lir);
    else yield take(ctx, at, childSize, 'ASSIGNED PA', { lir, reseller: -1 });
    // Leave gaps: allocations are rarely filled front to back.
    cursor = at + childSize * (1 + Math.floor(ctx.rnd() * 2));
  }
}

/** /24–/29, small most often; now and then 3, 5, 6 or 7 /29s in a row, which no one CIDR covers. */
function assignmentSize(rnd: () => number): number {
  if (rnd() < NON_CIDR_SHARE) return 8 * [3, 5, 6, 7][Math.floor(rnd() * 4)]!;
  return 2 ** (3 + geometric(rnd, 0.45, 5));
}

function* subAllocation(ctx: Ctx, lo: number, size: number, lir: number): Generator<LayoutBlock> {
  const reseller = ctx.resellers++;
  yield take(ctx, lo, size, 'SUB-ALLOCATED PA', { lir, reseller });
  let cursor = lo;
  for (let n = childCount(ctx.rnd, MEAN_RESELLER_CHILDREN); n > 0 && ctx.left > 0; n -= 1) {
    const childSize = 2 ** (3 + geometric(ctx.rnd, 0.35, 3)); // VPS customers: /29–/26
    const at = alignUp(cursor, childSize);
    if (at + childSize > lo + size) return;
    yield take(ctx, at, childSize, 'ASSIGNED PA', { lir, reseller });
    cursor = at + childSize;
  }
}
