// A RIPE `inetnum` split file of N objects with a realistic hierarchy, for the bulk bench:
// ALLOCATED PA blocks of LIRs (/13–/22), inside some of them SUB-ALLOCATED PA blocks of resellers,
// and mostly ASSIGNED PA customer blocks (/24–/29), a few ASSIGNED PI and LEGACY; attributes in
// the order and spacing of the real split files (dummified admin-c/tech-c, "source: RIPE #
// Filtered"), occasional continuation lines and remarks. Deterministic (seeded), streamed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';

export interface GeneratedFile {
  objects: number;
  bytes: number;
  allocations: number;
  subAllocations: number;
  assignments: number;
}

function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const ip = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const pad = (name: string) => `${name}:`.padEnd(16);
const COUNTRIES = ['NL', 'DE', 'GB', 'FR', 'RU', 'UA', 'SE', 'PL', 'IT', 'ES', 'SC', 'PA', 'BG', 'RO', 'CZ'];

function inetnum(o: { lo: number; hi: number; netname: string; status: string; country: string; org?: string | undefined; mntBy: string; mntLower?: string | undefined; descr?: string[] | undefined; remarks?: string | undefined }): string {
  const lines = [`${pad('inetnum')}${ip(o.lo)} - ${ip(o.hi)}`, `${pad('netname')}${o.netname}`];
  if (o.descr !== undefined) lines.push(`${pad('descr')}${o.descr[0]}`, ...o.descr.slice(1).map((d) => `${' '.repeat(16)}${d}`));
  lines.push(`${pad('country')}${o.country}`);
  if (o.org !== undefined) lines.push(`${pad('org')}${o.org}`);
  lines.push(`${pad('admin-c')}DUMY-RIPE`, `${pad('tech-c')}DUMY-RIPE`, `${pad('status')}${o.status}`, `${pad('mnt-by')}${o.mntBy}`);
  if (o.mntLower !== undefined) lines.push(`${pad('mnt-lower')}${o.mntLower}`);
  if (o.remarks !== undefined) lines.push(`${pad('remarks')}${o.remarks}`);
  lines.push(`${pad('created')}2019-04-02T11:22:33Z`, `${pad('last-modified')}2026-10-30T08:00:00Z`, `${pad('source')}RIPE # Filtered`, '', '');
  return lines.join('\n');
}

export async function generateInetnumFile(opts: { path: string; count: number; gzip?: boolean; seed?: number }): Promise<GeneratedFile> {
  const rnd = prng(opts.seed ?? 1);
  const file = createWriteStream(opts.path);
  const gz = opts.gzip === true ? createGzip() : undefined;
  const out: Writable = gz ?? file;
  if (gz !== undefined) gz.pipe(file);
  let bytes = 0;
  const put = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await put('#\n# The contents of this file are subject to\n# RIPE Database Terms and Conditions\n#\n# https://docs.db.ripe.net/terms-conditions.html\n#\n\n');
  const stats = { objects: 0, allocations: 0, subAllocations: 0, assignments: 0 };
  let next = 0x02000000; // 2.0.0.0: RIPE NCC space
  while (stats.objects < opts.count) {
    const allocBits = 13 + Math.floor(rnd() * 10); // /13 … /22
    const size = 2 ** (32 - allocBits);
    const lo = Math.ceil(next / size) * size;
    const lir = `ORG-L${stats.allocations}-RIPE`;
    await put(inetnum({ lo, hi: lo + size - 1, netname: `XX-LIR-${stats.allocations}`, status: 'ALLOCATED PA', country: COUNTRIES[stats.allocations % COUNTRIES.length]!, org: lir, mntBy: 'RIPE-NCC-HM-MNT', mntLower: `LIR${stats.allocations}-MNT` }));
    stats.objects += 1;
    stats.allocations += 1;
    // Fill the allocation: a reseller /20–/24 sometimes, customer assignments /24–/29 mostly.
    let cursor = lo;
    while (cursor < lo + size && stats.objects < opts.count) {
      const roll = rnd();
      if (roll < 0.04 && size >= 4096) {
        const subBits = Math.max(allocBits + 1, 20 + Math.floor(rnd() * 5));
        const subSize = 2 ** (32 - subBits);
        const subLo = Math.ceil(cursor / subSize) * subSize;
        if (subLo + subSize > lo + size) break;
        await put(inetnum({ lo: subLo, hi: subLo + subSize - 1, netname: `RESELLER-${stats.subAllocations}`, status: 'SUB-ALLOCATED PA', country: 'SC', org: `ORG-R${stats.subAllocations}-RIPE`, mntBy: `LIR${stats.allocations - 1}-MNT`, mntLower: `RES${stats.subAllocations}-MNT`, descr: ['Reseller space', 'rented to a hosting reseller'] }));
        stats.objects += 1;
        stats.subAllocations += 1;
        // Its customers inside it.
        let c = subLo;
        while (c < subLo + subSize && stats.objects < opts.count) {
          const bits = 26 + Math.floor(rnd() * 4);
          await put(inetnum({ lo: c, hi: c + 2 ** (32 - bits) - 1, netname: `VPS-CUSTOMER-${stats.objects}`, status: 'ASSIGNED PA', country: 'PA', mntBy: `RES${stats.subAllocations - 1}-MNT` }));
          c += 2 ** (32 - bits);
          stats.objects += 1;
          stats.assignments += 1;
        }
        cursor = subLo + subSize;
        continue;
      }
      const bits = 24 + Math.floor(rnd() * 6);
      const asSize = 2 ** (32 - bits);
      const aLo = Math.ceil(cursor / asSize) * asSize;
      if (aLo + asSize > lo + size) break;
      const status = roll > 0.995 ? 'LEGACY' : 'ASSIGNED PA';
      await put(inetnum({ lo: aLo, hi: aLo + asSize - 1, netname: `CUSTOMER-${stats.objects}`, status, country: COUNTRIES[stats.objects % COUNTRIES.length]!, mntBy: `LIR${stats.allocations - 1}-MNT`, remarks: roll < 0.01 ? 'abuse reports: see the organisation' : undefined }));
      stats.objects += 1;
      stats.assignments += 1;
      // Leave gaps as real allocations have.
      cursor = aLo + asSize * (1 + Math.floor(rnd() * 2));
    }
    next = lo + size;
  }
  out.end();
  await once(file, 'finish');
  return { ...stats, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [target, count] = process.argv.slice(2);
  if (target === undefined) throw new Error('usage: npx tsx bench/generate-inetnum.ts <path> [count]');
  console.log(await generateInetnumFile({ path: target, count: Number(count ?? 1_000_000), gzip: target.endsWith('.gz') }));
}
