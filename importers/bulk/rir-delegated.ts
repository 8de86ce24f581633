// RIR statistics exchange format (delegated and delegated-extended files), as APNIC's
// rir-stats-format page and LACNIC's RIR-Statistics-Exchange-Format.txt define it:
//   version|registry|serial|records|startdate|enddate|UTCoffset
//   registry|*|type|*|count|summary
//   registry|cc|type|start|value|date|status[|opaque-id[|extensions…]]
// "value" is a count of addresses for ipv4 (not always a power of two, so one record may need
// several CIDR blocks), a prefix length for ipv6 and a count of AS numbers for asn.
import { addressToBigInt, cidrToRange, rangeToCidrs } from '../core/ip-key.ts';
import { cidrOf, strictAddress } from './cidr-text.ts';
import { readLines, type LineProblem, type ReadLinesOptions } from './read-lines.ts';
import { errorText, lineProblem } from './bulk-values.ts';

export interface DelegatedHeader {
  kind: 'header';
  version: string;
  registry: string;
  /** APNIC writes a date, RIPE a Unix time, ARIN milliseconds: kept as text. */
  serial: string;
  records: number;
  /** YYYY-MM-DD; APNIC leaves the start date empty. */
  startDate: string | undefined;
  endDate: string | undefined;
  utcOffset: string;
  line: number;
}

export interface DelegatedSummary {
  kind: 'summary';
  registry: string;
  type: string;
  count: number;
  line: number;
}

interface DelegationBase {
  kind: 'delegation';
  registry: string;
  /** Upper-case ISO 3166 code; undefined when empty or ZZ (available/reserved space). EU and AP occur. */
  country: string | undefined;
  /** YYYY-MM-DD of the first allocation; undefined when empty or 00000000. */
  date: string | undefined;
  /** allocated, assigned, available, reserved (lower case). */
  status: string;
  /** Stable per holder (joins CAIDA as2org `opaque_id`); absent in older files. */
  opaqueId: string | undefined;
  extensions: string[];
  line: number;
}

export interface IpDelegation extends DelegationBase {
  type: 'ipv4' | 'ipv6';
  start: string;
  end: string;
  cidrs: string[];
}

export interface AsnDelegation extends DelegationBase {
  type: 'asn';
  start: number;
  end: number;
}

export type DelegationRecord = IpDelegation | AsnDelegation;
export type DelegatedItem = DelegatedHeader | DelegatedSummary | DelegationRecord | LineProblem;

const VERSION = /^\d+(\.\d+)*$/;
const IPV4_END = 0xffffffffn;

/** YYYYMMDD → YYYY-MM-DD; empty and ARIN's 00000000 mean "not known". Throws on anything else. */
function isoDate(text: string, field: string): string | undefined {
  if (text === '' || text === '00000000') return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) throw new Error(`${field}: not YYYYMMDD: ${JSON.stringify(text)}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function count(text: string, field: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${field}: not a count: ${JSON.stringify(text)}`);
  return Number(text);
}

function headerOf(f: string[], line: number): DelegatedHeader {
  return { kind: 'header', version: f[0]!, registry: f[1]!, serial: f[2]!, records: count(f[3]!, 'records'), startDate: isoDate(f[4]!, 'startdate'), endDate: isoDate(f[5]!, 'enddate'), utcOffset: f[6]!, line };
}

function ipv4Span(start: string, value: number): Pick<IpDelegation, 'start' | 'end' | 'cidrs'> {
  const first = addressToBigInt(start);
  const last = first + BigInt(value) - 1n;
  if (value === 0 || last > IPV4_END) throw new Error(`value: ${value} addresses from ${start} do not fit in IPv4`);
  const end = [24n, 16n, 8n, 0n].map((s) => String((last >> s) & 0xffn)).join('.');
  return { start, end, cidrs: rangeToCidrs(start, end) };
}

function withField<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new Error(`${field}: ${errorText(e)}`);
  }
}

function ipv6Span(start: string, value: number): Pick<IpDelegation, 'start' | 'end' | 'cidrs'> {
  const cidr = withField('start', () => cidrOf(start, value));
  return { start, end: cidrToRange(cidr).end, cidrs: [cidr] };
}

function delegationOf(f: string[], line: number): DelegationRecord {
  const [registry, cc, type, startText, valueText, dateText, status, opaqueId, ...extensions] = f as [string, string, string, string, string, string, string, ...string[]];
  const country = cc === '' || cc.toUpperCase() === 'ZZ' ? undefined : cc.toUpperCase();
  if (status === '') throw new Error('status: empty');
  const base = { kind: 'delegation' as const, registry, country, date: isoDate(dateText, 'date'), status: status.toLowerCase(), opaqueId: opaqueId || undefined, extensions, line };
  const value = count(valueText, 'value');
  if (type === 'asn') {
    const first = count(startText, 'start');
    if (value === 0 || first + value - 1 > 0xffffffff) throw new Error(`value: ${value} AS numbers from ${first} do not fit in 32 bits`);
    return { ...base, type, start: first, end: first + value - 1 };
  }
  if (type !== 'ipv4' && type !== 'ipv6') throw new Error(`type: not asn, ipv4 or ipv6: ${JSON.stringify(type)}`);
  const start = withField('start', () => strictAddress(startText));
  if (start.includes(':') !== (type === 'ipv6')) throw new Error(`start: ${startText} is not an ${type} address`);
  return { ...base, type, ...(type === 'ipv4' ? ipv4Span(start, value) : ipv6Span(start, value)) };
}

function itemOf(text: string, line: number): DelegatedItem {
  const f = text.split('|');
  if (f.length === 7 && VERSION.test(f[0]!)) return headerOf(f, line);
  if (f.length === 6 && f[1] === '*' && f[5] === 'summary') return { kind: 'summary', registry: f[0]!, type: f[2]!, count: count(f[4]!, 'count'), line };
  if (f.length < 7) throw new Error(`record: ${f.length} fields, a record has at least 7`);
  return delegationOf(f, line);
}

export async function* readRirDelegated(file: string, options: ReadLinesOptions = {}): AsyncGenerator<DelegatedItem> {
  for await (const { text, line } of readLines(file, options)) {
    const t = text.trim();
    if (t === '' || t.startsWith('#')) continue;
    try {
      yield itemOf(t, line);
    } catch (e) {
      yield lineProblem(line, errorText(e));
    }
  }
}
