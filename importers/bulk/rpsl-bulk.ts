// RPSL objects streamed out of an RIR bulk dump (RIPE split files, APNIC, AFRINIC, IRR dumps) and
// the RPSL-like bulk files of LACNIC and ARIN, through the same incremental RpslParser the WHOIS
// answers use. Objects the parser cannot read (garbled lines, the GRS `*xxte:` class names) come
// out as problems with their line; the objects after them still arrive.
import { RpslParser, type RpslItem, type RpslObject } from '../rpsl/rpsl-parse.ts';
import { readLines, type LineProblem, type ReadLinesOptions } from './read-lines.ts';

export type RpslBulkItem = { kind: 'object'; object: RpslObject } | LineProblem;

// ARIN's bulk text names an attribute `State/Prov:`, which RPSL's attribute syntax (letters,
// digits, `-`, `_`) does not allow; the parser would reject the whole POC record for it.
const SLASHED_NAME = /^([A-Za-z0-9][A-Za-z0-9_/-]*\/[A-Za-z0-9_/-]*):/;

function rpslLine(text: string): string {
  const m = SLASHED_NAME.exec(text);
  return m ? `${m[1]!.replaceAll('/', '-')}${text.slice(m[1]!.length)}` : text;
}

function* bulkItems(items: Iterable<RpslItem>): Generator<RpslBulkItem> {
  for (const item of items) {
    if (item.kind === 'object') yield item;
    else if (item.kind === 'problem') yield { kind: 'problem', line: item.problem.line, reason: item.problem.reason };
  }
}

/** Every object of the dump, in file order; `%` lines (query-output notes) are dropped. */
export async function* readRpslObjects(file: string, options: ReadLinesOptions = {}): AsyncGenerator<RpslBulkItem> {
  const parser = new RpslParser();
  for await (const { text, line } of readLines(file, options)) yield* bulkItems(parser.push(rpslLine(text), line));
  yield* bulkItems(parser.end());
}
