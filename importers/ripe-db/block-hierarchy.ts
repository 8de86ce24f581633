// The containment hierarchy (WITHIN) of every block a dump holds, computed in process: a reseller's
// sub-allocation stands under the allocation of the provider that rents out the space, and the
// chain of any address is known without one live query. One range index per registry (blocks of
// different registries never hold each other), kept in typed arrays (importers/core/range-index.ts).
import { keyToIp } from '../core/ip-key.ts';
import { RangeIndex } from '../core/range-index.ts';

export interface BlockParent {
  registry: string;
  child: { start: string; end: string };
  parent: { start: string; end: string };
}

export class BlockCollector {
  private readonly byRegistry = new Map<string, RangeIndex<null>>();
  count = 0;

  /** `rangeStart` / `rangeEnd` as 32-hex-digit keys (importers/core/ip-key.ts). */
  add(registry: string, rangeStart: string, rangeEnd: string): void {
    let idx = this.byRegistry.get(registry);
    if (idx === undefined) this.byRegistry.set(registry, (idx = new RangeIndex<null>()));
    idx.add(rangeStart, rangeEnd, null);
    this.count += 1;
  }

  /** The smallest enclosing block of every block, per registry. */
  *parents(): Generator<BlockParent> {
    for (const [registry, idx] of this.byRegistry) {
      idx.build();
      const text = (i: number) => {
        const r = idx.rangeAt(i);
        return { start: keyToIp(r.rangeStart), end: keyToIp(r.rangeEnd) };
      };
      for (const [child, parent] of idx.parentPairs()) yield { registry, child: text(child), parent: text(parent) };
    }
  }
}
