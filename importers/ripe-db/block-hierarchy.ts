// The containment hierarchy (WITHIN) of every block a dump holds, computed in process: a reseller's
// sub-allocation stands under the allocation of the provider that rents out the space, and the
// chain of any address is known without one live query. Ranges are kept as 32-bit words in one
// typed array (32 bytes a block), so a whole RIR (millions of blocks) fits in a few hundred MB.
import { keyToIp } from '../core/ip-key.ts';

const WORDS = 8; // 4 words start, 4 words end (128-bit keys, IPv4 mapped)

export interface BlockParent {
  registry: string;
  child: { start: string; end: string };
  parent: { start: string; end: string };
}

export class BlockCollector {
  private words = new Uint32Array(WORDS * 1024);
  private registryOf = new Uint16Array(1024);
  private readonly registries: string[] = [];
  count = 0;

  /** `rangeStart` / `rangeEnd` as 32-hex-digit keys (importers/core/ip-key.ts). */
  add(registry: string, rangeStart: string, rangeEnd: string): void {
    if (this.count * WORDS >= this.words.length) this.grow();
    let r = this.registries.indexOf(registry);
    if (r === -1) r = this.registries.push(registry) - 1;
    const o = this.count * WORDS;
    for (let w = 0; w < 4; w += 1) {
      this.words[o + w] = parseInt(rangeStart.slice(w * 8, w * 8 + 8), 16);
      this.words[o + 4 + w] = parseInt(rangeEnd.slice(w * 8, w * 8 + 8), 16);
    }
    this.registryOf[this.count] = r;
    this.count += 1;
  }

  private grow(): void {
    const words = new Uint32Array(this.words.length * 2);
    words.set(this.words);
    this.words = words;
    const reg = new Uint16Array(this.registryOf.length * 2);
    reg.set(this.registryOf);
    this.registryOf = reg;
  }

  /** Compares word slices a[from..from+4) and b[..]: -1, 0, 1. */
  private cmp(a: number, aOff: number, b: number, bOff: number): number {
    for (let w = 0; w < 4; w += 1) {
      const x = this.words[a * WORDS + aOff + w]!;
      const y = this.words[b * WORDS + bOff + w]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }

  private hex(i: number, off: number): string {
    let s = '';
    for (let w = 0; w < 4; w += 1) s += this.words[i * WORDS + off + w]!.toString(16).padStart(8, '0');
    return s;
  }

  /**
   * The smallest enclosing block of every block, per registry. Sorted by start, wider first, a
   * stack holds the open ancestors; registry data nests (RIPE refuses overlapping inetnums), and a
   * block that overlaps another without nesting is given the nearest block that holds it whole.
   */
  *parents(): Generator<BlockParent> {
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i += 1) order[i] = i;
    order.sort((a, b) => this.registryOf[a]! - this.registryOf[b]! || this.cmp(a, 0, b, 0) || this.cmp(b, 4, a, 4));
    const stack: number[] = [];
    let registry = -1;
    for (const i of order) {
      if (this.registryOf[i] !== registry) {
        registry = this.registryOf[i]!;
        stack.length = 0;
      }
      // Drop ancestors that end before this block ends: they do not hold it.
      while (stack.length > 0 && this.cmp(stack[stack.length - 1]!, 4, i, 4) < 0) stack.pop();
      const top = stack[stack.length - 1];
      // The same range twice (two objects, one key) is one node: no edge to itself.
      if (top !== undefined && this.cmp(top, 0, i, 0) === 0 && this.cmp(top, 4, i, 4) === 0) continue;
      if (top !== undefined) {
        yield {
          registry: this.registries[registry]!,
          child: { start: keyToIp(this.hex(i, 0)), end: keyToIp(this.hex(i, 4)) },
          parent: { start: keyToIp(this.hex(top, 0)), end: keyToIp(this.hex(top, 4)) },
        };
      }
      stack.push(i);
    }
  }
}
