import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInetnumFile } from '../../../bench/generate-inetnum.ts';
import { readRpslRecords, type NetblockRecord } from '../../../importers/bulk/rpsl-records.ts';
import { ipToKey } from '../../../importers/core/ip-key.ts';

async function blocksOf(file: string): Promise<NetblockRecord[]> {
  const out: NetblockRecord[] = [];
  for await (const r of readRpslRecords(file)) {
    if (r.kind === 'problem') throw new Error(`${r.line}: ${r.reason}`);
    if (r.kind === 'netblock') out.push(r);
  }
  return out;
}

describe('the generated inetnum file of the bulk bench', () => {
  it('holds the asked number of RIPE objects that our own parser reads without a problem, gzip too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-gen-'));
    const plain = await generateInetnumFile({ path: path.join(dir, 'a.db'), count: 2000, seed: 3 });
    const zipped = await generateInetnumFile({ path: path.join(dir, 'a.db.gz'), count: 2000, seed: 3, gzip: true });
    expect(plain.objects).toBe(2000);
    expect(plain.allocations + plain.subAllocations + plain.assignments).toBe(2000);
    const a = await blocksOf(path.join(dir, 'a.db'));
    const b = await blocksOf(path.join(dir, 'a.db.gz'));
    expect(a).toHaveLength(2000);
    expect(b.map((x) => x.handle)).toEqual(a.map((x) => x.handle));
    expect(zipped.objects).toBe(2000);
    expect(a.every((x) => x.registry === 'RIPE' && x.mntBy.length > 0 && x.netname !== undefined && x.country !== undefined)).toBe(true);
  });

  it('puts every assignment and sub-allocation inside an allocation, as the RIR hierarchy is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hc-gen-'));
    await generateInetnumFile({ path: path.join(dir, 'b.db'), count: 2000, seed: 9 });
    const blocks = await blocksOf(path.join(dir, 'b.db'));
    const allocations = blocks.filter((x) => x.status === 'ALLOCATED PA');
    expect(blocks.filter((x) => x.status === 'SUB-ALLOCATED PA').length).toBeGreaterThan(0);
    for (const x of blocks.filter((y) => y.status !== 'ALLOCATED PA')) {
      const inside = allocations.some((al) => ipToKey(al.start) <= ipToKey(x.start) && ipToKey(x.end) <= ipToKey(al.end));
      expect(inside, x.handle).toBe(true);
    }
  });
});
