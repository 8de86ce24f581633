// Project-made input files for the bulk parser tests: written to a temp folder (gzip on request,
// so the magic-byte detection is exercised) and removed after the file's tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll } from 'vitest';

export interface TempFiles {
  /** Writes `content` (text as UTF-8, or raw bytes) and returns its path. */
  write(name: string, content: string | Buffer, options?: { gzip?: boolean }): string;
  /** A gzip copy of a file (a recorded one, read in place) inside the temp folder. */
  gzipCopy(file: string, name: string): string;
}

export function tempFiles(): TempFiles {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-bulk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer, options: { gzip?: boolean } = {}) => {
    const file = path.join(dir, name);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeFileSync(file, options.gzip ? gzipSync(bytes) : bytes);
    return file;
  };
  return { write, gzipCopy: (file, name) => write(name, readFileSync(file), { gzip: true }) };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The items of one kind, narrowed. */
export function ofKind<T extends { kind: string }, K extends T['kind']>(items: T[], kind: K): Extract<T, { kind: K }>[] {
  return items.filter((i): i is Extract<T, { kind: K }> => i.kind === kind);
}
