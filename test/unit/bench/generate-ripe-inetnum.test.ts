import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInetnumFile, type GeneratedInetnumFile } from '../../../bench/generate-ripe-inetnum.ts';
import { readRpslRecords } from '../../../importers/bulk/rpsl-records.ts';
import { addressToBigInt } from '../../../importers/core/ip-key.ts';

interface Obj {
  attrs: [name: string, value: string][];
  lo: bigint;
  hi: bigint;
}

const values = (o: Obj, name: string) => o.attrs.filter(([n]) => n === name).map(([, v]) => v);
const status = (o: Obj) => values(o, 'status')[0];

/** A deliberately small RPSL reader, independent of the importers': continuation lines join their attribute. */
function objectsOf(text: string): Obj[] {
  const body = text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  return body.split(/\n\n+/).filter((b) => b.trim() !== '').map((block) => {
    const attrs: [string, string][] = [];
    for (const line of block.replace(/^\n+|\n+$/g, '').split('\n')) {
      if (/^[ \t+]/.test(line)) attrs[attrs.length - 1]![1] += `\n${line.slice(1).trim()}`;
      else attrs.push([line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]);
    }
    const [lo, hi] = attrs[0]![1].split(' - ').map(addressToBigInt) as [bigint, bigint];
    return { attrs, lo, hi };
  });
}

const inside = (o: Obj, outer: Obj) => outer.lo <= o.lo && o.hi <= outer.hi && outer !== o;

describe('the generated RIPE inetnum split file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hc-ripe-gen-'));
  const file = path.join(dir, 'ripe.db.inetnum');
  let stats: GeneratedInetnumFile;
  let text: string;
  let objects: Obj[];
  beforeAll(async () => {
    stats = await generateInetnumFile({ path: file, count: 2000, seed: 3 });
    text = readFileSync(file, 'latin1');
    objects = objectsOf(text);
  });

  it('holds the asked number of inetnum objects, counted by kind', () => {
    expect(objects).toHaveLength(2000);
    expect(objects.every((o) => o.attrs[0]![0] === 'inetnum')).toBe(true);
    expect(stats.objects).toBe(2000);
    expect(stats.allocations + stats.subAllocations + stats.assignments + stats.others).toBe(2000);
    expect(objects.filter((o) => status(o) === 'ALLOCATED PA')).toHaveLength(stats.allocations);
    expect(objects.filter((o) => status(o) === 'SUB-ALLOCATED PA')).toHaveLength(stats.subAllocations);
    expect(stats.subAllocations).toBeGreaterThan(0);
    expect(stats.assignments).toBeGreaterThan(0.8 * stats.objects);
    expect(stats.bytes).toBe(Buffer.byteLength(text, 'latin1'));
  });

  it('gives every object the attributes of a dummified RIPE split-file inetnum', () => {
    expect(text.startsWith('#\n# The contents of this file are subject to\n# RIPE Database Terms and Conditions\n#\n')).toBe(true);
    for (const o of objects) {
      for (const name of ['netname', 'descr', 'country', 'status', 'mnt-by', 'created', 'last-modified']) expect(values(o, name).length, `${name} in ${o.attrs[0]![1]}`).toBeGreaterThan(0);
      expect(values(o, 'admin-c')).toEqual(['DUMY-RIPE']);
      expect(values(o, 'tech-c')).toEqual(['DUMY-RIPE']);
      expect(values(o, 'source')).toEqual(['RIPE']);
      expect(values(o, 'created')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(values(o, 'remarks')).toContain('* THIS OBJECT IS MODIFIED');
      if (status(o)?.startsWith('ALLOCATED')) expect([values(o, 'org').length, values(o, 'mnt-lower').length]).toEqual([1, 1]);
    }
    expect(text).toMatch(/\n {16}\S/); // a continuation line
    expect(text).toMatch(/\n\+\n/); // an empty line inside a value
  });

  it('places assignments and sub-allocations inside an allocation, PI and legacy blocks in the RIR space, none overlapping', () => {
    const allocations = objects.filter((o) => status(o) === 'ALLOCATED PA');
    const rir = objects.filter((o) => status(o) === 'ALLOCATED UNSPECIFIED');
    for (const o of objects) {
      const s = status(o);
      if (s === 'ASSIGNED PA' || s === 'SUB-ALLOCATED PA') expect(allocations.some((a) => inside(o, a)), o.attrs[0]![1]).toBe(true);
      if (s !== 'ALLOCATED UNSPECIFIED') expect(rir.some((a) => inside(o, a)), o.attrs[0]![1]).toBe(true);
      if (s === 'ASSIGNED PI' || s === 'LEGACY') expect(allocations.some((a) => inside(o, a))).toBe(false);
    }
    // Nested or disjoint: sorted by start (wider first), no range may end inside the one below it on the stack.
    const sorted = [...objects].sort((a, b) => (a.lo === b.lo ? Number(b.hi - a.hi) : Number(a.lo - b.lo)));
    const stack: Obj[] = [];
    for (const o of sorted) {
      while (stack.length > 0 && stack[stack.length - 1]!.hi < o.lo) stack.pop();
      const top = stack[stack.length - 1];
      if (top !== undefined) expect(o.hi <= top.hi && (o.lo !== top.lo || o.hi !== top.hi), o.attrs[0]![1]).toBe(true);
      stack.push(o);
    }
  });

  it('includes ranges that are no single CIDR block', () => {
    const size = (o: Obj) => o.hi - o.lo + 1n;
    expect(objects.some((o) => (size(o) & (size(o) - 1n)) !== 0n)).toBe(true);
  });

  it('writes the same text for a seed, gzipped or not, and other text for another seed', async () => {
    const gz = path.join(dir, 'ripe.db.inetnum.gz');
    const zipped = await generateInetnumFile({ path: gz, count: 2000, seed: 3, gzip: true });
    expect(gunzipSync(readFileSync(gz)).toString('latin1')).toBe(text);
    expect(zipped.textBytes).toBe(stats.textBytes);
    expect(zipped.bytes).toBeLessThan(stats.bytes / 4);
    await generateInetnumFile({ path: path.join(dir, 'other.db'), count: 2000, seed: 4 });
    expect(readFileSync(path.join(dir, 'other.db'), 'latin1')).not.toBe(text);
  });

  it('is read by the project RPSL bulk reader without one problem', async () => {
    let netblocks = 0;
    for await (const r of readRpslRecords(file)) {
      expect(r.kind === 'problem' ? `${r.line}: ${r.reason}` : r.kind).toBe('netblock');
      netblocks += 1;
    }
    expect(netblocks).toBe(2000);
  });
});
