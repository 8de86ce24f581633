// An in-process most-specific-range index over IPv4 and IPv6 together (128-bit keys, IPv4
// mapped, as importers/core/ip-key.ts writes them). Ranges need not be CIDR blocks: RIPE inetnums
// are "start - end". Kept as 32-bit words in typed arrays (about 40 bytes a range with its parent
// pointer and sort order), so millions of registry blocks fit in a few hundred MB.
//
// Lookup: binary search for the last range starting at or below the address, then up its parent
// chain to the first range of the address's own family that holds it: an inet6num ::/0 (RIPE has
// one) numerically spans the IPv4-mapped block, but never answers for an IPv4 address, and an
// IPv4 block is never placed under it. Exact when ranges nest or are disjoint, which
// registry data guarantees (RIPE refuses overlapping inetnums); two ranges that overlap without
// nesting are each given the nearest range that holds them whole as parent.

const WORDS = 8;

function wordsOf(hex: string, out: Uint32Array, at: number): void {
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error(`not a 32-hex-digit range key: ${hex}`);
  for (let w = 0; w < 4; w += 1) out[at + w] = parseInt(hex.slice(w * 8, w * 8 + 8), 16);
}

export class RangeIndex<T> {
  private words = new Uint32Array(WORDS * 1024);
  private values: T[] = [];
  private order = new Uint32Array(0);
  private parent = new Int32Array(0);
  private built = false;
  private readonly probe = new Uint32Array(4);

  get size(): number {
    return this.values.length;
  }

  add(rangeStart: string, rangeEnd: string, value: T): void {
    const i = this.values.length;
    if ((i + 1) * WORDS > this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    wordsOf(rangeStart, this.words, i * WORDS);
    wordsOf(rangeEnd, this.words, i * WORDS + 4);
    this.values.push(value);
    this.built = false;
  }

  /** IPv4 ranges live in ::ffff:0:0/96 from start to end (ip-key.ts maps them there). */
  private isV4(i: number): boolean {
    const w = this.words;
    const o = i * WORDS;
    return w[o] === 0 && w[o + 1] === 0 && w[o + 2] === 0xffff && w[o + 4] === 0 && w[o + 5] === 0 && w[o + 6] === 0xffff;
  }

  /** Compares 4 words of range a (offset 0 start, 4 end) with 4 words of b. */
  private cmp(a: number, aOff: number, b: number, bOff: number): number {
    const w = this.words;
    for (let k = 0; k < 4; k += 1) {
      const x = w[a * WORDS + aOff + k]!;
      const y = w[b * WORDS + bOff + k]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }

  private cmpProbe(a: number, off: number): number {
    for (let k = 0; k < 4; k += 1) {
      const x = this.words[a * WORDS + off + k]!;
      const y = this.probe[k]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }

  /** Sorts by start (wider first on equal starts) and links each range to its nearest holder. */
  build(): void {
    const n = this.values.length;
    this.order = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) this.order[i] = i;
    this.order.sort((a, b) => this.cmp(a, 0, b, 0) || this.cmp(b, 4, a, 4));
    this.parent = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    for (let pos = 0; pos < n; pos += 1) {
      const i = this.order[pos]!;
      while (stack.length > 0 && this.cmp(this.order[stack[stack.length - 1]!]!, 4, i, 4) < 0) stack.pop();
      if (stack.length > 0) this.parent[pos] = stack[stack.length - 1]!;
      stack.push(pos);
    }
    this.built = true;
  }

  /** Position (in sorted order) of the most specific range holding the address, or -1. */
  private find(ipKey: string): number {
    if (!this.built) throw new Error('RangeIndex: call build() after the last add()');
    wordsOf(ipKey, this.probe, 0);
    let lo = 0;
    let hi = this.order.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.cmpProbe(this.order[mid]!, 0) <= 0) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const v4 = this.probe[0] === 0 && this.probe[1] === 0 && this.probe[2] === 0xffff;
    let pos = last;
    while (pos !== -1 && (this.cmpProbe(this.order[pos]!, 4) < 0 || this.isV4(this.order[pos]!) !== v4)) pos = this.parent[pos]!;
    return pos;
  }

  mostSpecific(ipKey: string): T | undefined {
    const pos = this.find(ipKey);
    return pos === -1 ? undefined : this.values[this.order[pos]!];
  }

  /** The most specific range holding the address, with its own keys. */
  mostSpecificAt(ipKey: string): { value: T; rangeStart: string; rangeEnd: string } | undefined {
    const pos = this.find(ipKey);
    if (pos === -1) return undefined;
    const i = this.order[pos]!;
    return { value: this.values[i]!, ...this.rangeAt(i) };
  }

  /** The keys of the range added as the `i`-th (0-based, in the order of add()). */
  rangeAt(i: number): { rangeStart: string; rangeEnd: string } {
    const hex = (off: number) => Array.from(this.words.subarray(i * WORDS + off, i * WORDS + off + 4), (w) => w.toString(16).padStart(8, '0')).join('');
    return { rangeStart: hex(0), rangeEnd: hex(4) };
  }

  /**
   * Each range with the smallest range that holds it, as insertion indexes: the containment
   * hierarchy (a registry's WITHIN edges). A range added twice is one range: no pair for it.
   */
  *parentPairs(): Generator<[child: number, parent: number]> {
    if (!this.built) throw new Error('RangeIndex: call build() after the last add()');
    for (let pos = 0; pos < this.order.length; pos += 1) {
      const p = this.parent[pos]!;
      if (p === -1) continue;
      const child = this.order[pos]!;
      const parent = this.order[p]!;
      if (this.cmp(child, 0, parent, 0) === 0 && this.cmp(child, 4, parent, 4) === 0) continue;
      if (this.isV4(child) !== this.isV4(parent)) continue;
      yield [child, parent];
    }
  }

  /** Every range of the address's family holding it, most specific first. */
  enclosing(ipKey: string): T[] {
    const out: T[] = [];
    const first = this.find(ipKey);
    if (first === -1) return out;
    const v4 = this.isV4(this.order[first]!);
    for (let pos = first; pos !== -1; pos = this.parent[pos]!) if (this.isV4(this.order[pos]!) === v4) out.push(this.values[this.order[pos]!]!);
    return out;
  }
}
