// A RIPE `inetnum` split file (ripe.db.inetnum) of N objects for the bulk bench, plain or gzip:
// the address plan of inetnum-layout.ts written as the split files write objects (DATA-FORMATS.md
// §1.2): the terms header, attributes in template order, admin-c/tech-c dummified to DUMY-RIPE,
// `source: RIPE` and the appended "THIS OBJECT IS MODIFIED" remarks, multi-line descr/remarks as
// continuation lines. Deterministic for a seed; streamed in chunks, never one whole-file string.
//
//   npx tsx bench/generate-ripe-inetnum.ts <path> [count]     (a path ending in .gz is gzipped)
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { inetnumLayout, seededRandom } from './inetnum-layout.ts';
import { formatInetnum, SPLIT_FILE_HEADER } from './ripe-inetnum-text.ts';

export interface GenerateInetnumOptions {
  path: string;
  /** Objects to write; default one million. */
  count?: number;
  gzip?: boolean;
  seed?: number;
  /**
   * Objects pass through a buffer of this many and leave it in random order, so children may come
   * before their parents as in real dumps (ordered by object id, not by address); 1 keeps address order.
   */
  shuffleWindow?: number;
}

export interface GeneratedInetnumFile {
  objects: number;
  /** Size of the file written (compressed when gzip). */
  bytes: number;
  /** Size of the RPSL text before compression. */
  textBytes: number;
  /** ALLOCATED PA. */
  allocations: number;
  subAllocations: number;
  /** ASSIGNED PA and ASSIGNED PI. */
  assignments: number;
  /** ALLOCATED UNSPECIFIED (the RIR's own /8s) and LEGACY. */
  others: number;
}

const CHUNK_CHARS = 1 << 16;

export async function generateInetnumFile(opts: GenerateInetnumOptions): Promise<GeneratedInetnumFile> {
  const count = opts.count ?? 1_000_000;
  const seed = opts.seed ?? 1;
  const stats: GeneratedInetnumFile = { objects: 0, bytes: 0, textBytes: 0, allocations: 0, subAllocations: 0, assignments: 0, others: 0 };
  async function* chunks(): AsyncGenerator<string> {
    const rnd = seededRandom(seed ^ 0x5bd1e995); // attribute text: its own sequence, the plan stays the same
    let chunk = SPLIT_FILE_HEADER;
    for (const obj of shuffled(inetnumLayout({ count, seed }), opts.shuffleWindow ?? 256, seededRandom(seed + 1))) {
      count1(stats, obj.status);
      chunk += `\n${formatInetnum(obj, rnd)}`;
      if (chunk.length >= CHUNK_CHARS) {
        stats.textBytes += chunk.length; // ASCII only: one byte a character
        yield chunk;
        chunk = '';
      }
    }
    stats.textBytes += chunk.length;
    yield chunk;
  }
  const source = Readable.from(chunks());
  if (opts.gzip === true) await pipeline(source, createGzip(), createWriteStream(opts.path));
  else await pipeline(source, createWriteStream(opts.path));
  stats.bytes = (await stat(opts.path)).size;
  return stats;
}

function count1(stats: GeneratedInetnumFile, status: string): void {
  stats.objects += 1;
  if (status === 'ALLOCATED PA') stats.allocations += 1;
  else if (status === 'SUB-ALLOCATED PA') stats.subAllocations += 1;
  else if (status.startsWith('ASSIGNED')) stats.assignments += 1;
  else stats.others += 1;
}

/** The items in random order within consecutive windows (bounded memory, unlike a full shuffle). */
function* shuffled<T>(items: Iterable<T>, window: number, rnd: () => number): Generator<T> {
  const buf: T[] = [];
  for (const item of items) {
    buf.push(item);
    if (buf.length >= window) yield takeRandom(buf, rnd);
  }
  while (buf.length > 0) yield takeRandom(buf, rnd);
}

function takeRandom<T>(buf: T[], rnd: () => number): T {
  const i = Math.floor(rnd() * buf.length);
  const item = buf[i]!;
  buf[i] = buf[buf.length - 1]!;
  buf.pop();
  return item;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [target, count] = process.argv.slice(2);
  if (target === undefined) throw new Error('usage: npx tsx bench/generate-ripe-inetnum.ts <path> [count]');
  const t0 = performance.now();
  const out = await generateInetnumFile({ path: target, count: count === undefined ? undefined : Number(count), gzip: target.endsWith('.gz') });
  console.log({ ...out, seconds: Math.round(performance.now() - t0) / 1000 });
}
