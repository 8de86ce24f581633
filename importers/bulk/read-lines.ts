// Line-by-line reading of bulk registry and routing files, plain or gzip, with 1-based line
// numbers for problem reports. Dumps run to gigabytes, so nothing holds the whole file: readline
// over a stream, gunzip in between when the file starts with the gzip magic (RFC 1952 §2.3.1:
// ID1 = 31, ID2 = 139), which also covers `.gz` files saved under another name.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b];
// "BZh" (bzip2's stream header). CAIDA ships .bz2; fail loudly instead of parsing compressed bytes.
const BZIP2_MAGIC = [0x42, 0x5a, 0x68];

/**
 * `auto`: UTF-8 unless a line is not valid UTF-8, then ISO-8859-1 from that line on (LACNIC's
 * bulk file and RIPE's non-utf8 exports are Latin-1; a Latin-1 file almost never forms valid
 * UTF-8 sequences, while the reverse always "works" and garbles the text).
 */
export type TextEncodingOption = 'auto' | 'utf8' | 'latin1';

export interface ReadLinesOptions {
  encoding?: TextEncodingOption;
}

export interface NumberedLine {
  text: string;
  /** 1-based. */
  line: number;
}

/** A record that was skipped; `reason` starts with the field it is about. */
export interface LineProblem {
  kind: 'problem';
  line: number;
  reason: string;
}

async function leadingBytes(file: string, n: number): Promise<number[]> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return [...buf.subarray(0, bytesRead)];
  } finally {
    await fh.close();
  }
}

const startsWith = (bytes: number[], magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function isGzipFile(file: string): Promise<boolean> {
  return startsWith(await leadingBytes(file, 2), GZIP_MAGIC);
}

/** The file's bytes, gunzipped when it is gzip; read errors and corrupt gzip data reach the reader. */
export async function openDecompressed(file: string): Promise<Readable> {
  const head = await leadingBytes(file, 3);
  if (startsWith(head, BZIP2_MAGIC)) throw new Error(`${file} is bzip2-compressed: decompress it first (bunzip2)`);
  const raw = createReadStream(file);
  if (!startsWith(head, GZIP_MAGIC)) return raw;
  // pipeline destroys both streams when either fails or the reader stops early; the error itself
  // surfaces on the returned gunzip stream, so the callback has nothing left to do.
  return pipeline(raw, createGunzip(), () => undefined);
}

const NON_ASCII = /[\x80-\xff]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Turns byte-per-char (latin1) lines into text, deciding the encoding as `auto` describes. */
function lineDecoder(encoding: TextEncodingOption): (bytesAsLatin1: string) => string {
  if (encoding === 'latin1') return (s) => s;
  let latin1 = false;
  return (s) => {
    if (latin1 || !NON_ASCII.test(s)) return s;
    try {
      return strictUtf8.decode(Buffer.from(s, 'latin1'));
    } catch (e) {
      if (encoding === 'utf8') throw new Error(`not valid UTF-8: ${(e as Error).message}`);
      latin1 = true;
      return s;
    }
  };
}

/**
 * Every line with its number; CRLF and LF alike, a last line without newline included, a UTF-8
 * byte-order mark dropped. The stream is read as latin1 (one char per byte) so each line's
 * bytes can be decoded on their own, whatever the file's encoding.
 */
export async function* readLines(file: string, options: ReadLinesOptions = {}): AsyncGenerator<NumberedLine> {
  const input = await openDecompressed(file);
  input.setEncoding('latin1');
  const decode = lineDecoder(options.encoding ?? 'auto');
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of rl) {
      line += 1;
      const text = decode(line === 1 ? raw.replace(/^\xef\xbb\xbf/, '') : raw);
      yield { text, line };
    }
  } finally {
    rl.close();
    input.destroy();
  }
}

/** A whole small file (the JSON range lists) as UTF-8 text (RFC 8259 §8.1), gzip or not. */
export async function readWholeText(file: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openDecompressed(file)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}
