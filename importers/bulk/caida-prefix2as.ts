// RouteViews prefix-to-AS files (CAIDA routeviews-prefix2as, IPv4 and IPv6 alike): one line per
// prefix seen in a RouteViews RIB, `prefix<TAB>length<TAB>origins`. Several origins seen for one
// prefix (MOAS) are joined by `_`, ordered by how often each was seen; an AS_SET origin is written
// with `,` between its members.
import { cidrOf } from './cidr-text.ts';
import { readLines, type LineProblem, type ReadLinesOptions } from './read-lines.ts';
import { errorText, lineProblem } from './bulk-values.ts';

export interface Prefix2AsRecord {
  kind: 'prefix-origin';
  /** Canonical `address/length`. */
  prefix: string;
  /** Every origin AS, multi-origin order kept, AS_SET members in place, no repeats. */
  origins: number[];
  /** At least one origin is an AS_SET (its members need not all originate the prefix). */
  asSet: boolean;
  /** More than one origin was seen (`_`): a MOAS conflict, an anycast prefix or a hijack. */
  multiOrigin: boolean;
  line: number;
}

export type Prefix2AsItem = Prefix2AsRecord | LineProblem;

const AS_NUMBER = /^\d{1,10}$/;

function originsOf(text: string): Pick<Prefix2AsRecord, 'origins' | 'asSet' | 'multiOrigin'> {
  const alternatives = text.split('_');
  const members = alternatives.flatMap((a) => a.split(','));
  const origins = members.map((m) => {
    const n = Number(m);
    if (!AS_NUMBER.test(m) || n > 0xffffffff) throw new Error(`origins: not an AS number: ${JSON.stringify(m)} in ${JSON.stringify(text)}`);
    return n;
  });
  return { origins: [...new Set(origins)], asSet: text.includes(','), multiOrigin: alternatives.length > 1 };
}

function recordOf(text: string, line: number): Prefix2AsRecord {
  const f = text.split('\t');
  if (f.length !== 3) throw new Error(`line: ${f.length} tab-separated fields, expected prefix, length and origins`);
  const length = /^\d{1,3}$/.test(f[1]!) ? Number(f[1]) : NaN;
  let prefix;
  try {
    prefix = cidrOf(f[0]!, length);
  } catch (e) {
    throw new Error(`prefix: ${errorText(e)}`);
  }
  return { kind: 'prefix-origin', prefix, ...originsOf(f[2]!), line };
}

export async function* readPrefix2As(file: string, options: ReadLinesOptions = {}): AsyncGenerator<Prefix2AsItem> {
  for await (const { text, line } of readLines(file, options)) {
    if (text.trim() === '' || text.startsWith('#')) continue;
    try {
      yield recordOf(text.trimEnd(), line);
    } catch (e) {
      yield lineProblem(line, errorText(e));
    }
  }
}
